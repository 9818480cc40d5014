import { Alert, Button, DatePicker, Form, Input, Modal, Radio, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { organisationsApi, type Person, type Unit } from '../../../contract/organisations';
import { type UnitChange, unitsApi } from '../../../contract/units';
import { compareVietnamese } from '../../../core/text';
import { api } from '../../api/client';
import { useErrorText } from '../../api/error-text';
import { showFieldErrors } from '../../components/field-errors';
import { vietnameseSearch } from '../../components/select-search';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import { type UnitFields, UnitFieldsForm, unitBody } from './UnitFormModal';

const active = (units: Unit[], communeId: string) =>
  units.filter((u) => u.active && u.id !== communeId).sort((a, b) => compareVietnamese(a.name, b.name));

interface Common {
  open: boolean;
  units: Unit[];
  communeId: string;
  onClose: () => void;
  onDone: (c: UnitChange) => void;
}

/** The reorganisation's date and basis (Nghị quyết, quyết định). */
function WhenAndBasis() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="effectiveDate"
        label={t('Ngày có hiệu lực')}
        rules={[{ required: true, message: t('Chưa chọn ngày có hiệu lực') }]}
      >
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="basis" label={t('Căn cứ')} extra={t('Ví dụ: Nghị quyết 1656/NQ-UBTVQH15')}>
        <Input maxLength={300} />
      </Form.Item>
    </>
  );
}

interface MergeFields extends UnitFields {
  unitIds: string[];
  target: 'new' | 'existing';
  intoId?: string;
  effectiveDate: Dayjs;
  basis?: string;
}

/** Merge two or more units into a new unit or into an existing one. */
export function MergeModal({
  open,
  units,
  communeId,
  onClose,
  onDone,
  first,
}: Common & { first: string | null }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<MergeFields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const target = Form.useWatch('target', form) ?? 'new';
  const chosen = Form.useWatch('unitIds', form) ?? [];
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      unitIds: first ? [first] : [],
      target: 'new',
      kind: 'THON',
      parentId: communeId,
      effectiveDate: dayjs(),
    } as Partial<MergeFields> as MergeFields);
  }, [open, first, communeId, form]);
  const options = active(units, communeId).map((u) => ({ value: u.id, label: u.name }));
  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const r = await api.call(unitsApi.mergeUnits, {
        body: {
          unitIds: v.unitIds,
          ...(v.target === 'existing' ? { intoId: v.intoId ?? null } : { newUnit: unitBody(v) }),
          effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
          basis: v.basis || null,
        },
      });
      onDone(r);
    } catch (e) {
      const text = errorText(e);
      if (!showFieldErrors(form, e, text, ['unitIds', 'intoId', 'name', 'code', 'parentId', 'effectiveDate']))
        setError(text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('Hợp nhất đơn vị')}
      okText={t('Hợp nhất')}
      cancelText={t('Hủy')}
      confirmLoading={busy}
      onOk={save}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t(
          'Các đơn vị được hợp nhất ngừng hoạt động từ ngày có hiệu lực; cá nhân, hộ gia đình, tài khoản và đơn vị trực thuộc chuyển sang đơn vị nhận; khen thưởng của đơn vị cũ đi theo.',
        )}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="unitIds"
          label={t('Các đơn vị hợp nhất')}
          rules={[{ required: true, message: t('Chưa chọn đơn vị để hợp nhất') }]}
        >
          <Select mode="multiple" {...vietnameseSearch} options={options} />
        </Form.Item>
        <Form.Item name="target" label={t('Hợp nhất vào')}>
          <Radio.Group>
            <Radio value="new">{t('Một đơn vị mới')}</Radio>
            <Radio value="existing">{t('Một đơn vị có sẵn')}</Radio>
          </Radio.Group>
        </Form.Item>
        {target === 'existing' ? (
          <Form.Item
            name="intoId"
            label={t('Đơn vị nhận hợp nhất')}
            rules={[{ required: true, message: t('Chưa chọn đơn vị nhận hợp nhất') }]}
          >
            <Select {...vietnameseSearch} options={options} />
          </Form.Item>
        ) : (
          <UnitFieldsForm units={units} withCode exclude={chosen} />
        )}
        <WhenAndBasis />
      </Form>
    </Modal>
  );
}

interface SplitFields {
  effectiveDate: Dayjs;
  basis?: string;
  parts: UnitFields[];
}

