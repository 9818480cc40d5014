import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { type ReactNode, useState } from 'react';
import '../../i18n/en-documents';
import { ApiError } from '../../api/client';
import { useErrorText } from '../../api/error-text';
import { useI18n } from '../../i18n/i18n';

/** The file name from Content-Disposition (the UTF-8 `filename*` first, then the ASCII `filename`). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/**
 * One click downloads a generated document. A refusal (e.g. 422 DOCUMENT_INCOMPLETE naming what is
 * missing) is shown as the server's Vietnamese message instead of saving an error as a file.
 */
export function DownloadButton({
  url,
  children,
  icon,
  type,
}: {
  url: string;
  children: ReactNode;
  icon?: ReactNode;
  type?: 'primary' | 'default';
}) {
  const { message } = App.useApp();
  const { t } = useI18n();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    try {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
        message.error(errorText(new ApiError(res.status, body?.code ?? '', body?.message ?? '')), 8);
        return;
      }
      const blob = await res.blob();
      const name = fileNameOf(
        res.headers.get('content-disposition'),
        url.split('/').pop()?.split('?')[0] ?? 'van-ban',
      );
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      message.success(t('Đã tải {name}', { name }));
    } catch {
      message.error('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button type={type ?? 'default'} icon={icon ?? <DownloadOutlined />} loading={busy} onClick={go}>
      {children}
    </Button>
  );
}
