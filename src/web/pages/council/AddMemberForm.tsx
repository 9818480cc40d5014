import { App, Button, DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { organisationsApi } from '../../../contract/organisations';
import { api } from '../../api/client';
import { useErrorText } from '../../api/error-text';
import { vietnameseSearch } from '../../components/select-search';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';

const ROLES = [
  { value: 'CHU_TICH', label: 'Chủ tịch Hội đồng' },
  { value: 'PHO_CHU_TICH', label: 'Phó Chủ tịch Hội đồng' },
  { value: 'THUONG_TRUC', label: 'Ủy viên thường trực' },
  { value: 'UY_VIEN', label: 'Ủy viên' },
];

/** Add a council member with the start of their term (the council at any date follows the terms). */
export function AddMemberForm({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const people = useData(() => api.call(organisationsApi.listPeople, {}), []);
  const [form] = Form.useForm<{ personId: string; role: string; termFrom: Dayjs }>();
  const add = async (v: { personId: string; role: string; termFrom: Dayjs }) => {
    try {
      await api.post('/api/council/members', {
        personId: v.personId,
        role: v.role,
        termFrom: v.termFrom.format('YYYY-MM-DD'),
      });
      message.success(t('Đã cập nhật thành viên Hội đồng.'));
      form.resetFields();
      await onDone();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Form
      form={form}
      layout="inline"
      style={{ marginTop: 12 }}
      onFinish={add}
      initialValues={{ role: 'UY_VIEN', termFrom: dayjs() }}
    >
      <Form.Item name="personId" rules={[{ required: true, message: t('Chưa chọn cá nhân') }]}>
        <Select
          {...vietnameseSearch}
          style={{ width: 260 }}
          placeholder={t('Gõ tên để tìm (không cần dấu)')}
          options={(people.data ?? []).map((p) => ({
            value: p.id,
            label: `${p.fullName} — ${p.position ?? ''}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="role">
        <Select style={{ width: 200 }} options={ROLES.map((r) => ({ value: r.value, label: t(r.label) }))} />
      </Form.Item>
      <Form.Item name="termFrom">
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Button htmlType="submit">{t('Bổ sung thành viên')}</Button>
    </Form>
  );
}
