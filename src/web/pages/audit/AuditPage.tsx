import { Table, Typography } from 'antd';
import { api } from '../../api/client';
import type { AuditRow } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';

export function AuditPage() {
  const { t } = useI18n();
  const { data, error, loading } = useData(() => api.get<AuditRow[]>('/api/audit?limit=500'), []);
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
          { title: t('Thời điểm'), dataIndex: 'at', width: 180, render: (a: string) => new Date(a).toLocaleString('vi-VN') },
          { title: t('Người thực hiện'), dataIndex: 'actorName', width: 200 },
          { title: t('Đối tượng'), dataIndex: 'entityType', width: 120 },
          { title: t('Nội dung'), dataIndex: 'summary' },
        ]}
      />
    </div>
  );
}
