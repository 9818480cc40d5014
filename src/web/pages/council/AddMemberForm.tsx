import { App, Button, DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type CouncilMember, councilApi } from '../../../contract/council';
import { organisationsApi } from '../../../contract/organisations';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES, type CouncilRole } from '../../../core/council/council-terms';
import { api } from '../../api/client';
import { useErrorText } from '../../api/error-text';
import { vietnameseSearch } from '../../components/select-search';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';

interface NewMemberForm {
  personId: string;
  role: CouncilRole;
  termFrom: Dayjs;
}

/**
 * Add a council member with the start of their term (the council at any date follows the terms);
 * `onDone` receives the council as it stands today, from the answer.
 */
export function AddMemberForm({ onDone }: { onDone: (members: CouncilMember[]) => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const people = useData(() => api.call(organisationsApi.listPeople, {}), []);
  const [form] = Form.useForm<NewMemberForm>();
  const add = async (v: NewMemberForm) => {
    try {
      const r = await api.call(councilApi.addMember, {
        body: { personId: v.personId, role: v.role, termFrom: v.termFrom.format('YYYY-MM-DD') },
      });
      message.success(t('Đã cập nhật thành viên Hội đồng.'));
      form.resetFields();
      onDone(r.members);
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
        <Select
          style={{ width: 200 }}
          options={COUNCIL_ROLES.map((r) => ({ value: r, label: t(COUNCIL_ROLE_LABELS[r]) }))}
        />
      </Form.Item>
      <Form.Item name="termFrom">
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Button htmlType="submit">{t('Bổ sung thành viên')}</Button>
    </Form>
  );
}
