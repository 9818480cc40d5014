import { Card } from 'antd';
import type { InboxTask } from '../../../contract/inbox';
import { inboxApi } from '../../../contract/inbox';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DeadlineList } from '../../components/DeadlineList';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-deadlines';

/**
 * The deadlines of the next 30 days waiting on the user (the officer: the law's and the commune's; a unit
 * head: their unit's), less those already listed as an open task of the inbox (same movement or review).
 */
export function UpcomingDeadlinesCard({ openTasks }: { openTasks: readonly InboxTask[] }) {
  const { t } = useI18n();
  const { data, error, loading } = useData(
    () => api.call(inboxApi.upcomingDeadlines, { query: { days: 30 } }),
    [],
  );
  const listed = new Set(openTasks.flatMap((x) => [x.movementId, x.reviewId]).filter(Boolean));
  const deadlines = (data?.deadlines ?? []).filter(
    (d) => d.audience === 'OFFICER' || !listed.has(d.refId ?? ''),
  );
  if (!error && !loading && deadlines.length === 0) return null;
  return (
    <Card
      size="small"
      title={t('Hạn sắp tới (30 ngày)')}
      style={{ marginBottom: 16 }}
      data-testid="upcoming-deadlines"
    >
      <ApiErrorAlert error={error} />
      <DeadlineList
        deadlines={deadlines}
        loading={loading}
        emptyText={t('Không có hạn nào trong 30 ngày tới.')}
      />
    </Card>
  );
}
