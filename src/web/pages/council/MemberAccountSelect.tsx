import { App, Select } from 'antd';
import { useState } from 'react';
import { type CouncilMember, councilApi } from '../../../contract/council';
import { api } from '../../api/client';
import { useErrorText } from '../../api/error-text';
import { vietnameseSearch } from '../../components/select-search';
import '../../i18n/en-units';
import { useI18n } from '../../i18n/i18n';

export type VotingAccount = Awaited<ReturnType<typeof loadVotingAccounts>>[number];

/** The accounts that may vote in the council (active, with a council role), for the choice below. */
export const loadVotingAccounts = () => api.call(councilApi.votingAccounts, {});

/**
 * The account a council member votes with electronically: choose one, or clear it (the member then votes
 * on paper). Accounts already linked to another member are not offered. `onDone` receives the council.
 */
export function MemberAccountSelect({
  member,
  accounts,
  onDone,
}: {
  member: CouncilMember;
  accounts: VotingAccount[];
  onDone: (members: CouncilMember[]) => void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const change = async (userId: string | undefined) => {
    setBusy(true);
    try {
      const r = await api.call(councilApi.linkMemberUser, {
        params: { id: member.id },
        body: { userId: userId ?? null },
      });
      message.success(
        t(userId ? 'Đã gắn tài khoản bỏ phiếu.' : 'Đã bỏ gắn tài khoản; thành viên bỏ phiếu giấy.'),
      );
      onDone(r.members);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Select
      {...vietnameseSearch}
      aria-label={`${t('Tài khoản bỏ phiếu')}: ${member.name}`}
      allowClear
      loading={busy}
      style={{ width: 220 }}
      placeholder={t('Bỏ phiếu giấy')}
      value={member.userId ?? undefined}
      onChange={change}
      options={[
        ...accounts
          .filter((a) => a.memberId === null || a.memberId === member.id || a.id === member.userId)
          .map((a) => ({ value: a.id, label: `${a.displayName} (${a.username})` })),
        // linked before with an account whose role may not vote (or inactive): say so, choose another
        ...(member.userId && !accounts.some((a) => a.id === member.userId)
          ? [{ value: member.userId, label: t('Tài khoản không được bỏ phiếu') }]
          : []),
      ]}
    />
  );
}
