import { EyeOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router';
import type { Decision } from '../../api/types';
import '../../i18n/en-documents';
import { useI18n } from '../../i18n/i18n';
import { DownloadButton } from './DownloadButton';

/** The decision's documents: the Quyết định (DOCX), the awardee list (XLSX), and the certificate preview. */
export function DecisionDocumentButtons({ decision }: { decision: Decision }) {
  const { t } = useI18n();
  return (
    <>
      <DownloadButton url={`/api/decisions/${decision.id}/document.docx`} icon={<FileWordOutlined />}>
        {t('Quyết định (Word)')}
      </DownloadButton>
      <DownloadButton url={`/api/decisions/${decision.id}/awardees.xlsx`} icon={<FileExcelOutlined />}>
        {t('Danh sách (Excel)')}
      </DownloadButton>
      <Link to={`/quyet-dinh/${decision.id}/xem-truoc-giay-khen`}>
        <Button icon={<EyeOutlined />}>{t('Xem trước giấy khen')}</Button>
      </Link>
    </>
  );
}
