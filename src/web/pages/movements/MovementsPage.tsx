import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api, qs } from '../../api/client';
import type { Movement } from '../../api/types';
import { useMe } from '../../auth/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n, useLabel } from '../../i18n/i18n';
import { MOVEMENT_STATUS_LABELS, MOVEMENT_TYPE_LABELS, SCOPE_LABELS } from '../../labels';

interface FormValues {
  name: string;
  type: Movement['type'];
  scope: string;
  fields?: string[];
  basis?: string;
  description?: string;
  period?: [Dayjs, Dayjs];
}

export function MovementsPage() {
  const me = useMe();
  const { t } = useI18n();
  const label = useLabel();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const { data, error, loading, reload } = useData(() => api.get<Movement[]>(`/api/movements${qs({ q })}`), [q]);
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [form] = Form.useForm<FormValues>();
  const canManage = me.role === 'CAN_BO_TDKT' || me.role === 'ADMIN';

  const create = async (v: FormValues) => {
    setSaving(true);
    setFormError(null);
    try {
      await api.post('/api/movements', {
        name: v.name, type: v.type, scope: v.scope, fields: v.fields ?? [], basis: v.basis || null, description: v.description || null,
        startDate: v.period?.[0].format('YYYY-MM-DD') ?? null, endDate: v.period?.[1].format('YYYY-MM-DD') ?? null,
      });
      message.success(t('Đã tạo phong trào thi đua.'));
      setOpen(false);
      form.resetFields();
      await reload();
    } catch (e) {
      setFormError(e as ApiError);
    } finally {
      setSaving(false);
    }
  };
  const launch = async (m: Movement) => {
    try {
      await api.post(`/api/movements/${m.id}/launch`);
      message.success(t('Đã phát động phong trào.'));
      await reload();
    } catch (e) {
      message.error((e as ApiError).message);
    }
  };

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('Phong trào thi đua')}</Typography.Title>
        <Space>
          <Input.Search placeholder={t('Tìm phong trào (không cần dấu)')} allowClear onSearch={setQ} style={{ width: 280 }} />
          {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>{t('Tạo phong trào')}</Button>}
        </Space>
      </Space>
      <ApiErrorAlert error={error} />
      <Table<Movement>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('Tên phong trào'), dataIndex: 'name', render: (n: string, m) => <><b>{n}</b>{m.basis && <div style={{ color: '#888' }}>{m.basis}</div>}</> },
          { title: t('Hình thức'), dataIndex: 'type', width: 130, render: (v: string) => label(MOVEMENT_TYPE_LABELS[v], v) },
          { title: t('Phạm vi'), dataIndex: 'scope', width: 110, render: (v: string) => label(SCOPE_LABELS[v], v) },
          { title: t('Thời gian'), width: 200, render: (_, m) => (m.startDate ? `${formatDateVi(m.startDate)} – ${m.endDate ? formatDateVi(m.endDate) : '…'}` : '') },
          { title: t('Trạng thái'), dataIndex: 'status', width: 130, render: (s: string) => <Tag color={s === 'DRAFT' ? 'default' : 'green'}>{label(MOVEMENT_STATUS_LABELS[s], s)}</Tag> },
          ...(canManage
            ? [{ title: '', width: 120, render: (_: unknown, m: Movement) => m.status === 'DRAFT' && <Button size="small" onClick={() => launch(m)}>{t('Phát động')}</Button> }]
            : []),
        ]}
      />
      <Modal open={open} title={t('Tạo phong trào thi đua')} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t('Lưu')} confirmLoading={saving} width={640} destroyOnHidden>
        <ApiErrorAlert error={formError} />
        <Form form={form} layout="vertical" onFinish={create} initialValues={{ type: 'CHUYEN_DE', scope: 'XA' }}>
          <Form.Item name="name" label={t('Tên phong trào')} rules={[{ required: true, min: 5, message: t('Nhập tên phong trào (ít nhất 5 ký tự)') }]}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="type" label={t('Hình thức')}>
              <Select style={{ width: 180 }} options={Object.entries(MOVEMENT_TYPE_LABELS).map(([value, l]) => ({ value, label: label(l) }))} />
            </Form.Item>
            <Form.Item name="scope" label={t('Phạm vi')}>
              <Select style={{ width: 160 }} options={Object.entries(SCOPE_LABELS).map(([value, l]) => ({ value, label: label(l) }))} />
            </Form.Item>
            <Form.Item name="period" label={t('Thời gian')}>
              <DatePicker.RangePicker format="DD/MM/YYYY" />
            </Form.Item>
          </Space>
          <Form.Item name="fields" label={t('Lĩnh vực')}>
            <Select mode="tags" placeholder={t('Ví dụ: Nông thôn mới, Giáo dục')} />
          </Form.Item>
          <Form.Item name="basis" label={t('Căn cứ phát động')}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('Mục tiêu, nội dung, tiêu chí')}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
