import { Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { Unit } from '../../../contract/organisations';
import { type HouseholdDetail, peopleApi } from '../../../contract/people';
import { ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { vietnameseSearch } from '../../components/select-search';
import { useI18n } from '../../i18n/i18n';
import { fieldErrors } from './people-labels';

interface Values {
  headName: string;
  unitId: string;
  address?: string;
}

/** Add a household, or edit its head, thôn and address (`editing`). */
export function HouseholdFormModal(props: {
  open: boolean;
  editing: HouseholdDetail | null;
  units: Unit[];
  defaultUnitId?: string | undefined;
  onClose(): void;
  onSaved(h: HouseholdDetail): void;
}) {
  const { t } = useI18n();
  const may = useCan();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { open, editing, defaultUnitId } = props;
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (editing)
      form.setFieldsValue({
        headName: editing.headName,
        unitId: editing.unitId,
        address: editing.address ?? '',
      });
    else if (defaultUnitId) form.setFieldsValue({ unitId: defaultUnitId });
  }, [open, editing, defaultUnitId, form]);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const body = { headName: v.headName, unitId: v.unitId, address: v.address?.trim() ? v.address : null };
    try {
      props.onSaved(
        editing
          ? await api.call(peopleApi.updateHousehold, {
              params: { id: editing.id },
              body: { ...body, version: editing.version },
            })
          : await api.call(peopleApi.createHousehold, { body }),
      );
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const fields = fieldErrors(e, ['headName', 'unitId', 'address'] as const);
      if (fields.length) form.setFields(fields);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('Sửa hộ gia đình') : t('Thêm hộ gia đình')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('Lưu')}
      cancelText={t('Hủy')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <ApiErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="headName"
          label={t('Họ tên chủ hộ')}
          rules={[{ required: true, min: 2, message: t('Nhập họ tên chủ hộ') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('Thôn, tổ dân phố')}
          rules={[{ required: true, message: t('Chọn thôn, tổ dân phố') }]}
        >
          <Select
            {...vietnameseSearch}
            options={props.units
              .filter((u) => u.active && u.parentId !== null && may('household.manage', { unitId: u.id }))
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="address" label={t('Địa chỉ')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
