import { List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { DeadlineView } from '../../contract/deadlines';
import { DEADLINE_SEVERITY_LABELS } from '../../core/deadlines/deadline';
import { formatDateVi } from '../../core/text';
import { useI18n } from '../i18n/i18n';
import '../i18n/en-deadlines';

const KIND_COLORS: Record<DeadlineView['kind'], string> = { LEGAL: 'red', PLAN: 'blue', MOVEMENT: 'green' };

/**
 * Deadlines as a list that fits a phone (390 px): the date (dd/mm/yyyy, grey when past), what must be done
 * (a link to where it is done), where it comes from, what happens after it, and the article.
 */
export function DeadlineList({
  deadlines,
  emptyText,
  loading,
}: {
  deadlines: readonly DeadlineView[];
  emptyText: string;
  loading?: boolean;
}) {
  const { t } = useI18n();
  return (
    <List<DeadlineView>
      size="small"
      loading={loading ?? false}
      dataSource={[...deadlines]}
      locale={{ emptyText }}
      renderItem={(d) => (
        <List.Item key={d.id} style={{ display: 'block' }}>
          <div>
            <Tag color={d.past ? 'default' : 'gold'} data-testid="deadline-date">
              {formatDateVi(d.date)}
            </Tag>
            {d.link ? <Link to={d.link}>{d.label}</Link> : d.label}
          </div>
          <div style={{ marginTop: 4 }}>
            <Tag color={KIND_COLORS[d.kind]}>{t(d.kindLabel)}</Tag>
            <Typography.Text type="secondary">{t(DEADLINE_SEVERITY_LABELS[d.severity])}</Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
            {t('Căn cứ')}: {d.article}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
