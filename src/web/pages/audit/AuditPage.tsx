import { Table, Typography } from 'antd';
import { type AuditRow, auditApi } from '../../../contract/audit';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import '../../i18n/en-audit';
import '../../i18n/en-attachments';
import { formatDateTimeVi } from '../../../core/text';
import { useI18n } from '../../i18n/i18n';

/** What an audit row is about, in Vietnamese (the stored entity type is a machine code). */
const ENTITY_LABELS: Record<string, string> = {
  proposal: 'Đề nghị khen thưởng',
  decision: 'Quyết định',
  award: 'Giấy khen',
  ballot: 'Bỏ phiếu kín',
  meeting: 'Cuộc họp Hội đồng',
  council: 'Hội đồng TĐKT',
  disclosure: 'Công khai',
  fund: 'Quỹ thi đua, khen thưởng',
  person: 'Cá nhân',
  user: 'Tài khoản',
  movement: 'Phong trào thi đua',
  registration: 'Đăng ký thi đua',
  review: 'Sơ kết, tổng kết',
  target: 'Chỉ tiêu',
  plan: 'Kế hoạch',
  ratings: 'Đánh giá, xếp loại',
  base_salary: 'Mức lương cơ sở',
  law_profile: 'Thiết lập pháp lý',
  calendar_day: 'Lịch ngày lễ',
  inbox_task: 'Việc cần làm',
  typical_example: 'Điển hình tiên tiến',
  attachment: 'Tệp đính kèm',
};

export function AuditPage() {
  const { t } = useI18n();
  const { data, error, loading } = useData(() => api.call(auditApi.listAudit, { query: { limit: 500 } }), []);
  return (
    <div>
      <Typography.Title level={3}>{t('Nhật ký thao tác')}</Typography.Title>
      <ApiErrorAlert error={error} />
      <Table<AuditRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 50 }}
        columns={[
          {
            title: t('Thời điểm'),
            dataIndex: 'at',
            width: 180,
            render: (a: string) => formatDateTimeVi(a),
          },
          { title: t('Người thực hiện'), dataIndex: 'actorName', width: 200 },
          {
            title: t('Đối tượng'),
            dataIndex: 'entityType',
            width: 160,
            render: (e: string) => (ENTITY_LABELS[e] ? t(ENTITY_LABELS[e]) : e),
          },
          { title: t('Nội dung'), dataIndex: 'summary' },
        ]}
      />
    </div>
  );
}
