import { Alert, Card, Descriptions } from 'antd';
import { getAward, rewardAmount, rewardCoefficient, type SubjectKind } from '../../../core/law';
import { formatMoneyVnd } from '../../../core/text';
import { useI18n } from '../../i18n/i18n';

interface Props {
  awardCode?: string | undefined;
  subjectKind?: SubjectKind | undefined;
  personId?: string | undefined;
  subjectUnitId?: string | undefined;
  year?: number | undefined;
  movementId?: string | undefined;
  proposalId?: string;
}

/** What the law says about the chosen award: who decides (with the article) and the reward money. */
export function LawVerdictPanel({ awardCode, subjectKind = 'INDIVIDUAL' }: Props) {
  const { t } = useI18n();
  const award = awardCode ? getAward(awardCode) : undefined;
  if (!award) return null;
  const today = new Date().toISOString().slice(0, 10);
  const coeff = rewardCoefficient(award.code, subjectKind, today);
  const fits = award.subjects.includes(subjectKind);
  return (
    <Card size="small" title={t('Căn cứ pháp lý')} data-testid="law-panel">
      {!fits && <Alert type="error" showIcon message={t('Hình thức này không áp dụng cho đối tượng đã chọn.')} style={{ marginBottom: 8 }} />}
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('Hình thức')}>{award.name}</Descriptions.Item>
        {award.decider.map((d) => (
          <Descriptions.Item key={d.title} label={t('Thẩm quyền quyết định')}>
            {d.title} — <i>{d.article}</i>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('Tiền thưởng (nếu quyết định hôm nay)')}>
          {coeff ? `${coeff.coefficient} × ${t('lương cơ sở')} = ${formatMoneyVnd(rewardAmount(award.code, subjectKind, today))}` : t('Không có tiền thưởng')}
          {coeff && <div><i>{coeff.article}</i></div>}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
