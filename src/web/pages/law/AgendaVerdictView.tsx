import { Tag, Typography } from 'antd';
import type { AgendaVerdict } from '../../../core/law';
import { formatMoneyVnd } from '../../../core/text';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-law';

/** The law's verdict on an agenda item: status, each unmet condition with its article, overrides. */
export function AgendaVerdictView({ v }: { v: AgendaVerdict }) {
  const { t } = useI18n();
  const color =
    v.status === 'ELIGIBLE' ? 'green' : v.status === 'BLOCKED_PENDING' ? 'orange' : v.passes ? 'gold' : 'red';
  const label =
    v.status === 'ELIGIBLE'
      ? 'Đủ điều kiện'
      : v.status === 'BLOCKED_PENDING'
        ? 'Tạm chưa xét (đang có vụ việc xem xét)'
        : 'Chưa đủ điều kiện';
  return (
    <div style={{ fontSize: 12, marginTop: 4 }} data-testid="agenda-verdict">
      <b>{t('Kết luận pháp lý')}:</b> <Tag color={color}>{t(label)}</Tag>
      {v.rewardMoney > 0 && (
        <span>
          {t('Tiền thưởng')}: {formatMoneyVnd(v.rewardMoney)}.{' '}
        </span>
      )}
      {v.decider && (
        <Typography.Text type="secondary" italic>
          {t('Thẩm quyền quyết định')}: {v.decider}
        </Typography.Text>
      )}
      {v.failures.length > 0 && (
        <ul style={{ margin: '2px 0 0', paddingLeft: 18 }}>
          {v.failures.map((f) => (
            <li key={f.code}>
              <Tag color={f.hard ? 'red' : 'gold'}>{f.hard ? t('Bắt buộc') : t('Xem xét')}</Tag>
              {f.overridden && <Tag color="blue">{t('Ngoại lệ')}</Tag>}
              {f.message} <i>({f.article})</i>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
