/** The meeting in session: opening on quorum, the item under discussion, conflicts of interest, outcomes, closing. */
import type { ConflictDeclaration, MeetingView, Outcome } from '../../contract/council';
import { can } from '../../core/auth/policy';
import { checkQuorum, voteRuleFor } from '../../core/ballot';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { AppError, notFound } from '../http/errors';
import { meetingView } from './meetings';
import { councilOn } from './members';

async function openMeeting(db: Db, u: AuthUser, meetingId: string) {
  const m = await db
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', meetingId)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!m) throw notFound('cuộc họp');
  return m;
}

/** Open the meeting: refused without quorum (2/3 of all members present by default). */
export async function startMeeting(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  meetingId: string,
): Promise<MeetingView> {
  const m = await openMeeting(db, u, meetingId);
  if (m.status !== 'PLANNED')
    throw new AppError('ILLEGAL_TRANSITION', 'Cuộc họp đã bắt đầu hoặc đã kết thúc.');
  const members = await councilOn(db, u.tenantId, m.meeting_date);
  const present = await db
    .selectFrom('meeting_attendance')
    .select('member_id')
    .where('meeting_id', '=', meetingId)
    .where('present', '=', 1)
    .execute();
  const q = checkQuorum(members.length, present.length);
  if (!q.ok) throw new AppError('NO_QUORUM', q.message);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('meetings').set({ status: 'OPEN' }).where('id', '=', meetingId).execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'meeting',
      entityId: meetingId,
      action: 'open',
      summary: `Khai mạc cuộc họp: ${q.message}`,
    });
  });
  return meetingView(db, clock, u, meetingId);
}

export async function setCurrent(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  meetingId: string,
  proposalId: string | null,
): Promise<MeetingView> {
  const m = await openMeeting(db, u, meetingId);
  if (m.status !== 'OPEN') throw new AppError('MEETING_NOT_OPEN', 'Cuộc họp chưa khai mạc hoặc đã kết thúc.');
  if (proposalId) {
    const it = await db
      .selectFrom('meeting_items')
      .select('proposal_id')
      .where('meeting_id', '=', meetingId)
      .where('proposal_id', '=', proposalId)
      .executeTakeFirst();
    if (!it) throw new AppError('NOT_ON_AGENDA', 'Đề nghị không có trong chương trình họp.');
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('meetings')
      .set({ current_proposal_id: proposalId })
      .where('id', '=', meetingId)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'meeting',
      entityId: meetingId,
      action: 'current',
      summary: proposalId ? 'Chuyển sang thảo luận đề nghị tiếp theo' : 'Dừng thảo luận',
      data: { proposalId },
    });
  });
  return meetingView(db, clock, u, meetingId);
}

export async function declareConflict(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  meetingId: string,
  b: ConflictDeclaration,
): Promise<MeetingView> {
  const m = await openMeeting(db, u, meetingId);
  if (m.status === 'CLOSED') throw new AppError('MEETING_CLOSED', 'Cuộc họp đã kết thúc.');
  const members = await councilOn(db, u.tenantId, m.meeting_date);
  const self = members.find((x) => x.userId === u.id);
  if (!can(u, 'conflict.declareForMember') && self?.id !== b.memberId) {
    throw new AppError('FORBIDDEN', 'Thành viên chỉ tự khai báo xung đột lợi ích của mình.');
  }
  if (!members.some((x) => x.id === b.memberId))
    throw new AppError('UNKNOWN_MEMBER', 'Không phải thành viên Hội đồng vào ngày họp.');
  const item = await db
    .selectFrom('meeting_items')
    .select('proposal_id')
    .where('meeting_id', '=', meetingId)
    .where('proposal_id', '=', b.proposalId)
    .executeTakeFirst();
  if (!item) throw new AppError('NOT_ON_AGENDA', 'Đề nghị không có trong chương trình họp.');
  const ballot = await db
    .selectFrom('ballots')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('proposal_id', '=', b.proposalId)
    .executeTakeFirst();
  if (ballot)
    throw new AppError('BALLOT_STARTED', 'Đã mở bỏ phiếu cho đề nghị này; không thể khai báo thêm.');
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('meeting_conflicts')
      .values({ meeting_id: meetingId, proposal_id: b.proposalId, member_id: b.memberId, reason: b.reason })
      .onConflict((oc) => oc.columns(['meeting_id', 'proposal_id', 'member_id']).doNothing())
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'proposal',
      entityId: b.proposalId,
      action: 'conflict',
      summary: `Thành viên Hội đồng khai báo xung đột lợi ích, không tham gia thảo luận và bỏ phiếu: ${b.reason}`,
    });
  });
  return meetingView(db, clock, u, meetingId);
}

