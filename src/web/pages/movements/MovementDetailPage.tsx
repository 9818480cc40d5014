import { EditOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  List,
  Modal,
  Popconfirm,
  Row,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type Criterion, movementsApi } from '../../../contract/movements';
import type { Unit } from '../../../contract/organisations';
import { organisationsApi } from '../../../contract/organisations';
import { MOVEMENT_ACTION_LABELS, MOVEMENT_STATE_LABELS, type MovementAction } from '../../../core/movements';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n, useLabel } from '../../i18n/i18n';
import { MOVEMENT_TYPE_LABELS, SCOPE_LABELS } from '../../labels';
import { formValuesOf, MovementFormFields, type MovementFormValues, movementBody } from './MovementForm';
import { STATE_COLORS } from './movement-labels';
import { RegistrationPanel } from './RegistrationPanel';
import { unitTree } from './unit-tree';
import '../../i18n/en-cycle';
import { useErrorText } from '../../api/error-text';

/** One movement: its plan (participants, criteria), lifecycle actions, registrations and its reviews. */
export function MovementDetailPage() {
  const { id = '' } = useParams();
  const may = useCan();
  const { t } = useI18n();
  const errorText = useErrorText();
  const label = useLabel();
  const { message } = App.useApp();
  const {
    data: m,
    error,
    setData,
  } = useData(() => api.call(movementsApi.getMovement, { params: { id } }), [id]);
  const canManage = may('movement.manage');
  const units = useData(
    () => (canManage ? api.call(organisationsApi.listUnits, {}) : Promise.resolve([] as Unit[])),
    [canManage],
  );
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [form] = Form.useForm<MovementFormValues>();

  if (!m) return <ApiErrorAlert error={error} />;
  const draft = m.status === 'DRAFT';

  const act = async (action: MovementAction) => {
    try {
      setData(await api.call(movementsApi.transition, { params: { id: m.id }, body: { action } }));
      message.success(t('Đã thực hiện: {a}', { a: t(MOVEMENT_ACTION_LABELS[action]) }));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const save = async (v: MovementFormValues) => {
    setSaving(true);
    setFormError(null);
    try {
      setData(
        await api.call(movementsApi.updateMovement, { params: { id: m.id }, body: movementBody(v, draft) }),
      );
      message.success(t('Đã lưu phong trào.'));
      setEditing(false);
    } catch (e) {
      setFormError(e as ApiError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {m.name}
        </Typography.Title>
        <Tag color={STATE_COLORS[m.status]} data-testid="movement-status">
          {t(MOVEMENT_STATE_LABELS[m.status])}
        </Tag>
      </Space>
      <ApiErrorAlert error={error} />
      {canManage && (
        <Space wrap style={{ margin: '12px 0' }}>
          {m.actions.map((a) => (
            <Popconfirm
              key={a}
              title={t(MOVEMENT_ACTION_LABELS[a])}
              description={t('Xác nhận thực hiện?')}
              onConfirm={() => act(a)}
              okText={t('Đồng ý')}
              cancelText={t('Hủy')}
            >
              <Button type={a === 'launch' ? 'primary' : 'default'}>{t(MOVEMENT_ACTION_LABELS[a])}</Button>
            </Popconfirm>
          ))}
          {m.status !== 'CLOSED' && (
            <Button
              icon={<EditOutlined />}
              onClick={() => {
                form.setFieldsValue(formValuesOf(m));
                setFormError(null);
                setEditing(true);
              }}
            >
              {t('Sửa')}
            </Button>
          )}
        </Space>
      )}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('Hình thức')}>
          {label(MOVEMENT_TYPE_LABELS[m.type], m.type)}
        </Descriptions.Item>
        <Descriptions.Item label={t('Phạm vi')}>{label(SCOPE_LABELS[m.scope], m.scope)}</Descriptions.Item>
        <Descriptions.Item label={t('Thời gian')}>
          {m.startDate
            ? `${formatDateVi(m.startDate)} – ${m.endDate ? formatDateVi(m.endDate) : '…'}`
            : t('Chưa xác định')}
        </Descriptions.Item>
        <Descriptions.Item label={t('Hạn đăng ký thi đua')}>
          {m.registrationDeadline ? formatDateVi(m.registrationDeadline) : t('Đến khi kết thúc phong trào')}
        </Descriptions.Item>
        <Descriptions.Item label={t('Cấp phát động')}>{m.launchedBy}</Descriptions.Item>
        <Descriptions.Item label={t('Lĩnh vực')}>
          {m.fields.map((f) => (
            <Tag key={f}>{f}</Tag>
          ))}
        </Descriptions.Item>
        {m.basis && (
          <Descriptions.Item label={t('Căn cứ phát động')} span={2}>
            {m.basis}
          </Descriptions.Item>
        )}
        {m.description && (
          <Descriptions.Item label={t('Mục tiêu, nội dung')} span={2}>
            {m.description}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} lg={9}>
          <Card size="small" title={`${t('Đơn vị tham gia')} (${m.participants.length})`}>
            <List
              size="small"
              dataSource={m.participants}
              locale={{ emptyText: t('Chưa chọn đơn vị tham gia.') }}
              renderItem={(p) => <List.Item>{p.name}</List.Item>}
            />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('Tiêu chí chấm điểm')}>
            <Table<Criterion>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={m.criteria}
              locale={{ emptyText: t('Chưa có tiêu chí.') }}
              columns={[
                {
                  title: t('Tiêu chí'),
                  dataIndex: 'name',
                  render: (n: string, c) => (
                    <>
                      {n}
                      {c.group && <div style={{ color: '#888' }}>{c.group}</div>}
                    </>
                  ),
                },
                { title: t('Trọng số'), dataIndex: 'weight', width: 90, align: 'right' },
                { title: t('Thang điểm'), width: 110, render: (_, c) => `${c.minScore} – ${c.maxScore}` },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {m.status !== 'DRAFT' && <RegistrationPanel movement={m} />}
      <Card size="small" title={t('Sơ kết, tổng kết')} style={{ marginTop: 16 }}>
        <List
          size="small"
          dataSource={m.reviews}
          locale={{ emptyText: t('Chưa có đợt sơ kết, tổng kết nào.') }}
          renderItem={(r) => (
            <List.Item
              actions={[
                <Link key="open" to={`/cham-diem/${r.id}`}>
                  {t('Chấm điểm, xếp hạng')}
                </Link>,
              ]}
            >
              <Link to={`/cham-diem/${r.id}`}>{r.title}</Link>
              &nbsp;
              {r.status === 'LOCKED' ? (
                <Tag color="purple">
                  {t('Đã khóa kết quả')}
                  {r.lockedOn ? ` ${formatDateVi(r.lockedOn)}` : ''}
                </Tag>
              ) : (
                <Tag color="green">{t('Đang chấm điểm')}</Tag>
              )}
            </List.Item>
          )}
        />
      </Card>
      <Modal
        open={editing}
        title={t('Sửa phong trào thi đua')}
        onCancel={() => setEditing(false)}
        onOk={() => form.submit()}
        okText={t('Lưu')}
        confirmLoading={saving}
        width={900}
        destroyOnHidden
      >
        <ApiErrorAlert error={formError} />
        <Form form={form} layout="vertical" onFinish={save}>
          <MovementFormFields tree={unitTree(units.data ?? [])} planEditable={draft} />
        </Form>
      </Modal>
    </div>
  );
}
