import { AppstoreAddOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type CatalogueMovement, type MovementListItem, movementsApi } from '../../../contract/movements';
import type { Unit } from '../../../contract/organisations';
import { organisationsApi } from '../../../contract/organisations';
import { MOVEMENT_STATE_LABELS, MOVEMENT_STATES, type MovementState } from '../../../core/movements';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n, useLabel } from '../../i18n/i18n';
import { MOVEMENT_TYPE_LABELS, SCOPE_LABELS } from '../../labels';
import {
  defaultMovementValues,
  MovementFormFields,
  type MovementFormValues,
  movementBody,
} from './MovementForm';
import { STATE_COLORS } from './movement-labels';
import { unitTree } from './unit-tree';
import '../../i18n/en-cycle';
import { useErrorText } from '../../api/error-text';

/** The commune's movements: national ones it implements and its own; create, add from the catalogue, launch. */
export function MovementsPage() {
  const may = useCan();
  const { t } = useI18n();
  const errorText = useErrorText();
  const label = useLabel();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<MovementState | undefined>(undefined);
  const { data, error, loading, reload } = useData(
    () => api.call(movementsApi.listMovements, { query: { q, status } }),
    [q, status],
  );
  const canManage = may('movement.manage');
  const units = useData(
    () => (canManage ? api.call(organisationsApi.listUnits, {}) : Promise.resolve([] as Unit[])),
    [canManage],
  );
  const catalogue = useData(() => api.call(movementsApi.catalogue, {}), []);
  const [open, setOpen] = useState(false);
  const [pickOpen, setPickOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [form] = Form.useForm<MovementFormValues>();

  const startCreate = (from?: CatalogueMovement) => {
    form.resetFields();
    form.setFieldsValue({
      ...defaultMovementValues(),
      ...(from
        ? {
            name: from.name,
            type: from.type,
            scope: 'QUOC_GIA',
            basis: from.basis,
            launchedBy: from.launchedBy,
            catalogueCode: from.code,
            fields: from.fields,
          }
        : {}),
    });
    setFormError(null);
    setPickOpen(false);
    setOpen(true);
  };

  const create = async (v: MovementFormValues) => {
    setSaving(true);
    setFormError(null);
    try {
      await api.call(movementsApi.createMovement, { body: movementBody(v, true) });
      message.success(t('Đã tạo phong trào thi đua.'));
      setOpen(false);
      await reload();
      await catalogue.reload();
    } catch (e) {
      setFormError(e as ApiError);
    } finally {
      setSaving(false);
    }
  };
  const launch = async (m: MovementListItem) => {
    try {
      await api.call(movementsApi.transition, { params: { id: m.id }, body: { action: 'launch' } });
      message.success(t('Đã phát động phong trào.'));
      await reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('Phong trào thi đua')}
        </Typography.Title>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('Trạng thái')}
            style={{ width: 200 }}
            value={status}
            onChange={setStatus}
            options={MOVEMENT_STATES.map((value) => ({ value, label: t(MOVEMENT_STATE_LABELS[value]) }))}
          />
          <Input.Search
            placeholder={t('Tìm phong trào (không cần dấu)')}
            allowClear
            onSearch={setQ}
            style={{ width: 260 }}
          />
          {canManage && (
            <Button icon={<AppstoreAddOutlined />} onClick={() => setPickOpen(true)}>
              {t('Thêm từ danh mục')}
            </Button>
          )}
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => startCreate()}>
              {t('Tạo phong trào')}
            </Button>
          )}
        </Space>
      </Space>
      <ApiErrorAlert error={error} />
      <Table<MovementListItem>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          {
            title: t('Tên phong trào'),
            dataIndex: 'name',
            render: (n: string, m) => (
              <>
                <Link to={`/phong-trao/${m.id}`}>
                  <b>{n}</b>
                </Link>
                {m.catalogueCode && <Tag style={{ marginLeft: 6 }}>{t('Danh mục toàn quốc')}</Tag>}
                {m.myUnitTakesPart && (
                  <Tag color="blue" style={{ marginLeft: 6 }}>
                    {t('Đơn vị tham gia')}
                  </Tag>
                )}
                {m.basis && <div style={{ color: '#888' }}>{m.basis}</div>}
              </>
            ),
          },
          {
            title: t('Hình thức'),
            dataIndex: 'type',
            width: 120,
            render: (v: string) => label(MOVEMENT_TYPE_LABELS[v], v),
          },
          {
            title: t('Phạm vi'),
            dataIndex: 'scope',
            width: 100,
            render: (v: string) => label(SCOPE_LABELS[v], v),
          },
          {
            title: t('Thời gian'),
            width: 190,
            render: (_, m) =>
              m.startDate
                ? `${formatDateVi(m.startDate)} – ${m.endDate ? formatDateVi(m.endDate) : '…'}`
                : '',
          },
          { title: t('Đơn vị'), dataIndex: 'participantCount', width: 80, align: 'right' },
          {
            title: t('Trạng thái'),
            dataIndex: 'status',
            width: 170,
            render: (s: MovementListItem['status']) => (
              <Tag color={STATE_COLORS[s]}>{t(MOVEMENT_STATE_LABELS[s] ?? s)}</Tag>
            ),
          },
          ...(canManage
            ? [
                {
                  title: '',
                  width: 110,
                  render: (_: unknown, m: MovementListItem) =>
                    m.status === 'DRAFT' && (
                      <Button size="small" onClick={() => launch(m)}>
                        {t('Phát động')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={pickOpen}
        title={t('Danh mục phong trào thi đua toàn quốc')}
        onCancel={() => setPickOpen(false)}
        footer={null}
        width={820}
      >
        <Table<CatalogueMovement>
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={catalogue.data ?? []}
          columns={[
            {
              title: t('Phong trào'),
              dataIndex: 'name',
              render: (n: string, c) => (
                <>
                  <b>{n}</b>
                  <div style={{ color: '#888' }}>
                    {c.launchedBy}
                    {c.period ? ` · ${c.period}` : ''}
                  </div>
                </>
              ),
            },
            {
              title: '',
              width: 150,
              render: (_, c) =>
                c.inCommune ? (
                  <Tag color="green">{t('Xã đã triển khai')}</Tag>
                ) : (
                  <Button size="small" onClick={() => startCreate(c)}>
                    {t('Thêm vào xã')}
                  </Button>
                ),
            },
          ]}
        />
      </Modal>
      <Modal
        open={open}
        title={t('Tạo phong trào thi đua')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('Lưu')}
        confirmLoading={saving}
        width={900}
        destroyOnHidden
      >
        <ApiErrorAlert error={formError} />
        <Form form={form} layout="vertical" onFinish={create} initialValues={defaultMovementValues()}>
          <MovementFormFields tree={unitTree(units.data ?? [])} planEditable />
        </Form>
      </Modal>
      {data && data.length === 0 && !loading && (
        <Typography.Paragraph type="secondary">{t('Chưa có phong trào nào.')}</Typography.Paragraph>
      )}
    </div>
  );
}
