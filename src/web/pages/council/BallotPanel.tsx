import { Alert, Button, Descriptions, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import {
  type AgendaItem,
  type BallotAction,
  councilApi,
  type MeetingMember,
  type MeetingView,
} from '../../../contract/council';
import { b64ToBig, blind, newToken, unblind } from '../../../core/ballot';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { useData } from '../../components/use-data';
import '../../i18n/en-council-ballot';
import '../../i18n/en-council-written';
import { useErrorText } from '../../api/error-text';
import { useI18n } from '../../i18n/i18n';
import { cookielessApi } from './cookieless-api';

/** Receipts stay on the member's device only, per ballot and member (a shared computer serves several members). */
const receiptKey = (ballotId: string, memberId: string | null) =>
  `thidua-receipt-${ballotId}-${memberId ?? 'x'}`;

/**
 * One proposal's secret ballot. A member votes from this page: the browser makes a random token,
 * blinds it, gets it signed (logged in), then casts the vote WITHOUT the session cookie, so the server
 * cannot tell who cast it. The receipt is kept only in this browser to check it was counted. While the
 * ballot is open only the number of members who received a ballot is shown (the votes are sealed until the
 * close); after the close, the count, the result, and whether this member's receipt is among those counted.
 */
export function BallotPanel(props: {
  meetingId: string;
  /** The meeting's version: the ballot's counts are read again when the meeting changed. */
  version: string;
  myMemberId: string | null;
  item: AgendaItem;
  members: MeetingMember[];
  meetingOpen: boolean;
  /** The meeting view a ballot action answered. */
  onChange: (m: MeetingView) => void;
}) {
  const { meetingId, version, myMemberId, item, members, meetingOpen, onChange } = props;
  const { t } = useI18n();
  const errorText = useErrorText();
  const may = useCan();
  const ballotId = item.ballot?.id;
  const ballot = useData(
    () =>
      ballotId ? api.call(councilApi.publicBallot, { params: { id: ballotId } }) : Promise.resolve(null),
    [ballotId, item.ballot?.status, version],
  );
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<string | null>(null);
  useEffect(() => {
    setReceipt(ballotId ? localStorage.getItem(receiptKey(ballotId, myMemberId)) : null);
  }, [ballotId, myMemberId]);

  const attempt = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  /** A teller's or the chair's action: the answer is the ballot and the meeting it changed. */
  const run = (f: () => Promise<BallotAction>) =>
    attempt(async () => {
      const answer = await f();
      ballot.setData(answer);
      onChange(answer.meeting);
    });

  const vote = (choice: 'DONG_Y' | 'KHONG_DONG_Y') =>
    attempt(async () => {
      const b = ballot.data;
      if (!b) return;
      const pub = { n: b64ToBig(b.publicKey.n), e: b64ToBig(b.publicKey.e) };
      const token = newToken();
      const { blinded, unblinder } = await blind(pub, token);
      const params = { id: b.id };
      const { blindSignature } = await api.call(councilApi.issueToken, { params, body: { blinded } });
      const signature = await unblind(pub, token, blindSignature, unblinder);
      // No cookie on this request: the vote reaches the server without the voter's session.
      const r = await cookielessApi.call(councilApi.castVote, { params, body: { token, signature, choice } });
      localStorage.setItem(receiptKey(b.id, myMemberId), r.receipt);
      setReceipt(r.receipt);
      await ballot.reload();
    });

  if (!item.voteRule.secretBallot) return null;
  const b = ballot.data;
  const closed = b?.status === 'CLOSED';
  const counted = receipt && b?.receipts?.includes(receipt);
  return (
    <div
      data-testid={`ballot-${item.proposalId}`}
      style={{ marginTop: 8, padding: 8, background: '#fafafa', borderRadius: 6 }}
    >
      <b>{t('Bỏ phiếu kín')}</b> — {t('cần')} {item.voteRule.strict ? t('trên') : t('ít nhất')}{' '}
      {Math.round(item.voteRule.threshold * 100)}%{' '}
      {item.voteRule.denominator === 'ALL_MEMBERS' ? t('tổng số thành viên') : t('số thành viên dự họp')}
      <div style={{ fontSize: 12, color: '#888' }}>{item.voteRule.article}</div>
      {error && <Alert type="error" showIcon message={errorText(error)} style={{ margin: '8px 0' }} />}
      {!item.ballot && may('ballot.run') && meetingOpen && (
        <Button
          size="small"
          loading={busy}
          onClick={() =>
            run(() =>
              api.call(councilApi.openBallot, {
                params: { id: meetingId },
                body: { proposalId: item.proposalId },
              }),
            )
          }
        >
          {t('Mở bỏ phiếu')}
        </Button>
      )}
      {b && (
        <>
          <Descriptions size="small" column={3} style={{ marginTop: 8 }}>
            <Descriptions.Item label={t('Trạng thái')}>
              {b.status === 'OPEN' ? (
                <Tag color="green">{t('Đang bỏ phiếu')}</Tag>
              ) : (
                <Tag>{t('Đã kết thúc')}</Tag>
              )}
            </Descriptions.Item>
            {closed ? (
              <Descriptions.Item label={t('Phiếu đã bỏ')}>{b.votesCast}</Descriptions.Item>
            ) : (
              <Descriptions.Item label={t('Ký nhận phiếu')}>
                <span data-testid="ballots-issued">
                  {t('{n} thành viên đã nhận phiếu', { n: b.ballotsIssued })}
                </span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('Phiếu giấy đã phát')}>{b.paperVoters}</Descriptions.Item>
            {item.voteRule.allowWrittenOpinions && (
              <Descriptions.Item label={t('Phiếu lấy ý kiến bằng văn bản')}>
                {b.writtenVotes}
              </Descriptions.Item>
            )}
          </Descriptions>
          {b.status === 'OPEN' && myMemberId && !item.iAmConflicted && !receipt && (
            <Space>
              <Button type="primary" loading={busy} onClick={() => vote('DONG_Y')}>
                {t('Đồng ý')}
              </Button>
              <Button danger loading={busy} onClick={() => vote('KHONG_DONG_Y')}>
                {t('Không đồng ý')}
              </Button>
            </Space>
          )}
          {b.status === 'OPEN' && (
            <div style={{ fontSize: 12, color: '#888', marginTop: 4 }}>
              {t('Phiếu được niêm phong: số phiếu và kết quả chỉ công bố sau khi kết thúc bỏ phiếu.')}
            </div>
          )}
          {receipt && (
            <Alert
              type={!closed ? 'info' : counted ? 'success' : 'error'}
              showIcon
              style={{ marginTop: 8 }}
              message={
                !closed
                  ? t(
                      'Máy chủ đã nhận phiếu của bạn (mã biên nhận {r}…). Sau khi kiểm phiếu, bạn kiểm tra mã này trong danh sách phiếu đã đếm.',
                      { r: receipt.slice(0, 10) },
                    )
                  : counted
                    ? t('Phiếu của bạn đã được đếm (mã biên nhận {r}…).', { r: receipt.slice(0, 10) })
                    : t(
                        'Không thấy mã biên nhận {r}… trong danh sách phiếu đã đếm — báo ngay cho Ban kiểm phiếu.',
                        { r: receipt.slice(0, 10) },
                      )
              }
            />
          )}
          {item.iAmConflicted && (
            <Alert
              type="warning"
              showIcon
              message={t('Bạn đã khai báo xung đột lợi ích, không tham gia bỏ phiếu đề nghị này.')}
              style={{ marginTop: 8 }}
            />
          )}
          {may('ballot.tally') && b.status === 'OPEN' && (
            <PaperControls ballotId={b.id} members={members} run={run} busy={busy} />
          )}
          {may('ballot.tally') &&
            b.status === 'OPEN' &&
            item.voteRule.allowWrittenOpinions &&
            members.some((m) => m.present === false && m.writtenOpinion) && (
              <WrittenControls
                ballotId={b.id}
                members={members.filter((m) => m.present === false && m.writtenOpinion)}
                run={run}
                busy={busy}
              />
            )}
          {may('ballot.run') && b.status === 'OPEN' && (
            <Button
              style={{ marginTop: 8 }}
              loading={busy}
              onClick={() => run(() => api.call(councilApi.closeBallot, { params: { id: b.id } }))}
            >
              {t('Kết thúc bỏ phiếu và kiểm phiếu')}
            </Button>
          )}
          {b.result && (
            <Alert
              style={{ marginTop: 8 }}
              type={b.result.passed ? 'success' : 'error'}
              showIcon
              data-testid="ballot-result"
              message={t('Kết quả: {a}/{d} đồng ý ({p}%) — {r}', {
                a: b.result.agree,
                d: b.result.denominator,
                p: Math.round(b.result.share * 1000) / 10,
                r: b.result.passed ? t('đạt') : t('không đạt'),
              })}
            />
          )}
        </>
      )}
    </div>
  );
}

/**
 * The tellers enter paper ballots one by one: while a step is saving its buttons are disabled (not only
 * spinning), so a click meant for the next ballot cannot be silently dropped and the count come out short.
 */
interface ControlProps {
  ballotId: string;
  members: MeetingMember[];
  run: (f: () => Promise<BallotAction>) => Promise<void>;
  busy: boolean;
}

function PaperControls({ ballotId, members, run, busy }: ControlProps) {
  const params = { id: ballotId };
  const { t } = useI18n();
  const [memberId, setMemberId] = useState<string>('');
  return (
    <div style={{ marginTop: 8 }}>
      <Space wrap>
        <span>{t('Ban kiểm phiếu — phiếu giấy:')}</span>
        <select
          aria-label={t('Thành viên nhận phiếu giấy')}
          value={memberId}
          onChange={(e) => setMemberId(e.target.value)}
        >
          <option value="">{t('— chọn thành viên —')}</option>
          {members
            .filter((m) => m.present)
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
        </select>
        <Button
          size="small"
          disabled={!memberId || busy}
          loading={busy}
          onClick={() => run(() => api.call(councilApi.markPaperVoter, { params, body: { memberId } }))}
        >
          {t('Phát phiếu giấy')}
        </Button>
        <Button
          size="small"
          disabled={busy}
          loading={busy}
          onClick={() =>
            run(() => api.call(councilApi.enterPaperVote, { params, body: { choice: 'DONG_Y' } }))
          }
        >
          {t('Nhập phiếu: đồng ý')}
        </Button>
        <Button
          size="small"
          disabled={busy}
          loading={busy}
          onClick={() =>
            run(() => api.call(councilApi.enterPaperVote, { params, body: { choice: 'KHONG_DONG_Y' } }))
          }
        >
          {t('Nhập phiếu: không đồng ý')}
        </Button>
      </Space>
    </div>
  );
}

/** Tellers enter an absent member's written opinion (phiếu lấy ý kiến bằng văn bản) where the vote rule counts it. */
function WrittenControls({ ballotId, members, run, busy }: ControlProps) {
  const { t } = useI18n();
  const [memberId, setMemberId] = useState<string>('');
  const enter = (choice: 'DONG_Y' | 'KHONG_DONG_Y') =>
    run(() =>
      api.call(councilApi.enterWrittenVote, { params: { id: ballotId }, body: { memberId, choice } }),
    );
  return (
    <div style={{ marginTop: 8 }}>
      <Space wrap>
        <span>{t('Phiếu lấy ý kiến bằng văn bản (thành viên vắng mặt):')}</span>
        <select
          aria-label={t('Thành viên vắng mặt có ý kiến bằng văn bản')}
          value={memberId}
          onChange={(e) => setMemberId(e.target.value)}
        >
          <option value="">{t('— chọn thành viên —')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} — {m.writtenOpinion}
            </option>
          ))}
        </select>
        <Button size="small" disabled={!memberId} loading={busy} onClick={() => enter('DONG_Y')}>
          {t('Nhập ý kiến: đồng ý')}
        </Button>
        <Button size="small" disabled={!memberId} loading={busy} onClick={() => enter('KHONG_DONG_Y')}>
          {t('Nhập ý kiến: không đồng ý')}
        </Button>
      </Space>
    </div>
  );
}
