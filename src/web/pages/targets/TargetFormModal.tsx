import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { Unit } from '../../../contract/organisations';
import { type TargetsView, type TargetView, targetsApi } from '../../../contract/targets';
import { TARGET_DIRECTION_LABELS, TARGET_DIRECTIONS, type TargetDirection } from '../../../core/targets';
import { type ApiError, api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useI18n } from '../../i18n/i18n';

interface Values {
  code: string;
  name: string;
  field: string;
  unit: string;
  direction: TargetDirection;
  planned: number;
  baseline?: number | null;
  responsibleUnitId: string;
  note?: string;
}

/** Add a target to the year, or edit one (officers only). */
export function TargetFormModal(props: {
  year: number;
  editing: TargetView | null;
  open: boolean;
  fields: { code: string; label: string }[];
  units: Unit[];
  onClose(): void;
  /** The year's targets after an edit; nothing after an addition. */
  onSaved(view?: TargetsView): void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { editing, open } = props;
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        code: editing.code,
        name: editing.name,
        field: editing.field,
        unit: editing.unit,
        direction: editing.direction,
        planned: editing.planned,
        baseline: editing.baseline ?? null,
        responsibleUnitId: editing.responsibleUnitId,
        note: editing.note ?? '',
      });
    }
  }, [open, editing, form]);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const body = { ...v, year: props.year, baseline: v.baseline ?? null, note: v.note || null };
    try {
      if (editing)
        props.onSaved(await api.call(targetsApi.updateTarget, { params: { id: editing.id }, body }));
      else {
        await api.call(targetsApi.createTarget, { body });
        props.onSaved();
      }
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={editing ? t('Sửa chỉ tiêu') : t('Thêm chỉ tiêu năm {y}', { y: props.year })}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('Lưu')}
      confirmLoading={busy}
      width={640}
      destroyOnHidden
    >
      <ApiErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ direction: 'AT_LEAST' }}>
        <Form.Item
          name="code"
          label={t('Số hiệu')}
          rules={[{ required: true, message: t('Nhập số hiệu chỉ tiêu') }]}
        >
          <Input placeholder="CT18" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('Tên chỉ tiêu')}
          rules={[{ required: true, message: t('Nhập tên chỉ tiêu') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="field"
          label={t('Lĩnh vực')}
          rules={[{ required: true, message: t('Chọn lĩnh vực') }]}
        >
          <Select options={props.fields.map((f) => ({ value: f.code, label: t(f.label) }))} />
        </Form.Item>
        <Form.Item
          name="unit"
          label={t('Đơn vị tính')}
          rules={[{ required: true, message: t('Nhập đơn vị tính') }]}
        >
          <Input placeholder="%, tỷ đồng, hộ…" />
        </Form.Item>
        <Form.Item name="direction" label={t('Chiều đánh giá')}>
          <Select
            options={TARGET_DIRECTIONS.map((d) => ({
              value: d,
              label: t(TARGET_DIRECTION_LABELS[d]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="planned"
          label={t('Giá trị kế hoạch')}
          rules={[{ required: true, message: t('Nhập giá trị kế hoạch') }]}
        >
          <InputNumber style={{ width: '100%' }} decimalSeparator="," />
        </Form.Item>
        <Form.Item name="baseline" label={t('Giá trị đầu kỳ (không bắt buộc)')}>
          <InputNumber style={{ width: '100%' }} decimalSeparator="," />
        </Form.Item>
        <Form.Item
          name="responsibleUnitId"
          label={t('Đơn vị chủ trì')}
          rules={[{ required: true, message: t('Chọn đơn vị chủ trì') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={props.units.filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('Ghi chú')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
