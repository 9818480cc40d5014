import { Card, Collapse, List, Typography } from 'antd';
import { calendarApi } from '../../../contract/calendar';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DeadlineList } from '../../components/DeadlineList';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-deadlines';

/**
 * The year's deadlines with their articles (Decree 86/2023, Circular 02/2023, the commune's plan, the
 * movements), and the time limits counted from an event (disclosure, publication).
 */
export function YearDeadlinesCard({ year }: { year: number }) {
  const { t } = useI18n();
  const { data, error, loading } = useData(
    () => api.call(calendarApi.deadlines, { query: { year } }),
    [year],
  );
  return (
    <Card
      size="small"
      title={t('Các thời hạn năm {y}', { y: year })}
      style={{ marginBottom: 16 }}
      data-testid="year-deadlines"
    >
      <ApiErrorAlert error={error} />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('Ngày ghi là ngày cuối cùng còn đúng hạn (tính cả ngày đó).')}
      </Typography.Paragraph>
      <DeadlineList
        deadlines={data?.deadlines ?? []}
        loading={loading}
        emptyText={t('Không có thời hạn nào trong năm.')}
      />
      <Collapse
        size="small"
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'periods',
            label: t('Thời hạn tính từ sự việc'),
            children: (
              <List
                size="small"
                dataSource={data?.periods ?? []}
                renderItem={(p) => (
                  <List.Item key={p.id} style={{ display: 'block' }}>
                    <div>
                      <strong>{p.what}</strong>: {p.period}
                    </div>
                    <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                      {t('Căn cứ')}: {p.article}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
