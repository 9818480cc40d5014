import { seesWholeCommune } from '../../core/auth/roles';
import { checkQuorum, voteRuleFor } from '../../core/ballot';
import { getAward } from '../../core/law';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { systemClock } from '../clock';
import type { Db } from '../db/connect';
import { newId, nowIso } from '../db/ids';
import { AppError, notFound } from '../http/errors';
import { agendaVerdict } from '../law/agenda-verdict';
import { unitLineage } from '../organisations/unit-lineage';
import { conflictsOf, disclosedAmong } from '../proposals/dossier-access';
import { councilOn, suggestConflicts } from './members';

export async function createMeeting(
  db: Db,
  u: AuthUser,
  actor: AuditActor,
  b: { title: string; meetingDate: string; place: string; proposalIds: string[] },
) {
  return db.transaction().execute(async (trx) => {
    const props = await trx
      .selectFrom('proposals')
      .select(['id', 'status', 'subject_name'])
      .where('tenant_id', '=', u.tenantId)
      .where('id', 'in', b.proposalIds)
      .execute();
    if (props.length !== new Set(b.proposalIds).size)
      throw new AppError('UNKNOWN_PROPOSAL', 'Có đề nghị không tồn tại.');
    const notReady = props.filter((p) => p.status !== 'FORWARDED');
    if (notReady.length)
      throw new AppError(
        'NOT_READY',
        `Chỉ đưa vào chương trình họp các đề nghị đã được trình: ${notReady.map((p) => p.subject_name).join(', ')}.`,
      );
    const id = newId();
    await trx
      .insertInto('meetings')
      .values({
        id,
        tenant_id: u.tenantId,
        title: b.title,
        meeting_date: b.meetingDate,
        place: b.place,
        status: 'PLANNED',
        current_proposal_id: null,
        notes: null,
        created_by: u.id,
        created_at: nowIso(),
        closed_at: null,
      })
      .execute();
    await trx
      .insertInto('meeting_items')
      .values(
        b.proposalIds.map((pid, i) => ({
          meeting_id: id,
          proposal_id: pid,
          position: i + 1,
          outcome: null,
          outcome_reason: null,
          discussion: null,
        })),
      )
      .execute();
    await writeAudit(trx, actor, {
      entityType: 'meeting',
      entityId: id,
      action: 'create',
      summary: `Lập chương trình họp Hội đồng TĐKT "${b.title}" (${props.length} đề nghị)`,
      data: b,
    });
    return id;
  });
}

export async function loadMeeting(db: Db, u: AuthUser, id: string) {
  const m = await db
    .selectFrom('meetings')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!m) throw notFound('cuộc họp');
  return m;
}

