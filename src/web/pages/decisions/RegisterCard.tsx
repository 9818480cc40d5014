import { Card, InputNumber, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { decisionsApi, type RegisterEntry } from '../../../contract/decisions';
import { formatDateVi, formatMoneyVnd } from '../../../core/text';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import '../../i18n/en-register';
import { useI18n } from '../../i18n/i18n';

/** The register of certificates (sổ theo dõi khen thưởng) of a year, in register order across decisions. */
export function RegisterCard() {
  const { t } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, error, loading } = useData(
    () => api.call(decisionsApi.awardRegister, { query: { year } }),
    [year],
  );
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      data-testid="award-register"
      title={t('Sổ theo dõi khen thưởng năm {y}', { y: year })}
      extra={
        <Space>
          {t('Năm')}:{' '}
          <InputNumber
            aria-label={t('Năm của sổ')}
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => v && setYear(v)}
          />
        </Space>
      }
    >
      <ApiErrorAlert error={error} />
      <Table<RegisterEntry>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('Chưa có giấy khen nào vào sổ năm này.') }}
        columns={[
          { title: t('Số sổ'), dataIndex: 'registerNumber', width: 80 },
          { title: t('Người, tập thể được khen'), dataIndex: 'subjectName' },
          { title: t('Hình thức khen thưởng'), dataIndex: 'awardName' },
          { title: t('Đơn vị đề nghị'), dataIndex: 'unitName' },
          {
            title: t('Quyết định'),
            dataIndex: 'decision',
            render: (l: string, r) => <Link to={`/quyet-dinh/${r.decisionId}`}>{l}</Link>,
          },
          { title: t('Ngày'), dataIndex: 'decisionDate', render: formatDateVi },
          {
            title: t('Tiền thưởng'),
            dataIndex: 'amount',
            align: 'right',
            render: (n: number) => formatMoneyVnd(n),
          },
          {
            title: t('Trạng thái'),
            dataIndex: 'revokedAt',
            render: (r: string | null, row) =>
              r ? (
                <Tag color="red" title={row.revokedReason ?? ''}>
                  {t('Đã thu hồi')}
                </Tag>
              ) : (
                <Tag color="green">{t('Còn hiệu lực')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
