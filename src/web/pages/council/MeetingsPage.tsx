import { App, Button, Card, DatePicker, Form, Input, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type CouncilMember, councilApi, type MeetingRow } from '../../../contract/council';
import { type ProposalRow, proposalsApi } from '../../../contract/proposals';
import { getAward } from '../../../core/law';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import { AddMemberForm } from './AddMemberForm';
import { loadVotingAccounts, MemberAccountSelect, type VotingAccount } from './MemberAccountSelect';

const STATUS: Record<string, string> = { PLANNED: 'Chưa họp', OPEN: 'Đang họp', CLOSED: 'Đã họp' };

export function MeetingsPage() {
  const may = useCan();
  const { t } = useI18n();
  const nav = useNavigate();
  const { message } = App.useApp();
  const canManage = may('meeting.create');
  const meetings = useData(() => api.call(councilApi.listMeetings, {}), []);
  const members = useData(() => api.call(councilApi.listMembers, {}), []);
  const ready = useData(
    () =>
      canManage
        ? api.call(proposalsApi.listProposals, { query: { status: 'FORWARDED' } })
        : Promise.resolve([] as ProposalRow[]),
    [canManage],
  );
  const [chosen, setChosen] = useState<string[]>([]);
  const canChangeCouncil = may('council.manage');
  const accounts = useData(
    () => (canChangeCouncil ? loadVotingAccounts() : Promise.resolve([] as VotingAccount[])),
    [canChangeCouncil],
  );
  /** The council as the server answered a change; the accounts' links follow it. */
  const councilChanged = (list: CouncilMember[]) => {
    members.setData(list);
    void accounts.reload();
  };
  const endTerm = async (x: CouncilMember) => {
    try {
      const r = await api.call(councilApi.endMemberTerm, {
        params: { id: x.id },
        body: { termTo: dayjs().format('YYYY-MM-DD') },
      });
      message.success(t('Đã cập nhật thành viên Hội đồng.'));
      councilChanged(r.members);
    } catch (e) {
      setError(e as ApiError);
    }
  };
  const [error, setError] = useState<ApiError | null>(null);
  const create = async (v: { title: string; date: Dayjs; place: string }) => {
    setError(null);
    try {
      const m = await api.call(councilApi.createMeeting, {
        body: {
          title: v.title,
          meetingDate: v.date.format('YYYY-MM-DD'),
          place: v.place,
          proposalIds: chosen,
        },
      });
      message.success(t('Đã lập chương trình họp.'));
      nav(`/hoi-dong/${m.id}`);
    } catch (e) {
      setError(e as ApiError);
    }
  };
  return (
    <div>
      <Typography.Title level={3}>{t('Hội đồng Thi đua - Khen thưởng')}</Typography.Title>
      <ApiErrorAlert error={meetings.error ?? error} />
      <Card size="small" title={t('Thành viên Hội đồng')} style={{ marginBottom: 16 }}>
        <Table<CouncilMember>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 760 }}
          dataSource={members.data ?? []}
          columns={[
            { title: t('Họ và tên'), dataIndex: 'name' },
            { title: t('Chức vụ trong Hội đồng'), dataIndex: 'roleLabel', render: (r: string) => t(r) },
            { title: t('Chức vụ'), dataIndex: 'position' },
            ...(canChangeCouncil
              ? [
                  {
                    title: t('Tài khoản bỏ phiếu'),
                    render: (_: unknown, x: CouncilMember) => (
                      <MemberAccountSelect
                        member={x}
                        accounts={accounts.data ?? []}
                        onDone={councilChanged}
                      />
                    ),
                  },
                  {
                    title: '',
                    render: (_: unknown, x: CouncilMember) => (
                      <Button size="small" onClick={() => endTerm(x)}>
                        {t('Thôi tham gia')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {canChangeCouncil && <AddMemberForm accounts={accounts.data ?? []} onDone={councilChanged} />}
      </Card>
      {canManage && (
        <Card size="small" title={t('Lập chương trình họp')} style={{ marginBottom: 16 }}>
          <Table<ProposalRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={ready.data ?? []}
            rowSelection={{ selectedRowKeys: chosen, onChange: (k) => setChosen(k.map(String)) }}
            locale={{ emptyText: t('Không có đề nghị nào chờ Hội đồng xét.') }}
            columns={[
              { title: t('Đối tượng'), dataIndex: 'subjectName' },
              {
                title: t('Hình thức khen thưởng'),
                dataIndex: 'awardCode',
                render: (c: string) => getAward(c)?.name ?? c,
              },
              { title: t('Đơn vị đề nghị'), dataIndex: 'unitName' },
            ]}
          />
          <Form
            layout="inline"
            style={{ marginTop: 12 }}
            onFinish={create}
            initialValues={{
              title: t('Họp Hội đồng Thi đua - Khen thưởng xã'),
              date: dayjs(),
              place: t('Hội trường UBND xã'),
            }}
          >
            <Form.Item name="title" rules={[{ required: true }]}>
              <Input style={{ width: 300 }} aria-label={t('Tiêu đề')} />
            </Form.Item>
            <Form.Item name="date" rules={[{ required: true }]}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="place" rules={[{ required: true }]}>
              <Input style={{ width: 200 }} aria-label={t('Địa điểm')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" disabled={chosen.length === 0}>
              {t('Lập chương trình ({n})', { n: chosen.length })}
            </Button>
          </Form>
        </Card>
      )}
      <Table<MeetingRow>
        rowKey="id"
        loading={meetings.loading}
        dataSource={meetings.data ?? []}
        pagination={false}
        columns={[
          {
            title: t('Cuộc họp'),
            dataIndex: 'title',
            render: (n: string, m) => <Link to={`/hoi-dong/${m.id}`}>{n}</Link>,
          },
          { title: t('Ngày'), dataIndex: 'meetingDate', render: formatDateVi },
          { title: t('Địa điểm'), dataIndex: 'place' },
          {
            title: t('Trạng thái'),
            dataIndex: 'status',
            render: (s: string) => <Tag color={s === 'OPEN' ? 'green' : undefined}>{t(STATUS[s] ?? s)}</Tag>,
          },
        ]}
      />
    </div>
  );
}
