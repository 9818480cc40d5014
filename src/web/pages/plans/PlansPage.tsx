import { FileTextOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { documentsApi } from '../../../contract/documents';
import { urlOf } from '../../../contract/endpoint';
import { type PlanSummary, plansApi } from '../../../contract/plans';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-plan-targets';

/** The annual plans by year; an officer starts next year's plan from an earlier one. */
export function PlansPage() {
  const may = useCan();
  const { t } = useI18n();
  const nav = useNavigate();
  const { message } = App.useApp();
  const plans = useData(() => api.call(plansApi.listPlans, {}), []);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const canEdit = may('plan.create');
  const latest = plans.data?.[0];

  const create = async (v: { year: number; copyFromId?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const p = await api.call(plansApi.createPlan, {
        body: { year: v.year, ...(v.copyFromId ? { copyFromId: v.copyFromId } : {}) },
      });
      message.success(t('Đã lập kế hoạch năm {y}.', { y: p.year }));
      nav(`/ke-hoach/${p.id}`);
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Typography.Title level={3}>{t('Kế hoạch thi đua, khen thưởng')}</Typography.Title>
      <ApiErrorAlert error={plans.error ?? error} />
      {canEdit && latest && (
        <Card size="small" title={t('Lập kế hoạch năm mới')} style={{ marginBottom: 16 }}>
          <Form
            layout="inline"
            onFinish={create}
            initialValues={{ year: latest.year + 1, copyFromId: latest.id }}
          >
            <Form.Item name="year" label={t('Năm')} rules={[{ required: true, message: t('Nhập năm') }]}>
              <InputNumber min={2000} max={2100} aria-label={t('Năm kế hoạch')} />
            </Form.Item>
            <Form.Item name="copyFromId" label={t('Sao chép từ')}>
              <Select
                style={{ width: 240 }}
                allowClear
                aria-label={t('Sao chép từ')}
                options={(plans.data ?? []).map((p) => ({
                  value: p.id,
                  label: t('Kế hoạch năm {y}', { y: p.year }),
                }))}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('Lập kế hoạch')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t(
              'Kế hoạch mới giữ bố cục, nội dung, phong trào, nơi nhận của kế hoạch được sao chép; số, ngày ban hành và chủ đề để trống; phần kết quả năm trước lấy từ số liệu chỉ tiêu.',
            )}
          </Typography.Paragraph>
        </Card>
      )}
      <Table<PlanSummary>
        rowKey="id"
        loading={plans.loading}
        dataSource={plans.data ?? []}
        pagination={false}
        locale={{ emptyText: t('Chưa có kế hoạch nào.') }}
        columns={[
          { title: t('Năm'), dataIndex: 'year', width: 80 },
          {
            title: t('Chủ đề thi đua'),
            dataIndex: 'theme',
            render: (s: string, p) => <Link to={`/ke-hoach/${p.id}`}>{s || t('(chưa có chủ đề)')}</Link>,
          },
          {
            title: t('Số, ký hiệu'),
            render: (_: unknown, p) => (p.number ? `${p.number}/${p.symbol}` : '—'),
          },
          {
            title: t('Ngày ban hành'),
            dataIndex: 'date',
            render: (d: string) => (d ? formatDateVi(d) : '—'),
          },
          {
            title: t('Trạng thái'),
            dataIndex: 'status',
            render: (s: string, p) => <Tag color={s === 'ISSUED' ? 'green' : 'gold'}>{t(p.statusLabel)}</Tag>,
          },
          {
            title: '',
            render: (_: unknown, p) => (
              <a href={urlOf(documentsApi.planDocument, { id: p.id })}>
                <FileTextOutlined /> DOCX
              </a>
            ),
          },
        ]}
      />
    </div>
  );
}