/** Record the council's outcome for a proposal: recommend, reject (with reason), or defer (back to the unit). */
export async function recordOutcome(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  meetingId: string,
  proposalId: string,
  b: Outcome,
): Promise<MeetingView> {
  const m = await openMeeting(db, u, meetingId);
  if (m.status !== 'OPEN')
    throw new AppError('MEETING_NOT_OPEN', 'Chỉ ghi kết luận khi cuộc họp đang diễn ra.');
  if (b.outcome !== 'RECOMMEND' && !b.reason?.trim())
    throw new AppError('REASON_REQUIRED', 'Cần ghi rõ lý do.');
  if (b.outcome === 'DEFER' && !(b.missing ?? []).some((x) => x.trim()))
    throw new AppError('MISSING_REQUIRED', 'Cần nêu nội dung đơn vị phải bổ sung.');
  await db.transaction().execute(async (trx) => {
    const it = await trx
      .selectFrom('meeting_items')
      .selectAll()
      .where('meeting_id', '=', meetingId)
      .where('proposal_id', '=', proposalId)
      .executeTakeFirst();
    if (!it) throw new AppError('NOT_ON_AGENDA', 'Đề nghị không có trong chương trình họp.');
    const p = await trx
      .selectFrom('proposals')
      .selectAll()
      .where('id', '=', proposalId)
      .executeTakeFirstOrThrow();
    if (p.status !== 'FORWARDED')
      throw new AppError('ILLEGAL_TRANSITION', 'Đề nghị không còn ở bước xét của Hội đồng.');
    if (b.outcome === 'RECOMMEND') {
      const ballot = await trx
        .selectFrom('ballots')
        .select(['status', 'result'])
        .where('meeting_id', '=', meetingId)
        .where('proposal_id', '=', proposalId)
        .executeTakeFirst();
      if (voteRuleFor(p.award_code).secretBallot) {
        if (ballot?.status !== 'CLOSED')
          throw new AppError('BALLOT_REQUIRED', 'Đề nghị này phải bỏ phiếu kín trước khi Hội đồng đề nghị.');
        const passed = (JSON.parse(ballot.result ?? '{}') as { passed?: boolean }).passed;
        if (!passed)
          throw new AppError(
            'BALLOT_NOT_PASSED',
            'Kết quả bỏ phiếu không đạt tỷ lệ quy định; không thể đề nghị.',
          );
      }
    }
    await trx
      .updateTable('meeting_items')
      .set({ outcome: b.outcome, outcome_reason: b.reason ?? null, discussion: b.discussion ?? null })
      .where('meeting_id', '=', meetingId)
      .where('proposal_id', '=', proposalId)
      .execute();
    const now = isoNow(clock);
    if (b.outcome !== 'RECOMMEND') {
      const res = await trx
        .updateTable('proposals')
        .set(
          b.outcome === 'REJECT'
            ? { status: 'REJECTED', version: p.version + 1, updated_at: now }
            : {
                status: 'RETURNED',
                return_reason: b.reason ?? null,
                return_missing: JSON.stringify(b.missing ?? []),
                version: p.version + 1,
                updated_at: now,
              },
        )
        .where('id', '=', p.id)
        .where('version', '=', p.version)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1)
        throw new AppError('STALE', 'Đề nghị vừa được người khác cập nhật. Vui lòng tải lại.');
    }
    const label = {
      RECOMMEND: 'Hội đồng TĐKT đề nghị khen thưởng',
      REJECT: 'Hội đồng TĐKT không đề nghị',
      DEFER: 'Hội đồng TĐKT hoãn xét, trả lại đơn vị bổ sung',
    }[b.outcome];
    await writeAudit(trx, clock, actor, {
      entityType: 'proposal',
      entityId: p.id,
      action: `council-${b.outcome.toLowerCase()}`,
      summary: `${label}${b.reason ? ` — ${b.reason}` : ''}`,
      data: {
        meetingId,
        outcome: b.outcome,
        reason: b.reason ?? null,
        missing: b.missing ?? null,
        discussion: b.discussion ?? null,
      },
    });
  });
  return meetingView(db, clock, u, meetingId);
}

export async function closeMeeting(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  meetingId: string,
  notes?: string,
): Promise<MeetingView> {
  const m = await openMeeting(db, u, meetingId);
  if (m.status !== 'OPEN') throw new AppError('MEETING_NOT_OPEN', 'Cuộc họp chưa khai mạc hoặc đã kết thúc.');
  const openBallots = await db
    .selectFrom('ballots')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('status', '=', 'OPEN')
    .execute();
  if (openBallots.length) throw new AppError('BALLOT_OPEN', 'Còn cuộc bỏ phiếu chưa kết thúc.');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('meetings')
      .set({ status: 'CLOSED', closed_at: isoNow(clock), notes: notes ?? m.notes, current_proposal_id: null })
      .where('id', '=', meetingId)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'meeting',
      entityId: meetingId,
      action: 'close',
      summary: 'Bế mạc cuộc họp Hội đồng TĐKT',
    });
  });
  return meetingView(db, clock, u, meetingId);
}
