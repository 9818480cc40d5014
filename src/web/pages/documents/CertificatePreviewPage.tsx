import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { decisionsApi } from '../../../contract/decisions';
import { documentsApi } from '../../../contract/documents';
import { urlOf } from '../../../contract/endpoint';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import '../../i18n/en-documents';
import { useI18n } from '../../i18n/i18n';
import { DownloadButton } from './DownloadButton';

/**
 * "Xem trước giấy khen": every certificate of a decision, as the printer will get it, shown by the
 * browser's own PDF viewer before printing; print from the frame, or download the same PDF.
 */
export function CertificatePreviewPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const frame = useRef<HTMLIFrameElement>(null);
  const { data: d, error } = useData(() => api.call(decisionsApi.getDecision, { params: { id } }), [id]);
  if (!d) return error ? <ApiErrorAlert error={error} /> : <Spin />;
  const src = urlOf(documentsApi.certificatesPreview, { id: d.id });
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('Giấy khen của Quyết định số {n}', { n: d.label })}
        </Typography.Title>
        <Space wrap>
          <Link to={`/quyet-dinh/${d.id}`}>
            <Button icon={<ArrowLeftOutlined />}>{t('Quay lại quyết định')}</Button>
          </Link>
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => frame.current?.contentWindow?.print()}
          >
            {t('In tất cả')}
          </Button>
          <DownloadButton
            endpoint={decisionsApi.decisionCertificates}
            input={{ params: { id: d.id } }}
            icon={<FilePdfOutlined />}
          >
            {t('Tải PDF')}
          </DownloadButton>
        </Space>
      </Space>
      <Alert
        style={{ margin: '12px 0' }}
        type="info"
        showIcon
        message={t(
          'Kiểm tra họ tên, thành tích, số sổ và mã xác minh trước khi in. Mỗi trang là một giấy khen khổ A4 ngang.',
        )}
      />
      <iframe
        ref={frame}
        title={t('Xem trước giấy khen')}
        src={src}
        data-testid="certificate-preview"
        style={{
          width: '100%',
          height: '75vh',
          border: '1px solid #d9d9d9',
          borderRadius: 6,
          background: '#525659',
        }}
      />
    </div>
  );
}