/** Split `unit` into two or more new units; the officer says where each person goes. */
export function SplitModal({
  open,
  units,
  communeId,
  onClose,
  onDone,
  unit,
}: Common & { unit: Unit | null }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<SplitFields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [where, setWhere] = useState<Record<string, number>>({});
  const people = useData(
    () =>
      open && unit
        ? api.call(organisationsApi.listPeople, { query: { unitId: unit.id } })
        : Promise.resolve([] as Person[]),
    [open, unit?.id],
  );
  const parts = Form.useWatch('parts', form) ?? [];
  useEffect(() => {
    if (!open || !unit) return;
    setError(null);
    setWhere({});
    form.resetFields();
    const part = (n: number) => ({
      name: `${unit.name} ${n}`,
      kind: unit.kind,
      parentId: unit.parentId ?? communeId,
    });
    form.setFieldsValue({
      effectiveDate: dayjs(),
      parts: [part(1), part(2)],
    } as Partial<SplitFields> as SplitFields);
  }, [open, unit, communeId, form]);
  const save = async () => {
    if (!unit) return;
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const r = await api.call(unitsApi.splitUnit, {
        params: { id: unit.id },
        body: {
          effectiveDate: v.effectiveDate.format('YYYY-MM-DD'),
          basis: v.basis || null,
          parts: v.parts.map((p, i) => ({
            unit: unitBody(p),
            personIds: (people.data ?? []).filter((x) => (where[x.id] ?? 0) === i).map((x) => x.id),
          })),
        },
      });
      onDone(r);
    } catch (e) {
      const text = errorText(e);
      if (!showFieldErrors(form, e, text, ['effectiveDate'])) setError(text);
    } finally {
      setBusy(false);
    }
  };
  const partOptions = parts.map((p, i) => ({ value: i, label: p?.name || `${t('Đơn vị mới')} ${i + 1}` }));
  return (
    <Modal
      open={open}
      title={`${t('Chia tách đơn vị')}: ${unit?.name ?? ''}`}
      okText={t('Chia tách')}
      cancelText={t('Hủy')}
      confirmLoading={busy}
      onOk={save}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t(
          'Đơn vị cũ ngừng hoạt động từ ngày có hiệu lực. Chọn đơn vị mới cho từng cá nhân; hộ gia đình theo đa số thành viên của hộ.',
        )}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.List name="parts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} wrap align="start" style={{ display: 'flex' }}>
                  <Form.Item
                    name={[f.name, 'name']}
                    label={`${t('Đơn vị mới')} ${i + 1}`}
                    rules={[{ required: true, message: t('Chưa nhập tên đơn vị') }]}
                  >
                    <Input maxLength={200} style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'kind']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'parentId']} label={t('Đơn vị cấp trên')}>
                    <Select
                      {...vietnameseSearch}
                      style={{ width: 240 }}
                      options={[
                        ...units.filter((u) => u.id === communeId),
                        ...active(units, communeId).filter((u) => u.id !== unit?.id),
                      ].map((u) => ({ value: u.id, label: u.name }))}
                    />
                  </Form.Item>
                  {fields.length > 2 && (
                    <Button style={{ marginTop: 30 }} onClick={() => remove(f.name)}>
                      {t('Bỏ')}
                    </Button>
                  )}
                </Space>
              ))}
              <Button
                onClick={() =>
                  add({ name: '', kind: unit?.kind ?? 'THON', parentId: unit?.parentId ?? communeId })
                }
                style={{ marginBottom: 12 }}
              >
                {t('Thêm đơn vị mới')}
              </Button>
            </>
          )}
        </Form.List>
        <WhenAndBasis />
      </Form>
      <Table<Person>
        rowKey="id"
        size="small"
        loading={people.loading}
        dataSource={people.data ?? []}
        pagination={false}
        scroll={{ y: 260 }}
        locale={{ emptyText: t('Đơn vị không có cá nhân nào.') }}
        columns={[
          { title: t('Họ và tên'), dataIndex: 'fullName' },
          {
            title: t('Sang đơn vị'),
            width: 240,
            render: (_, p) => (
              <Select
                aria-label={`${t('Sang đơn vị')}: ${p.fullName}`}
                style={{ width: '100%' }}
                value={where[p.id] ?? 0}
                onChange={(i: number) => setWhere((w) => ({ ...w, [p.id]: i }))}
                options={partOptions}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}

/** Close a unit from a date. */
export function DeactivateModal({
  open,
  onClose,
  onDone,
  unit,
}: Omit<Common, 'units' | 'communeId'> & { unit: Unit | null }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<{ activeTo: Dayjs; basis?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ activeTo: dayjs() });
  }, [open, form]);
  const save = async () => {
    if (!unit) return;
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      onDone(
        await api.call(unitsApi.deactivateUnit, {
          params: { id: unit.id },
          body: { activeTo: v.activeTo.format('YYYY-MM-DD'), basis: v.basis || null },
        }),
      );
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={`${t('Ngừng hoạt động')}: ${unit?.name ?? ''}`}
      okText={t('Ngừng hoạt động')}
      okButtonProps={{ danger: true }}
      cancelText={t('Hủy')}
      confirmLoading={busy}
      onOk={save}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('Đơn vị và lịch sử của đơn vị được giữ lại; mã đơn vị không bao giờ được dùng lại.')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="activeTo"
          label={t('Ngừng từ ngày')}
          rules={[{ required: true, message: t('Chưa chọn ngày') }]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="basis" label={t('Căn cứ')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
