import { EyeOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router';
import type { DecisionSummary } from '../../../contract/decisions';
import { documentsApi } from '../../../contract/documents';
import '../../i18n/en-documents';
import { useI18n } from '../../i18n/i18n';
import { DownloadButton } from './DownloadButton';

/** The decision's documents: the Quyết định (DOCX), the awardee list (XLSX), and the certificate preview. */
export function DecisionDocumentButtons({ decision }: { decision: DecisionSummary }) {
  const { t } = useI18n();
  const params = { id: decision.id };
  return (
    <>
      <DownloadButton endpoint={documentsApi.decisionDocument} input={{ params }} icon={<FileWordOutlined />}>
        {t('Quyết định (Word)')}
      </DownloadButton>
      <DownloadButton
        endpoint={documentsApi.decisionAwardees}
        input={{ params }}
        icon={<FileExcelOutlined />}
      >
        {t('Danh sách (Excel)')}
      </DownloadButton>
      <Link to={`/quyet-dinh/${decision.id}/xem-truoc-giay-khen`}>
        <Button icon={<EyeOutlined />}>{t('Xem trước giấy khen')}</Button>
      </Link>
    </>
  );
}
