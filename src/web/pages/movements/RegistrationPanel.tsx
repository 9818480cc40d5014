import { BellOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { MovementView } from '../../../contract/movements';
import type { Person } from '../../../contract/organisations';
import { organisationsApi } from '../../../contract/organisations';
import { type Registration, registrationsApi } from '../../../contract/registrations';
import { targetsApi } from '../../../contract/targets';
import { seesWholeCommune } from '../../../core/auth/roles';
import { AWARDS, mayHold } from '../../../core/law';
import { registrationWarnings, type SubjectKind } from '../../../core/movements';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useMe } from '../../auth/auth';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-cycle';
import { useErrorText } from '../../api/error-text';

interface Values {
  subject: string;
  titles: string[];
  targetIds?: string[];
  pledge?: string;
}

const titleName = (code: string) =>
  AWARDS.find((a) => a.code === code)?.name.replace(/^Danh hiệu /, '') ?? code;
/** Who the subject is: a person's category or a unit's kind (the commune itself: XA), and whether a militia member. */
interface Holder {
  kind: string;
  armedForces: boolean;
}
/** Only the titles the subject may hold (R-GEN-1 and R-GEN-3: a school is not offered Thôn văn hóa). */
const titleOptions = (kind: SubjectKind, holder?: Holder) =>
  AWARDS.filter((a) => {
    const subject = kind === 'UNIT' ? 'COLLECTIVE' : 'INDIVIDUAL';
    if (a.kind !== 'DANH_HIEU' || !a.subjects.includes(subject)) return false;
    if (!holder) return true;
    if (subject === 'COLLECTIVE' && a.collectiveScope)
      return a.collectiveScope === 'XA'
        ? holder.kind === 'XA'
        : holder.kind === 'THON' || holder.kind === 'TO';
    return mayHold(a, subject, holder.kind, holder.armedForces);
  }).map((a) => ({ value: a.code, label: `${a.code} — ${titleName(a.code)}` }));

