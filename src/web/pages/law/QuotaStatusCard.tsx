import { Alert, Card, List, Tag, Typography } from 'antd';
import { lawApi, type QuotaStanding } from '../../../contract/law';
import { quotaLine } from '../../../core/law';
import { api } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-quotas';

/** "Bắt buộc" (refused beyond the cap) or "Xem xét" (beyond it with a recorded reason). */
export function EnforcementTag({ s }: { s: Pick<QuotaStanding, 'enforcement'> }) {
  const { t } = useI18n();
  return s.enforcement === 'HARD' ? (
    <Tag color="red">{t('Bắt buộc')}</Tag>
  ) : (
    <Tag color="gold">{t('Xem xét (vượt cần lý do)')}</Tag>
  );
}

/** Who counts: sent, forwarded, approved, held (for the officer's and the chairman's eyes). */
export function QuotaStages({ s }: { s: QuotaStanding }) {
  const { t } = useI18n();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('Đã gửi {a}, đã trình {b}, đã duyệt {c}, đã tặng {d}', {
        a: s.stages.submitted,
        b: s.stages.forwarded,
        c: s.stages.approved,
        d: s.stages.held,
      })}
      {s.exceptions > 0 && ` · ${t('vượt có lý do: {n}', { n: s.exceptions })}`} · {s.article}
      {s.baseUnknown && (
        <div>
          {t(
            'Chưa có ai đạt hoặc được đề nghị {base} trong năm trên hệ thống: chưa tính được tỷ lệ, chưa áp dụng.',
            {
              base: s.baseAwardName,
            },
          )}
        </div>
      )}
    </Typography.Text>
  );
}

/**
 * The quotas of the commune's year (base, cap, count). With `signing`, also what signing `count` more of
 * an award would make — the chairman's view in the signing dialog.
 */
export function QuotaStatusCard({
  year,
  signing,
}: {
  year: number;
  signing?: { awardCode: string; count: number } | undefined;
}) {
  const { t } = useI18n();
  const { data, error } = useData(() => api.call(lawApi.quotaStatus, { query: { year } }), [year]);
  const quotas = (data?.quotas ?? []).filter((q) => !signing || q.awardCode === signing.awardCode);
  if (signing && quotas.length === 0) return null;
  return (
    <Card
      size="small"
      title={t('Tỷ lệ khống chế năm {y} (toàn xã)', { y: year })}
      style={{ marginBottom: 12 }}
      data-testid="quota-status"
    >
      <ApiErrorAlert error={error} />
      <List
        size="small"
        dataSource={quotas}
        renderItem={(s) => {
          const after = signing ? s.stages.held + signing.count : null;
          return (
            <List.Item style={{ display: 'block' }}>
              <EnforcementTag s={s} /> <b>{s.line}</b>
              <div>
                <QuotaStages s={s} />
              </div>
              {after !== null && (
                <Alert
                  style={{ marginTop: 6 }}
                  showIcon
                  type={after > s.cap ? (s.enforcement === 'HARD' ? 'error' : 'warning') : 'info'}
                  message={`${t('Sau khi ký')}: ${quotaLine(s, s.base, after)}`}
                  description={
                    after > s.cap
                      ? s.enforcement === 'HARD'
                        ? t('Vượt tỷ lệ: tỉnh quy định bắt buộc, quyết định sẽ không ký được.')
                        : t('Vượt tỷ lệ: chỉ ký được khi các đề nghị vượt đã có ngoại lệ ghi rõ lý do.')
                      : undefined
                  }
                />
              )}
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
