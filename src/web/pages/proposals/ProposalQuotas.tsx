import { Alert, List, Typography } from 'antd';
import { useEffect } from 'react';
import { lawApi } from '../../../contract/law';
import { api } from '../../api/client';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-quotas';
import { EnforcementTag, QuotaStages } from '../law/QuotaStatusCard';

/**
 * The quotas on a proposal's award where the decision is made: the year's base, cap and count, and what
 * the proposal's next step would make. Tells the panel when an exception with a reason is needed.
 */
export function ProposalQuotas({
  proposalId,
  reloadKey,
  onNeedsException,
}: {
  proposalId: string;
  reloadKey: number;
  onNeedsException: (needs: boolean) => void;
}) {
  const { t } = useI18n();
  const { data } = useData(
    () => api.call(lawApi.proposalQuota, { params: { id: proposalId } }),
    [proposalId, reloadKey],
  );
  const needs = !!data?.quotas.some((q) => q.needsException);
  useEffect(() => onNeedsException(needs), [needs, onNeedsException]);
  if (!data || data.quotas.length === 0) return null;
  return (
    <List
      size="small"
      style={{ marginTop: 8 }}
      data-testid="proposal-quotas"
      header={<b>{t('Tỷ lệ khống chế năm {y} (toàn xã)', { y: data.year })}</b>}
      dataSource={data.quotas}
      renderItem={(q) => (
        <List.Item style={{ display: 'block' }}>
          <EnforcementTag s={q} /> {q.line}
          <div>
            <QuotaStages s={q} />
          </div>
          {q.step && q.stepLine && (
            <Typography.Text style={{ display: 'block', fontSize: 12 }}>
              {t('Khi {step}, tính cả đề nghị này', { step: q.step })}: {q.stepLine}
            </Typography.Text>
          )}
          {q.excepted && (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 6 }}
              message={t('Đã ghi nhận ngoại lệ vượt tỷ lệ có lý do.')}
            />
          )}
          {q.refused && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 6 }}
              message={t('Vượt tỷ lệ khống chế: tỉnh quy định bắt buộc, không thể {step}.', {
                step: q.step ?? '',
              })}
            />
          )}
          {q.needsException && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 6 }}
              message={t('Vượt tỷ lệ khống chế: cần ghi nhận ngoại lệ có lý do trước khi {step}.', {
                step: q.step ?? '',
              })}
            />
          )}
        </List.Item>
      )}
    />
  );
}
