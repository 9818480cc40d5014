import { CheckOutlined } from '@ant-design/icons';
import { App, Badge, Button, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type InboxFilter, type InboxTask, inboxApi } from '../../../contract/inbox';
import { seesWholeCommune } from '../../../core/auth/roles';
import { formatDateVi } from '../../../core/text';
import { api } from '../../api/client';
import { useMe } from '../../auth/auth';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { INBOX_CHANGED } from '../../components/inbox-events';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-cycle';
import { useErrorText } from '../../api/error-text';
import { UpcomingDeadlinesCard } from './UpcomingDeadlinesCard';

export const TASK_KIND_LABELS: Record<string, string> = {
  REGISTER: 'Đăng ký thi đua',
  SELF_SCORE: 'Tự chấm điểm',
  REMINDER: 'Nhắc việc',
  REVIEW_REPORT: 'Báo cáo sơ kết, tổng kết',
};

/** Việc cần làm: tasks sent to the unit (register by a date, score yourself …); a unit head sees their unit's. */
export function InboxPage() {
  const me = useMe();
  const may = useCan();
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [status, setStatus] = useState<InboxFilter>('OPEN');
  const { data, error, loading, setData } = useData(
    () => api.call(inboxApi.listInbox, { query: { status } }),
    [status],
  );
  const today = new Date().toISOString().slice(0, 10);
  const done = async (task: InboxTask) => {
    try {
      const closed = await api.call(inboxApi.completeTask, { params: { id: task.id } });
      message.success(t('Đã đánh dấu hoàn thành.'));
      window.dispatchEvent(new Event(INBOX_CHANGED));
      // The answer is the task as it now stands: drop it from the open list, or show it done.
      setData((list) =>
        (list ?? []).flatMap((x) => (x.id !== closed.id ? [x] : status === 'OPEN' ? [] : [closed])),
      );
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const open = (data ?? []).filter((x) => x.status === 'OPEN').length;
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('Việc cần làm')} {status === 'OPEN' && <Badge count={open} data-testid="inbox-count" />}
        </Typography.Title>
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as typeof status)}
          options={[
            { value: 'OPEN', label: t('Chưa làm') },
            { value: 'DONE', label: t('Đã xong') },
            { value: 'ALL', label: t('Tất cả') },
          ]}
        />
      </Space>
      <ApiErrorAlert error={error} />
      <UpcomingDeadlinesCard openTasks={(data ?? []).filter((x) => x.status === 'OPEN')} />
      <Table<InboxTask>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20 }}
        locale={{ emptyText: t('Không có việc nào.') }}
        columns={[
          {
            title: t('Việc'),
            dataIndex: 'title',
            render: (n: string, x) => (
              <>
                {x.link ? <Link to={x.link}>{n}</Link> : n}
                {x.body && <div style={{ color: '#888' }}>{x.body}</div>}
              </>
            ),
          },
          {
            title: t('Loại'),
            dataIndex: 'kind',
            width: 150,
            render: (k: string) => <Tag>{t(TASK_KIND_LABELS[k] ?? k)}</Tag>,
          },
          ...(!seesWholeCommune(me.role) ? [] : [{ title: t('Đơn vị'), dataIndex: 'unitName', width: 220 }]),
          {
            title: t('Hạn'),
            dataIndex: 'dueDate',
            width: 130,
            render: (d: string | null, x: InboxTask) =>
              d ? (
                <Tag color={x.status === 'OPEN' && d < today ? 'red' : 'default'}>{formatDateVi(d)}</Tag>
              ) : (
                ''
              ),
          },
          {
            title: '',
            width: 150,
            render: (_: unknown, x: InboxTask) =>
              x.status === 'DONE' ? (
                <Tag color="green">
                  {t('Đã xong')}
                  {x.doneAt ? ` ${formatDateVi(x.doneAt.slice(0, 10))}` : ''}
                </Tag>
              ) : (
                may('inbox.complete', { unitId: x.unitId }) && (
                  <Button size="small" icon={<CheckOutlined />} onClick={() => done(x)}>
                    {t('Đánh dấu đã xong')}
                  </Button>
                )
              ),
          },
        ]}
      />
    </div>
  );
}
