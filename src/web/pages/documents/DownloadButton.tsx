import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { type ReactNode, useState } from 'react';
import type { Endpoint, Input } from '../../../contract/endpoint';
import { ApiError, api } from '../../api/client';
import '../../i18n/en-documents';
import { useErrorText } from '../../api/error-text';
import { useI18n } from '../../i18n/i18n';

/**
 * One click downloads a generated document (a file endpoint of the contract) under the name the server
 * gives. A refusal (e.g. 422 DOCUMENT_INCOMPLETE naming what is missing) is shown as the server's
 * Vietnamese message instead of saving an error as a file.
 */
export function DownloadButton<E extends Endpoint>({
  endpoint,
  input,
  children,
  icon,
  type,
}: {
  endpoint: E;
  input: Input<E>;
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
      const { blob, fileName } = await api.file(endpoint, input);
      const name = fileName ?? endpoint.path.split('/').pop() ?? 'van-ban';
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      message.success(t('Đã tải {name}', { name }));
    } catch (e) {
      message.error(e instanceof ApiError ? errorText(e) : String(e), 8);
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