/** Registration (đăng ký thi đua): pledge titles for the unit and its people before the deadline; who is missing; reminders. */
export function RegistrationPanel({ movement }: { movement: MovementView }) {
  const me = useMe();
  const may = useCan();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [err, setErr] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const isHead = !seesWholeCommune(me.role);
  const canRegister = may('registration.write');
  const canRemind = may('registration.remind');
  const { data, error, reload } = useData(
    () => api.call(registrationsApi.listRegistrations, { params: { id: movement.id } }),
    [movement.id],
  );
  const year = movement.year ?? Number((movement.startDate ?? new Date().toISOString()).slice(0, 4));
  const targets = useData(
    () =>
      canRegister
        ? api.call(targetsApi.targetsOfYear, { query: { year } })
        : Promise.resolve({ targets: [] as { id: string; code: string; name: string }[] }),
    [canRegister, year],
  );
  const people = useData(
    () => (canRegister ? api.call(organisationsApi.listPeople, {}) : Promise.resolve([] as Person[])),
    [canRegister],
  );
  const subject = Form.useWatch('subject', form);
  const kind: SubjectKind = subject?.startsWith('P:') ? 'INDIVIDUAL' : 'UNIT';
  const open = movement.status === 'LAUNCHED' || movement.status === 'RUNNING';

  const units = movement.participants.filter((p) => !isHead || p.id === me.unitId);
  const unitIds = new Set(units.map((u) => u.id));
  const subUnits = useData(
    () => (canRegister ? api.call(organisationsApi.listUnits, {}) : Promise.resolve([])),
    [canRegister],
  );
  for (const x of subUnits.data ?? []) if (x.parentId && unitIds.has(x.parentId)) unitIds.add(x.id);
  const holderOf = (k: SubjectKind, id: string | undefined): Holder | undefined => {
    if (!id) return undefined;
    if (k === 'INDIVIDUAL') {
      const p = people.data?.find((x) => x.id === id);
      const unitKind = subUnits.data?.find((x) => x.id === p?.unitId)?.kind;
      return p ? { kind: p.category, armedForces: unitKind === 'QUAN_SU' } : undefined;
    }
    const o = subUnits.data?.find((x) => x.id === id);
    return o ? { kind: o.level === 'XA' ? 'XA' : o.kind, armedForces: false } : undefined;
  };
  const holder = holderOf(kind, subject?.slice(2));
  const pledged = Form.useWatch('titles', form) as string[] | undefined;
  const warnings = registrationWarnings(kind, pledged ?? []);
  const subjects = [
    ...units.map((u) => ({ value: `U:${u.id}`, label: `${t('Tập thể')}: ${u.name}` })),
    ...(people.data ?? [])
      .filter((p) => unitIds.has(p.unitId))
      .map((p) => ({ value: `P:${p.id}`, label: `${p.fullName} — ${p.unitName}` })),
  ];

  const submit = async (v: Values) => {
    setSaving(true);
    setErr(null);
    try {
      const [k, id] = v.subject.split(':') as [string, string];
      await api.call(registrationsApi.register, {
        params: { id: movement.id },
        body: {
          subjectKind: k === 'U' ? 'UNIT' : 'INDIVIDUAL',
          subjectId: id,
          titles: v.titles ?? [],
          targetIds: v.targetIds ?? [],
          pledge: v.pledge || null,
        },
      });
      message.success(t('Đã gửi đăng ký thi đua.'));
      form.resetFields();
      await reload();
    } catch (e) {
      setErr(e as ApiError);
    } finally {
      setSaving(false);
    }
  };
  const [editing, setEditing] = useState<Registration | null>(null);
  const [editErr, setEditErr] = useState<ApiError | null>(null);
  const [editForm] = Form.useForm<Omit<Values, 'subject'>>();
  const startEdit = (r: Registration) => {
    editForm.setFieldsValue({ titles: r.titles, targetIds: r.targetIds, pledge: r.pledge ?? '' });
    setEditErr(null);
    setEditing(r);
  };
  const saveEdit = async (v: Omit<Values, 'subject'>) => {
    if (!editing) return;
    setEditErr(null);
    try {
      await api.call(registrationsApi.updateRegistration, {
        params: { id: editing.id },
        body: { titles: v.titles ?? [], targetIds: v.targetIds ?? [], pledge: v.pledge || null },
      });
      message.success(t('Đã sửa đăng ký thi đua.'));
      setEditing(null);
      await reload();
    } catch (e) {
      setEditErr(e as ApiError);
    }
  };
  const targetOptions = (targets.data?.targets ?? []).map((x) => ({
    value: x.id,
    label: `${x.code} — ${x.name}`,
  }));
  const remind = async () => {
    try {
      const r = await api.call(registrationsApi.remind, { params: { id: movement.id }, body: {} });
      message.success(t('Đã nhắc {n} đơn vị chưa đăng ký.', { n: r.reminded.length }));
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card
      title={t('Đăng ký thi đua')}
      size="small"
      style={{ marginTop: 16 }}
      data-testid="registration-panel"
    >
      <ApiErrorAlert error={error} />
      {data && (
        <Space size="large" wrap style={{ marginBottom: 12 }}>
          <Statistic title={t('Hạn đăng ký')} value={formatDateVi(data.deadline)} />
          {!isHead && (
            <Statistic
              title={t('Đã đăng ký')}
              value={`${data.coverage.registered}/${data.coverage.participants}`}
            />
          )}
        </Space>
      )}
      {isHead && units.length === 0 && (
        <Alert
          type="info"
          showIcon
          message={t('Đơn vị của bạn không tham gia phong trào này.')}
          style={{ marginBottom: 12 }}
        />
      )}
      {canRegister && open && units.length > 0 && (
        <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 720 }}>
          <ApiErrorAlert error={err} />
          <Form.Item
            name="subject"
            label={t('Đơn vị hoặc cá nhân đăng ký')}
            rules={[{ required: true, message: t('Chọn đơn vị hoặc cá nhân') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={subjects}
              onChange={() => form.setFieldValue('titles', [])}
            />
          </Form.Item>
          <Form.Item
            name="titles"
            label={t('Danh hiệu đăng ký')}
            rules={[{ required: true, message: t('Chọn ít nhất một danh hiệu') }]}
          >
            <Select mode="multiple" options={titleOptions(kind, holder)} />
          </Form.Item>
          {warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('Lưu ý về danh hiệu đăng ký')}
              description={warnings.map((w) => (
                <div key={w.message}>
                  {w.message} <Typography.Text type="secondary">({w.article})</Typography.Text>
                </div>
              ))}
            />
          )}
          <Form.Item name="targetIds" label={t('Chỉ tiêu đăng ký thực hiện')}>
            <Select mode="multiple" showSearch optionFilterProp="label" options={targetOptions} />
          </Form.Item>
          <Form.Item name="pledge" label={t('Chỉ tiêu, nội dung cam kết')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('Gửi đăng ký')}
          </Button>
        </Form>
      )}
      {!open && (
        <Alert
          type="info"
          showIcon
          message={t('Phong trào không ở giai đoạn nhận đăng ký.')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<Registration>
        style={{ marginTop: 16 }}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data?.registrations ?? []}
        locale={{ emptyText: t('Chưa có đăng ký nào.') }}
        columns={[
          {
            title: t('Đơn vị, cá nhân'),
            dataIndex: 'subjectName',
            render: (n: string, r) => (
              <>
                {n} {r.subjectKind === 'UNIT' && <Tag>{t('Tập thể')}</Tag>}
              </>
            ),
          },
          {
            title: t('Danh hiệu'),
            dataIndex: 'titles',
            render: (codes: string[], r) => (
              <>
                {codes.map((c) => (
                  <Tag key={c} color="blue">
                    {titleName(c)}
                  </Tag>
                ))}
                {r.warnings.map((w) => (
                  <div key={w.message}>
                    <Typography.Text type="warning">{w.message}</Typography.Text>
                  </div>
                ))}
              </>
            ),
          },
          {
            title: t('Chỉ tiêu'),
            dataIndex: 'targetIds',
            width: 160,
            render: (ids: string[]) =>
              ids.map((id) => (
                <Tag key={id}>{targets.data?.targets.find((x) => x.id === id)?.code ?? '…'}</Tag>
              )),
          },
          { title: t('Cam kết'), dataIndex: 'pledge' },
          {
            title: t('Ngày đăng ký'),
            dataIndex: 'registeredOn',
            width: 120,
            render: (d: string) => formatDateVi(d),
          },
          ...(canRegister && open
            ? [
                {
                  title: '',
                  width: 70,
                  render: (_: unknown, r: Registration) =>
                    may('registration.write', { unitId: r.ownerUnitId }) && (
                      <Button size="small" onClick={() => startEdit(r)}>
                        {t('Sửa')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {data && data.missing.length > 0 && (
        <div style={{ marginTop: 16 }} data-testid="registration-missing">
          <Typography.Text strong>
            {t('Chưa đăng ký')} ({data.missing.length}):{' '}
          </Typography.Text>
          {data.missing.map((m) => (
            <Tag key={m.id} color="red">
              {m.name}
            </Tag>
          ))}
          {canRemind && open && (
            <Button size="small" icon={<BellOutlined />} onClick={remind}>
              {t('Nhắc đơn vị chưa đăng ký')}
            </Button>
          )}
        </div>
      )}
      <Modal
        open={editing !== null}
        title={`${t('Sửa đăng ký thi đua')}: ${editing?.subjectName ?? ''}`}
        onCancel={() => setEditing(null)}
        onOk={() => editForm.submit()}
        okText={t('Lưu')}
        cancelText={t('Hủy')}
        destroyOnHidden
      >
        <ApiErrorAlert error={editErr} />
        <Form form={editForm} layout="vertical" onFinish={saveEdit}>
          <Form.Item name="titles" label={t('Danh hiệu đăng ký')}>
            <Select
              mode="multiple"
              options={titleOptions(
                editing?.subjectKind ?? 'UNIT',
                editing ? holderOf(editing.subjectKind, editing.subjectId) : undefined,
              )}
            />
          </Form.Item>
          <Form.Item name="targetIds" label={t('Chỉ tiêu đăng ký thực hiện')}>
            <Select mode="multiple" showSearch optionFilterProp="label" options={targetOptions} />
          </Form.Item>
          <Form.Item name="pledge" label={t('Chỉ tiêu, nội dung cam kết')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
