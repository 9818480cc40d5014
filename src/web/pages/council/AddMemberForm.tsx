import { App, Button, DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type CouncilMember, councilApi } from '../../../contract/council';
import { organisationsApi } from '../../../contract/organisations';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES, type CouncilRole } from '../../../core/council/council-terms';
import { api } from '../../api/client';
import { useErrorText } from '../../api/error-text';
import { vietnameseSearch } from '../../components/select-search';
import { useData } from '../../components/use-data';
import '../../i18n/en-units';
import { useI18n } from '../../i18n/i18n';
import type { VotingAccount } from './MemberAccountSelect';

interface NewMemberForm {
  personId: string;
  userId?: string;
  role: CouncilRole;
  termFrom: Dayjs;
}

/**
 * Add a council member with the start of their term (the council at any date follows the terms);
 * `onDone` receives the council as it stands today, from the answer.
 */
export function AddMemberForm({
  accounts,
  onDone,
}: {
  /** Accounts that may vote (the new member's account; by default the person's own, if any). */
  accounts: VotingAccount[];
  onDone: (members: CouncilMember[]) => void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const people = useData(() => api.call(organisationsApi.listPeople, {}), []);
  const [form] = Form.useForm<NewMemberForm>();
  const add = async (v: NewMemberForm) => {
    try {
      const r = await api.call(councilApi.addMember, {
        body: {
          personId: v.personId,
          role: v.role,
          termFrom: v.termFrom.format('YYYY-MM-DD'),
          ...(v.userId ? { userId: v.userId } : {}),
        },
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
      <Form.Item name="userId">
        <Select
          {...vietnameseSearch}
          allowClear
          aria-label={t('Tài khoản bỏ phiếu')}
          style={{ width: 240 }}
          placeholder={t('Tài khoản bỏ phiếu (nếu có)')}
          options={accounts
            .filter((a) => a.memberId === null)
            .map((a) => ({ value: a.id, label: `${a.displayName} (${a.username})` }))}
        />
      </Form.Item>
      <Form.Item name="termFrom">
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Button htmlType="submit">{t('Bổ sung thành viên')}</Button>
    </Form>
  );
}
