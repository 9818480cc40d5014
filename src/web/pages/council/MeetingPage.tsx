import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Input,
  List,
  Modal,
  Row,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type AgendaItem, councilApi, type MeetingView } from '../../../contract/council';
import { formatDateVi } from '../../../core/text';
import { type ApiError, api } from '../../api/client';
import { useCan } from '../../auth/use-can';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useData } from '../../components/use-data';
import { useI18n } from '../../i18n/i18n';
import '../../i18n/en-council-written';
import { FileWordOutlined } from '@ant-design/icons';
import { documentsApi } from '../../../contract/documents';
import { DownloadButton } from '../documents/DownloadButton';
import { AgendaVerdictView } from '../law/AgendaVerdictView';
import { BallotPanel } from './BallotPanel';

const OUTCOME: Record<string, { vi: string; color: string }> = {
  RECOMMEND: { vi: 'Hội đồng đề nghị', color: 'green' },
  REJECT: { vi: 'Không đề nghị', color: 'red' },
  DEFER: { vi: 'Hoãn, trả lại bổ sung', color: 'orange' },
};

/** How often the page asks whether the meeting changed (a single cheap query on the server). */
const POLL_MS = 3000;

/** The meeting room: attendance and quorum, the agenda with a live tracker, conflicts, ballots, outcomes. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const may = useCan();
  const { t } = useI18n();
  const { message } = App.useApp();
  const params = { id };
  const { data: m, error, setData } = useData(() => api.call(councilApi.getMeeting, { params }), [id]);
  const [actError, setActError] = useState<ApiError | null>(null);
  const [outcomeFor, setOutcomeFor] = useState<{ item: AgendaItem; outcome: 'REJECT' | 'DEFER' } | null>(
    null,
  );
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const [notes, setNotes] = useState<Record<string, string>>({});
  /** Take a meeting view (an action's answer, or a fetch) unless the page already shows a newer one. */
  const show = useCallback(
    (view: MeetingView) =>
      setData((shown) => (shown && Number(shown.version) > Number(view.version) ? shown : view)),
    [setData],
  );
  const version = useRef<string | undefined>(undefined);
  version.current = m?.version;
  // Live tracker: everyone's screen follows the proposal under discussion. The page asks for the meeting's
  // version and fetches the meeting again only when it changed.
  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const now = await api.call(councilApi.meetingVersion, { params: { id } });
        if (stopped || now.version === version.current) return;
        const view = await api.call(councilApi.getMeeting, { params: { id } });
        if (!stopped) show(view);
      } catch {
        // Offline for a moment: asked again at the next tick.
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id, show]);

  /** A meeting action: the page takes the meeting view it answers. */
  const act = async (f: () => Promise<MeetingView>, ok?: string) => {
    setActError(null);
    try {
      show(await f());
      if (ok) message.success(ok);
    } catch (e) {
      setActError(e as ApiError);
    }
  };
  const canRun = may('meeting.run');
  if (!m) return error ? <ApiErrorAlert error={error} /> : <Spin />;
  const open = m.status === 'OPEN';
  const presentCount = m.members.filter((x) => x.present).length;
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {m.title}{' '}
          <Tag color={open ? 'green' : undefined}>
            {t(open ? 'Đang họp' : m.status === 'CLOSED' ? 'Đã họp' : 'Chưa họp')}
          </Tag>
        </Typography.Title>
        <Space>
          {m.status === 'PLANNED' && canRun && (
            <Button
              type="primary"
              onClick={() =>
                act(() => api.call(councilApi.openMeeting, { params }), t('Đã khai mạc cuộc họp.'))
              }
            >
              {t('Khai mạc')}
            </Button>
          )}
          {open && canRun && (
            <Button
              onClick={() =>
                act(() => api.call(councilApi.closeMeeting, { params, body: {} }), t('Đã bế mạc cuộc họp.'))
              }
            >
              {t('Bế mạc')}
            </Button>
          )}
          <Link to={`/hoi-dong/${m.id}/bien-ban`}>
            <Button>{t('Biên bản')}</Button>
          </Link>
          {m.status === 'CLOSED' && (
            <DownloadButton
              endpoint={documentsApi.meetingMinutes}
              input={{ params: { id: m.id } }}
              icon={<FileWordOutlined />}
            >
              {t('Biên bản (Word)')}
            </DownloadButton>
          )}
          {m.status === 'CLOSED' && m.agenda.some((i) => i.outcome === 'RECOMMEND') && (
            <DownloadButton
              endpoint={documentsApi.meetingMemo}
              input={{ params: { id: m.id } }}
              icon={<FileWordOutlined />}
            >
              {t('Tờ trình (Word)')}
            </DownloadButton>
          )}
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">
        {formatDateVi(m.meetingDate)} — {m.place}
      </Typography.Paragraph>
      <ApiErrorAlert error={actError} />
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('Điểm danh ({p}/{n})', { p: presentCount, n: m.members.length })}>
            <Typography.Paragraph type={m.quorum.ok ? 'success' : 'danger'} data-testid="quorum">
              {m.quorum.message}
            </Typography.Paragraph>
            <List
              size="small"
              dataSource={m.members}
              renderItem={(x) => (
                <List.Item>
                  <div style={{ width: '100%' }}>
                    <Checkbox
                      checked={x.present === true}
                      disabled={!may('meeting.attendance') || m.status === 'CLOSED'}
                      aria-label={x.name}
                      onChange={(e) =>
                        act(() =>
                          api.call(councilApi.setAttendance, {
                            params,
                            body: { memberId: x.id, present: e.target.checked },
                          }),
                        )
                      }
                    >
                      {x.name}
                    </Checkbox>
                    <div style={{ fontSize: 12, color: '#888' }}>
                      {t(x.roleLabel)}
                      {x.writtenOpinion ? ` — ${t('ý kiến bằng văn bản')}: ${x.writtenOpinion}` : ''}
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          {m.agenda.map((it) => (
            <Card
              key={it.proposalId}
              size="small"
              data-testid={`agenda-${it.position}`}
              style={{
                marginBottom: 12,
                borderColor: m.currentProposalId === it.proposalId ? '#b71c1c' : undefined,
                borderWidth: m.currentProposalId === it.proposalId ? 2 : 1,
              }}
              title={
                <>
                  {it.position}. {it.subjectName} — {it.unitName}{' '}
                  {m.currentProposalId === it.proposalId && <Tag color="red">{t('Đang thảo luận')}</Tag>}{' '}
                  {it.outcome && (
                    <Tag color={OUTCOME[it.outcome]?.color}>{t(OUTCOME[it.outcome]?.vi ?? it.outcome)}</Tag>
                  )}
                </>
              }
              extra={
                open &&
                canRun &&
                m.currentProposalId !== it.proposalId && (
                  <Button
                    size="small"
                    onClick={() =>
                      act(() =>
                        api.call(councilApi.setCurrentItem, { params, body: { proposalId: it.proposalId } }),
                      )
                    }
                  >
                    {t('Thảo luận')}
                  </Button>
                )
              }
            >
              <div>
                <b>{it.awardName}</b>
              </div>
              {it.achievement === null ? (
                <Typography.Text type="warning">
                  {t(
                    'Bạn có xung đột lợi ích với đề nghị này: chỉ xem phần công khai và không tham gia thảo luận, bỏ phiếu.',
                  )}
                </Typography.Text>
              ) : (
                <>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{it.achievement}</div>
                  <div style={{ fontSize: 12, color: '#555', marginTop: 4 }}>
                    {t('Xếp loại các năm')}:{' '}
                    {it.ratings.map((r) => `${r.year}: ${r.rating}`).join('; ') || '—'}
                    <br />
                    {t('Khen thưởng đã nhận')}:{' '}
                    {it.history
                      .map(
                        (h) =>
                          `${h.awardName} (${h.year}, ${h.decision}${h.viaPredecessor ? `, ${t('khi là')} ${h.viaPredecessor}` : ''}${h.revoked ? `, ${t('đã thu hồi')}` : ''})`,
                      )
                      .join('; ') || t('chưa có')}
                  </div>
                  {it.verdict && <AgendaVerdictView v={it.verdict} />}
                </>
              )}
              <div style={{ marginTop: 6 }}>
                {it.conflicts.map((c) => (
                  <Tag key={c.memberId} color="orange">
                    {c.name}: {c.reason}
                  </Tag>
                ))}
                {m.status !== 'CLOSED' &&
                  !it.ballot &&
                  // The officer records a suggested conflict for any member; a member confirms their own.
                  it.suggestedConflicts
                    .filter((c) => may('conflict.declareForMember') || c.memberId === m.myMemberId)
                    .map((c) => (
                      <Tag
                        key={c.memberId}
                        style={{ cursor: 'pointer' }}
                        onClick={() =>
                          act(() =>
                            api.call(councilApi.declareConflict, {
                              params,
                              body: { proposalId: it.proposalId, memberId: c.memberId, reason: c.reason },
                            }),
                          )
                        }
                      >
                        {t('Gợi ý xung đột')}: {c.name} — {c.reason} (+)
                      </Tag>
                    ))}
                {m.myMemberId && !it.iAmConflicted && !it.ballot && m.status !== 'CLOSED' && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() =>
                      act(() =>
                        api.call(councilApi.declareConflict, {
                          params,
                          body: {
                            proposalId: it.proposalId,
                            memberId: m.myMemberId ?? '',
                            reason: t('Tự khai báo có liên quan'),
                          },
                        }),
                      )
                    }
                  >
                    {t('Tôi có xung đột lợi ích')}
                  </Button>
                )}
              </div>
              <BallotPanel
                meetingId={m.id}
                version={m.version}
                myMemberId={m.myMemberId}
                item={it}
                members={m.members}
                meetingOpen={open}
                onChange={show}
              />
              {open && canRun && !it.outcome && (
                <Input.TextArea
                  rows={2}
                  style={{ marginTop: 8 }}
                  placeholder={t('Ý kiến thảo luận (ghi vào biên bản)')}
                  aria-label={t('Ý kiến thảo luận')}
                  value={notes[it.proposalId] ?? ''}
                  onChange={(e) => setNotes({ ...notes, [it.proposalId]: e.target.value })}
                />
              )}
              {open && canRun && !it.outcome && (
                <Space style={{ marginTop: 8 }}>
                  <Button
                    type="primary"
                    size="small"
                    onClick={() =>
                      act(
                        () =>
                          api.call(councilApi.recordOutcome, {
                            params: { id: m.id, proposalId: it.proposalId },
                            body: { outcome: 'RECOMMEND', discussion: notes[it.proposalId] || undefined },
                          }),
                        t('Đã ghi kết luận.'),
                      )
                    }
                  >
                    {t('Đề nghị khen thưởng')}
                  </Button>
                  <Button size="small" onClick={() => setOutcomeFor({ item: it, outcome: 'DEFER' })}>
                    {t('Hoãn, yêu cầu bổ sung')}
                  </Button>
                  <Button size="small" danger onClick={() => setOutcomeFor({ item: it, outcome: 'REJECT' })}>
                    {t('Không đề nghị')}
                  </Button>
                </Space>
              )}
              {it.outcomeReason && (
                <div style={{ marginTop: 4 }}>
                  <i>{it.outcomeReason}</i>
                </div>
              )}
            </Card>
          ))}
        </Col>
      </Row>
      <Modal
        open={outcomeFor !== null}
        title={
          outcomeFor?.outcome === 'DEFER'
            ? t('Hoãn xét, trả lại đơn vị bổ sung')
            : t('Không đề nghị khen thưởng')
        }
        okText={t('Xác nhận')}
        onCancel={() => setOutcomeFor(null)}
        onOk={() =>
          outcomeFor &&
          act(
            () =>
              api.call(councilApi.recordOutcome, {
                params: { id: m.id, proposalId: outcomeFor.item.proposalId },
                body: {
                  outcome: outcomeFor.outcome,
                  reason,
                  missing,
                  discussion: notes[outcomeFor.item.proposalId] || undefined,
                },
              }),
            t('Đã ghi kết luận.'),
          ).then(() => setOutcomeFor(null))
        }
      >
        <Input.TextArea
          rows={3}
          placeholder={t('Lý do')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-label={t('Lý do')}
        />
        {outcomeFor?.outcome === 'DEFER' && (
          <Select
            mode="tags"
            style={{ width: '100%', marginTop: 8 }}
            placeholder={t('Nội dung cần bổ sung')}
            value={missing}
            onChange={setMissing}
            open={false}
          />
        )}
      </Modal>
    </div>
  );
}
