import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  List,
  Space,
  Spin,
  Steps,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import {
  type Failure,
  lawApi,
  type ProposalVerdict,
  type Verdict,
  type Warning,
} from '../../../contract/law';
import {
  type AchievementBasis,
  awardShortName,
  getAward,
  proposalBasisRef,
  type SubjectKind,
} from '../../../core/law';
import { formatDateVi, formatMoneyVnd } from '../../../core/text';
import { api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-law';
import { useErrorText } from '../../api/error-text';
import { ProposalQuotas } from './ProposalQuotas';

interface Props {
  awardCode?: string | undefined;
  subjectKind?: SubjectKind | undefined;
  personId?: string | undefined;
  subjectUnitId?: string | undefined;
  householdId?: string | undefined;
  year?: number | undefined;
  movementId?: string | undefined;
  /** On a stored proposal: its verdict, overrides of soft rules and the override form. */
  proposalId?: string;
  /** In the form: what the award is for, and the proposal being edited (not another claim on it). */
  achievementBasis?: AchievementBasis | undefined;
  achievementRef?: string | null | undefined;
  editedProposalId?: string | undefined;
}

const STATUS: Record<Verdict['status'], { color: string; vi: string }> = {
  ELIGIBLE: { color: 'green', vi: 'Đủ điều kiện' },
  NOT_ELIGIBLE: { color: 'red', vi: 'Chưa đủ điều kiện' },
  BLOCKED_PENDING: { color: 'orange', vi: 'Tạm chưa xét (đang có vụ việc xem xét)' },
};

/** The law's verdict on the chosen award, live as the form is filled: every reason with its article. */
export function LawVerdictPanel(props: Props) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [state, setState] = useState<{
    verdict?: Verdict;
    pv?: ProposalVerdict;
    error?: unknown;
    loading: boolean;
  }>({ loading: false });
  const [quotaNeeds, setQuotaNeeds] = useState(false);
  const onQuotaNeeds = useCallback((n: boolean) => setQuotaNeeds(n), []);
  const {
    awardCode,
    subjectKind = 'INDIVIDUAL',
    personId,
    subjectUnitId,
    householdId,
    year,
    proposalId,
    movementId,
    achievementBasis,
    achievementRef,
    editedProposalId,
  } = props;
  const subjectId =
    subjectKind === 'INDIVIDUAL' ? personId : subjectKind === 'COLLECTIVE' ? subjectUnitId : householdId;

  useEffect(() => {
    let live = true;
    const run = async () => {
      if (proposalId) {
        setState((s) => ({ ...s, loading: true }));
        const pv = await api.call(lawApi.proposalVerdict, { params: { id: proposalId } });
        if (live) setState({ pv, verdict: pv.verdict ?? undefined, loading: false });
        return;
      }
      if (!awardCode || !subjectId || !year) {
        setState({ loading: false });
        return;
      }
      setState((s) => ({ ...s, loading: true }));
      const verdict = await api.call(lawApi.evaluate, {
        body: {
          awardCode,
          subjectKind,
          personId,
          subjectUnitId,
          householdId,
          year,
          achievementBasis,
          achievementRef: achievementBasis
            ? proposalBasisRef(achievementBasis, achievementRef, movementId)
            : undefined,
          proposalId: editedProposalId,
        },
      });
      if (live) setState({ verdict, loading: false });
    };
    const timer = setTimeout(
      () => {
        run().catch((e: unknown) => live && setState({ loading: false, error: e }));
      },
      proposalId ? 0 : 300,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [
    awardCode,
    subjectKind,
    personId,
    subjectUnitId,
    householdId,
    subjectId,
    year,
    proposalId,
    movementId,
    achievementBasis,
    achievementRef,
    editedProposalId,
  ]);

  const award = awardCode
    ? getAward(awardCode)
    : state.verdict
      ? getAward(state.verdict.awardCode)
      : undefined;
  if (!award && !state.verdict) return null;
  const v = state.verdict;
  return (
    <Card
      size="small"
      title={t('Căn cứ pháp lý')}
      data-testid="law-panel"
      extra={state.loading && <Spin size="small" />}
    >
      {state.error !== undefined && (
        <Alert type="warning" showIcon message={errorText(state.error)} style={{ marginBottom: 8 }} />
      )}
      {award && !v && (
        <Typography.Paragraph type="secondary">
          {award.kind === 'DANH_HIEU' ? t('Danh hiệu thi đua') : t('Hình thức khen thưởng')}: {award.name}.{' '}
          {t('Chọn đối tượng và năm để kiểm tra điều kiện.')}
        </Typography.Paragraph>
      )}
      {v && <VerdictView v={v} />}
      {proposalId && (
        <ProposalQuotas
          proposalId={proposalId}
          // an exception recorded changes the quota's standing
          reloadKey={state.pv?.overrides.length ?? 0}
          onNeedsException={onQuotaNeeds}
        />
      )}
      {state.pv && (
        <Overrides
          pv={state.pv}
          quotaNeeds={quotaNeeds}
          proposalId={proposalId as string}
          // the answer of the override is the proposal's new verdict
          onChange={(pv) => setState({ pv, verdict: pv.verdict ?? undefined, loading: false })}
        />
      )}
    </Card>
  );
}

function Reason({ f, soft }: { f: Failure | Warning; soft?: boolean | undefined }) {
  const { t } = useI18n();
  return (
    <List.Item style={{ display: 'block' }}>
      {'hard' in f &&
        (f.hard ? <Tag color="red">{t('Bắt buộc')}</Tag> : <Tag color="gold">{t('Xem xét')}</Tag>)}
      {soft === undefined && !('hard' in f) && <Tag>{t('Lưu ý')}</Tag>}
      {f.message}
      <div>
        <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
          {f.article}
        </Typography.Text>
      </div>
    </List.Item>
  );
}

function VerdictView({ v }: { v: Verdict }) {
  const { t } = useI18n();
  const s = STATUS[v.status];
  return (
    <>
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color={s.color} data-testid="law-status">
          {t(s.vi)}
        </Tag>
        <Tag>{v.awardKind === 'DANH_HIEU' ? t('Danh hiệu thi đua') : t('Hình thức khen thưởng')}</Tag>
        <span>
          {v.awardName} — {t('năm')} {v.year}
        </span>
      </Space>
      {v.failures.length > 0 && (
        <List
          size="small"
          header={<b>{t('Điều kiện chưa đạt')}</b>}
          dataSource={v.failures}
          renderItem={(f) => <Reason f={f} />}
          data-testid="law-failures"
        />
      )}
      {v.warnings.length > 0 && (
        <List
          size="small"
          header={<b>{t('Lưu ý')}</b>}
          dataSource={v.warnings}
          renderItem={(w) => <Reason f={w} />}
        />
      )}
      {/* Labels above values: the panel is narrow, and each value carries its article on a line of its own. */}
      <Descriptions column={1} size="small" layout="vertical" style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('Thẩm quyền quyết định')}>
          {v.decider ? (
            <div data-testid="law-decider">
              {v.decider.title}
              <div>
                <i style={{ fontSize: 12 }}>{v.decider.article}</i>
              </div>
            </div>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('Tuyến trình')}>
          <Steps
            size="small"
            direction="vertical"
            current={v.route.length - 1}
            items={v.route.map((r) => ({ title: r.body }))}
          />
        </Descriptions.Item>
        <Descriptions.Item label={t('Tiền thưởng')}>
          <div>
            <b>
              {v.rewardMoney.coefficient !== null
                ? `${v.rewardMoney.coefficient.toLocaleString('vi-VN')} × ${formatMoneyVnd(v.rewardMoney.baseSalary)} = ${formatMoneyVnd(v.rewardMoney.amount)}`
                : t('Không có tiền thưởng')}
            </b>
            <div>
              <i style={{ fontSize: 12 }}>
                {v.rewardMoney.article}; {t('lương cơ sở theo')} {v.rewardMoney.baseSalarySource} (
                {t('ngày quyết định')} {formatDateVi(v.decisionDate)})
              </i>
            </div>
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={t('Hồ sơ cần có')}>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {v.dossier.map((d) => (
              <li key={d.name}>{d.name}</li>
            ))}
          </ul>
        </Descriptions.Item>
        <Descriptions.Item label={t('Bộ quy tắc áp dụng')}>
          <span style={{ fontSize: 12 }}>
            {v.ruleSet.criteria}; {v.ruleSet.authority}
          </span>
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}

/** An exception's codes in words: a quota's code names the title, a rule's code stays as the engine's. */
const overrideLabel = (code: string, t: (vi: string) => string) =>
  code.startsWith('QUOTA_')
    ? `${t('Vượt tỷ lệ khống chế')} ${awardShortName(code.slice('QUOTA_'.length))}`
    : code;

function Overrides({
  pv,
  quotaNeeds,
  proposalId,
  onChange,
}: {
  pv: ProposalVerdict;
  quotaNeeds: boolean;
  proposalId: string;
  onChange: (pv: ProposalVerdict) => void;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const may = useCan()('law.override');
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await api.call(lawApi.overrideLaw, { params: { id: proposalId }, body: { reason } });
      message.success(t('Đã ghi nhận ngoại lệ có lý do.'));
      setReason('');
      onChange(next);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ marginTop: 8 }} data-testid="law-overrides">
      {pv.overrides.map((o) => (
        <Alert
          key={o.id}
          type="info"
          showIcon
          style={{ marginBottom: 6 }}
          message={`${t('Ngoại lệ đã ghi nhận')} (${o.codes.map((c) => overrideLabel(c, t)).join(', ')}) — ${o.userName}, ${formatDateVi(o.at.slice(0, 10))}`}
          description={o.reason}
        />
      ))}
      {pv.hard.length > 0 && (
        <Alert
          type="error"
          showIcon
          message={t('Có điều kiện bắt buộc chưa đạt: không thể trình, không thể ghi nhận ngoại lệ.')}
        />
      )}
      {pv.hard.length === 0 && (pv.openSoft.length > 0 || quotaNeeds) && may && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {t('Các điều kiện "Xem xét" có thể được ghi nhận ngoại lệ khi nêu rõ lý do (lưu vết kiểm tra):')}
          </Typography.Text>
          <Input.TextArea
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('Lý do, căn cứ ngoại lệ (ít nhất 20 ký tự)')}
          />
          {error && <Alert type="error" showIcon message={error} />}
          <Button onClick={save} loading={busy} disabled={reason.trim().length < 20}>
            {t('Ghi nhận ngoại lệ')}
          </Button>
        </Space>
      )}
    </div>
  );
}