/** The meeting as shown to the council: agenda with award history and conflicts, attendance, quorum. */
export async function meetingView(db: Db, u: AuthUser, id: string) {
  const m = await loadMeeting(db, u, id);
  const members = await councilOn(db, u.tenantId, m.meeting_date);
  const me = members.find((x) => x.userId === u.id);
  const items = await db
    .selectFrom('meeting_items as i')
    .innerJoin('proposals as p', 'p.id', 'i.proposal_id')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .leftJoin('people as np', 'np.id', 'p.person_id')
    .select(['np.household_id as person_household_id'])
    .select([
      'i.proposal_id',
      'i.position',
      'i.outcome',
      'i.outcome_reason',
      'i.discussion',
      'p.subject_name',
      'p.subject_kind',
      'p.award_code',
      'p.achievement',
      'p.person_id',
      'p.subject_unit_id',
      'p.household_id',
      'p.unit_id',
      'p.status',
      'o.name as unit_name',
    ])
    .where('i.meeting_id', '=', id)
    // A unit head who does not sit on the council sees only their own unit's proposals on the agenda.
    .$if(!seesWholeCommune(u.role) && !me, (q) => q.where('p.unit_id', '=', u.unitId ?? '-'))
    .orderBy('i.position')
    .execute();
  const attendance = await db
    .selectFrom('meeting_attendance')
    .selectAll()
    .where('meeting_id', '=', id)
    .execute();
  const conflicts = await db
    .selectFrom('meeting_conflicts')
    .selectAll()
    .where('meeting_id', '=', id)
    .execute();
  const ballots = await db
    .selectFrom('ballots')
    .select(['id', 'proposal_id', 'status', 'result', 'rule_id'])
    .where('meeting_id', '=', id)
    .execute();
  const present = attendance.filter((a) => a.present === 1).length;
  // The dossier rule (core/auth/dossier-access): a conflict declared by this user at any meeting hides the
  // private part of that dossier, whatever the user's role.
  const mine = await conflictsOf(db, u);
  const disclosed = await disclosedAmong(
    db,
    systemClock,
    items.filter((it) => mine.has(it.proposal_id)).map((it) => it.proposal_id),
  );
  const agenda = [];
  for (const it of items) {
    const declared = conflicts.filter((c) => c.proposal_id === it.proposal_id);
    const iAmConflicted =
      mine.has(it.proposal_id) || (me ? declared.some((c) => c.member_id === me.id) : false);
    // The nominee's award history: a person's, a household's, or a collective's including the units it was merged from.
    const unitIds = it.subject_unit_id ? await unitLineage(db, u.tenantId, it.subject_unit_id) : [];
    const history = await db
      .selectFrom('awards as a')
      .innerJoin('decisions as d', 'd.id', 'a.decision_id')
      .select([
        'a.award_code',
        'a.year',
        'd.number',
        'd.symbol',
        'a.revoked_at',
        'a.subject_unit_id',
        'a.subject_name',
      ])
      .where('a.tenant_id', '=', u.tenantId)
      .where((eb) =>
        it.person_id
          ? eb('a.person_id', '=', it.person_id)
          : it.household_id
            ? eb('a.household_id', '=', it.household_id)
            : eb('a.subject_unit_id', 'in', unitIds.length ? unitIds : ['-']),
      )
      .orderBy('a.year', 'desc')
      .execute();
    const ratings = it.person_id
      ? await db
          .selectFrom('ratings')
          .select(['year', 'rating'])
          .where('person_id', '=', it.person_id)
          .orderBy('year', 'desc')
          .limit(5)
          .execute()
      : [];
    const rule = voteRuleFor(it.award_code);
    const ballot = ballots.find((b) => b.proposal_id === it.proposal_id);
    agenda.push({
      proposalId: it.proposal_id,
      position: it.position,
      subjectName: it.subject_name,
      subjectKind: it.subject_kind,
      unitName: it.unit_name,
      awardCode: it.award_code,
      awardName: getAward(it.award_code)?.name ?? it.award_code,
      status: it.status,
      // A member with a declared conflict sees only the public part of the dossier.
      achievement: iAmConflicted && !disclosed.has(it.proposal_id) ? null : it.achievement,
      history: iAmConflicted
        ? []
        : history.map((h) => ({
            awardName: getAward(h.award_code)?.name ?? h.award_code,
            year: h.year,
            decision: `${h.number}/${h.symbol}`,
            revoked: h.revoked_at !== null,
            viaPredecessor:
              h.subject_unit_id && h.subject_unit_id !== it.subject_unit_id ? h.subject_name : null,
          })),
      ratings: iAmConflicted ? [] : ratings,
      outcome: it.outcome,
      outcomeReason: iAmConflicted ? null : it.outcome_reason,
      discussion: iAmConflicted ? null : it.discussion,
      conflicts: declared.map((c) => ({
        memberId: c.member_id,
        reason: c.reason,
        name: members.find((x) => x.id === c.member_id)?.name ?? '',
      })),
      suggestedConflicts: suggestConflicts(members, {
        personId: it.person_id,
        unitId: it.unit_id,
        subjectUnitId: it.subject_unit_id,
        householdId: it.household_id ?? it.person_household_id,
      })
        .filter((s) => !declared.some((c) => c.member_id === s.memberId))
        .map((s) => ({ ...s, name: members.find((x) => x.id === s.memberId)?.name ?? '' })),
      iAmConflicted,
      verdict: iAmConflicted ? null : await agendaVerdict(db, it.proposal_id, m.meeting_date),
      voteRule: {
        id: rule.id,
        secretBallot: rule.secretBallot,
        threshold: rule.threshold,
        strict: rule.strict,
        denominator: rule.denominator,
        allowWrittenOpinions: rule.allowWrittenOpinions,
        article: rule.article,
      },
      ballot: ballot
        ? {
            id: ballot.id,
            status: ballot.status,
            result: ballot.result && !iAmConflicted ? (JSON.parse(ballot.result) as unknown) : null,
          }
        : null,
    });
  }
  return {
    id: m.id,
    title: m.title,
    meetingDate: m.meeting_date,
    place: m.place,
    status: m.status,
    currentProposalId: m.current_proposal_id,
    notes: m.notes,
    closedAt: m.closed_at,
    members: members.map((x) => {
      const a = attendance.find((r) => r.member_id === x.id);
      return { ...x, present: a ? a.present === 1 : null, writtenOpinion: a?.written_opinion ?? null };
    }),
    myMemberId: me?.id ?? null,
    quorum: checkQuorum(members.length, present),
    agenda,
  };
}

export async function setAttendance(
  db: Db,
  u: AuthUser,
  actor: AuditActor,
  meetingId: string,
  b: { memberId: string; present: boolean; writtenOpinion?: string | undefined },
) {
  await db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom('meetings')
      .selectAll()
      .where('id', '=', meetingId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!m) throw notFound('cuộc họp');
    if (m.status === 'CLOSED') throw new AppError('MEETING_CLOSED', 'Cuộc họp đã kết thúc.');
    const member = await trx
      .selectFrom('council_members as cm')
      .innerJoin('people as pp', 'pp.id', 'cm.person_id')
      .select(['cm.id', 'pp.full_name'])
      .where('cm.id', '=', b.memberId)
      .where('cm.tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!member) throw new AppError('UNKNOWN_MEMBER', 'Không phải thành viên Hội đồng.');
    if (b.present && b.writtenOpinion)
      throw new AppError(
        'WRITTEN_OPINION_FOR_ABSENT',
        'Phiếu lấy ý kiến bằng văn bản chỉ dành cho thành viên vắng mặt.',
      );
    await trx
      .deleteFrom('meeting_attendance')
      .where('meeting_id', '=', meetingId)
      .where('member_id', '=', b.memberId)
      .execute();
    await trx
      .insertInto('meeting_attendance')
      .values({
        meeting_id: meetingId,
        member_id: b.memberId,
        present: b.present ? 1 : 0,
        written_opinion: b.writtenOpinion ?? null,
      })
      .execute();
    await writeAudit(trx, actor, {
      entityType: 'meeting',
      entityId: meetingId,
      action: 'attendance',
      summary: `Điểm danh: ${member.full_name} ${b.present ? 'có mặt' : 'vắng mặt'}${b.writtenOpinion ? ' (có ý kiến bằng văn bản)' : ''}`,
      data: b,
    });
  });
}
