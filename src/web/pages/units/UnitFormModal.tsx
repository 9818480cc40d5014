import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { Unit } from '../../../contract/organisations';
import { UNIT_KINDS, type UnitChange, unitsApi } from '../../../contract/units';
import { compareVietnamese } from '../../../core/text';
import { api } from '../../api/client';
import { useErrorText } from '../../api/error-text';
import { useMe } from '../../auth/auth';
import { showFieldErrors } from '../../components/field-errors';
import { vietnameseSearch } from '../../components/select-search';
import { useI18n } from '../../i18n/i18n';
import { UNIT_KIND_LABELS } from './unit-labels';

export interface UnitFields {
  name: string;
  shortName?: string | null;
  code?: string;
  kind: string;
  parentId: string;
  memberCount?: number | null;
  address?: string | null;
  smallCollective?: boolean;
  directWork?: boolean;
}

const FIELDS = [
  'name',
  'shortName',
  'code',
  'kind',
  'parentId',
  'memberCount',
  'address',
  'smallCollective',
  'directWork',
] as const;

/** The fields of a unit (shared by the add, edit, merge and split forms). */
export function UnitFieldsForm({
  units,
  withCode,
  exclude = [],
}: {
  units: Unit[];
  withCode: boolean;
  /** Units that may not be the parent (the unit itself, units that close). */
  exclude?: string[];
}) {
  const { t } = useI18n();
  const parents = units
    .filter((u) => u.active && !exclude.includes(u.id))
    .sort((a, b) => compareVietnamese(a.name, b.name));
  return (
    <>
      <Form.Item
        name="name"
        label={t('Tên đơn vị')}
        rules={[{ required: true, message: t('Chưa nhập tên đơn vị') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="shortName" label={t('Tên ngắn')}>
        <Input maxLength={100} />
      </Form.Item>
      {withCode && (
        <Form.Item
          name="code"
          label={t('Mã đơn vị')}
          extra={t('Để trống để tạo từ tên; mã không đổi và không bao giờ dùng lại.')}
        >
          <Input maxLength={40} />
        </Form.Item>
      )}
      <Form.Item
        name="kind"
        label={t('Loại đơn vị')}
        rules={[{ required: true, message: t('Chưa chọn loại đơn vị') }]}
      >
        <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(UNIT_KIND_LABELS[k] ?? k) }))} />
      </Form.Item>
      <Form.Item
        name="parentId"
        label={t('Đơn vị cấp trên')}
        rules={[{ required: true, message: t('Chưa chọn đơn vị cấp trên') }]}
      >
        <Select {...vietnameseSearch} options={parents.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item name="memberCount" label={t('Số thành viên')}>
        <InputNumber min={0} max={1_000_000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="address" label={t('Địa chỉ')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="smallCollective" valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{t('Tập thể nhỏ (thống kê khen thưởng cơ sở)')}</Checkbox>
      </Form.Item>
      <Form.Item name="directWork" valuePropName="checked">
        <Checkbox>{t('Thành viên trực tiếp lao động, sản xuất, công tác')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** The unit's fields as the API takes them (empty texts become null). */
export const unitBody = (v: UnitFields) => ({
  name: v.name,
  shortName: v.shortName || null,
  kind: v.kind,
  parentId: v.parentId,
  memberCount: v.memberCount ?? null,
  address: v.address || null,
  smallCollective: Boolean(v.smallCollective),
  directWork: Boolean(v.directWork),
});

/** Add a unit (under `parentId`) or edit `unit`; `onDone` receives the server's answer. */
export function UnitFormModal({
  open,
  unit,
  parentId,
  units,
  onClose,
  onDone,
}: {
  open: boolean;
  unit: Unit | null;
  parentId: string | null;
  units: Unit[];
  onClose: () => void;
  onDone: (c: UnitChange) => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const errorText = useErrorText();
  const [form] = Form.useForm<UnitFields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (unit)
      form.setFieldsValue({
        name: unit.name,
        shortName: unit.shortName,
        kind: unit.kind,
        parentId: unit.parentId ?? undefined,
        memberCount: unit.memberCount,
        address: unit.address,
        smallCollective: unit.smallCollective,
        directWork: unit.directWork,
      } as UnitFields);
    // under the commune a village by default, under a unit a team
    else
      form.setFieldsValue({
        parentId: parentId ?? undefined,
        kind: !parentId || parentId === me.tenantId ? 'THON' : 'TO',
      } as UnitFields);
  }, [open, unit, parentId, form, me.tenantId]);

  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const r = unit
        ? await api.call(unitsApi.updateUnit, { params: { id: unit.id }, body: unitBody(v) })
        : await api.call(unitsApi.createUnit, {
            body: { ...unitBody(v), ...(v.code ? { code: v.code } : {}) },
          });
      onDone(r);
    } catch (e) {
      const text = errorText(e);
      if (!showFieldErrors(form, e, text, FIELDS)) setError(text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={unit ? `${t('Sửa đơn vị')}: ${unit.name}` : t('Thêm đơn vị')}
      okText={t('Lưu')}
      cancelText={t('Hủy')}
      confirmLoading={busy}
      onOk={save}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark={false}>
        <UnitFieldsForm units={units} withCode={!unit} exclude={unit ? [unit.id] : []} />
      </Form>
    </Modal>
  );
}
