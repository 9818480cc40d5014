import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { documentsApi } from '../../../contract/documents';
import '../../i18n/en-documents';
import { useI18n } from '../../i18n/i18n';
import { DownloadButton } from './DownloadButton';

/** The year's summary report (DOCX) and statistics tables (XLSX), computed from the records. */
export function ReportsPage() {
  const { t } = useI18n();
  const [year, setYear] = useState<number>(new Date().getFullYear());
  return (
    <div>
      <Typography.Title level={3}>{t('Báo cáo, thống kê')}</Typography.Title>
      <Card title={t('Báo cáo tổng kết và bảng thống kê năm')} style={{ maxWidth: 760 }}>
        <Space direction="vertical" size="middle">
          <Space>
            <span>{t('Năm')}</span>
            <InputNumber
              aria-label={t('Năm')}
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
          </Space>
          <Space wrap>
            <DownloadButton
              type="primary"
              endpoint={documentsApi.yearEndReport}
              input={{ query: { year } }}
              icon={<FileWordOutlined />}
            >
              {t('Báo cáo tổng kết (Word)')}
            </DownloadButton>
            <DownloadButton
              endpoint={documentsApi.statistics}
              input={{ query: { year } }}
              icon={<FileExcelOutlined />}
            >
              {t('Bảng thống kê (Excel)')}
            </DownloadButton>
          </Space>
          <Typography.Text type="secondary">
            {t(
              'Số liệu được tính từ dữ liệu đã ghi nhận: phong trào, đề nghị, quyết định, khen thưởng theo hình thức, theo đơn vị, tỷ lệ tập thể nhỏ và người lao động trực tiếp, chỉ tiêu.',
            )}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('Văn bản theo thể thức Nghị định 30/2020/NĐ-CP; số văn bản để trống nếu chưa vào sổ.')}
          </Typography.Text>
        </Space>
      </Card>
    </div>
  );
}
