/** Meetings of the council: the agenda drawn up, the roll called, and the meeting as the council sees it. */
import type { ExpressionBuilder } from 'kysely';
import type { Attendance, MeetingRow, MeetingView, NewMeeting } from '../../contract/council';
import { seesWholeCommune } from '../../core/auth/roles';
import { checkQuorum, voteRuleFor } from '../../core/ballot';
import { getAward } from '../../core/law';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { agendaVerdicts } from '../law/agenda-verdict';
import { conflictsOf, disclosedAmong } from '../proposals/dossier-access';
import { councilOn, suggestConflicts } from './members';

export async function createMeeting(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: NewMeeting,
): Promise<MeetingView> {
  const id = await db.transaction().execute(async (trx) => {
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
        created_at: isoNow(clock),
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
    await writeAudit(trx, clock, actor, {
      entityType: 'meeting',
      entityId: id,
      action: 'create',
      summary: `Lập chương trình họp Hội đồng TĐKT "${b.title}" (${props.length} đề nghị)`,
      data: b,
    });
    return id;
  });
  return meetingView(db, clock, u, id);
}

export async function listMeetings(db: Db, u: AuthUser): Promise<MeetingRow[]> {
  const rows = await db
    .selectFrom('meetings')
    .selectAll()
    .where('tenant_id', '=', u.tenantId)
    .orderBy('meeting_date', 'desc')
    .execute();
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    meetingDate: m.meeting_date,
    place: m.place,
    status: m.status,
  }));
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

/**
 * The meeting's change counter: how many audit entries there are about the meeting, the proposals on its
 * agenda and its ballots. Every change of the meeting view is audited in the transaction that makes it, and
 * the audit log only grows, so the count changes with every committed change (whatever order concurrent
 * transactions commit in). Casting a vote writes no audit entry: the counter says nothing about when a vote
 * arrived.
 */
function changeCount(eb: ExpressionBuilder<Database & { m: Database['meetings'] }, 'm'>) {
  return eb
    .selectFrom('audit_log as a')
    .select((e) => e.fn.countAll<number | string>().as('n'))
    .whereRef('a.tenant_id', '=', 'm.tenant_id')
    .where((e) =>
      e.or([
        e.and([e('a.entity_type', '=', 'meeting'), e('a.entity_id', '=', e.ref('m.id'))]),
        e.and([
          e('a.entity_type', '=', 'proposal'),
          e(
            'a.entity_id',
            'in',
            e
              .selectFrom('meeting_items as mi')
              .select('mi.proposal_id')
              .whereRef('mi.meeting_id', '=', 'm.id'),
          ),
        ]),
        e.and([
          e('a.entity_type', '=', 'ballot'),
          e(
            'a.entity_id',
            'in',
            e.selectFrom('ballots as b').select('b.id').whereRef('b.meeting_id', '=', 'm.id'),
          ),
        ]),
      ]),
    )
    .as('changes');
}

/** The meeting's row and its change counter, in one statement (404 for a meeting of another commune). */
async function meetingWithVersion(db: Db, u: AuthUser, id: string) {
  const m = await db
    .selectFrom('meetings as m')
    .selectAll('m')
    .select((eb) => changeCount(eb))
    .where('m.id', '=', id)
    .where('m.tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!m) throw notFound('cuộc họp');
  return { ...m, version: String(m.changes ?? 0) };
}

/** A cheap signal for the meeting page: it fetches the view again only when this has changed. */
export async function meetingVersion(db: Db, u: AuthUser, id: string): Promise<{ version: string }> {
  const { version } = await meetingWithVersion(db, u, id);
  return { version };
}

/**
 * The meeting as shown to the council: agenda with award history and conflicts, attendance, quorum. Built
 * with a fixed number of statements whatever the agenda's length: each kind of data is read for every item
 * at once and grouped here (`meeting-view-queries.test.ts` counts them).
 */
export async function meetingView(db: Db, clock: Clock, u: AuthUser, id: string): Promise<MeetingView> {
  // The version is read with the meeting, before the rest: the view is at least as new as its version.
  const m = await meetingWithVersion(db, u, id);
  const members = await councilOn(db, u.tenantId, m.meeting_date);
  const me = members.find((x) => x.userId === u.id);
  const items = await db
    .selectFrom('meeting_items as i')
    .innerJoin('proposals as p', 'p.id', 'i.proposal_id')
    .innerJoin('organisations as o', 'o.id', 'p.unit_id')
    .leftJoin('people as np', 'np.id', 'p.person_id')
    .selectAll('p')
    .select([
      'np.household_id as person_household_id',
      'i.position',
      'i.outcome',
      'i.outcome_reason',
      'i.discussion',
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
    .select(['id', 'proposal_id', 'status', 'result'])
    .where('meeting_id', '=', id)
    .execute();
  const present = attendance.filter((a) => a.present === 1).length;
  // The dossier rule (core/auth/dossier-access): a conflict declared by this user at any meeting hides the
  // private part of that dossier, whatever the user's role.
  const mine = await conflictsOf(db, u);
  const disclosed = await disclosedAmong(
    db,
    clock,
    items.filter((it) => mine.has(it.id)).map((it) => it.id),
  );
  const conflicted = (proposalId: string) =>
    mine.has(proposalId) ||
    (me ? conflicts.some((c) => c.proposal_id === proposalId && c.member_id === me.id) : false);
  const open = items.filter((it) => !conflicted(it.id));

  // The nominees' award history: a person's, a household's, or a collective's including the units it was merged from.
  const lineage = await lineages(
    db,
    u.tenantId,
    open.flatMap((it) =>
      !it.person_id && !it.household_id && it.subject_unit_id ? [it.subject_unit_id] : [],
    ),
  );
  const personIds = unique(open.flatMap((it) => (it.person_id ? [it.person_id] : [])));
  const householdIds = unique(
    open.flatMap((it) => (!it.person_id && it.household_id ? [it.household_id] : [])),
  );
  const unitIds = unique([...lineage.values()].flat());
  const awards =
    personIds.length + householdIds.length + unitIds.length
      ? await db
          .selectFrom('awards as a')
          .innerJoin('decisions as d', 'd.id', 'a.decision_id')
          .select([
            'a.award_code',
            'a.year',
            'd.number',
            'd.symbol',
            'a.revoked_at',
            'a.person_id',
            'a.household_id',
            'a.subject_unit_id',
            'a.subject_name',
          ])
          .where('a.tenant_id', '=', u.tenantId)
          .where((eb) =>
            eb.or([
              ...(personIds.length ? [eb('a.person_id', 'in', personIds)] : []),
              ...(householdIds.length ? [eb('a.household_id', 'in', householdIds)] : []),
              ...(unitIds.length ? [eb('a.subject_unit_id', 'in', unitIds)] : []),
            ]),
          )
          .orderBy('a.year', 'desc')
          .execute()
      : [];
  const ratings = personIds.length
    ? await db
        .selectFrom('ratings')
        .select(['person_id', 'year', 'rating'])
        .where('person_id', 'in', personIds)
        .orderBy('year', 'desc')
        .execute()
    : [];
  const verdicts = await agendaVerdicts(db, u.tenantId, open, m.meeting_date);
  const memberName = (memberId: string) => members.find((x) => x.id === memberId)?.name ?? '';

  const agenda = items.map((it) => {
    const declared = conflicts.filter((c) => c.proposal_id === it.id);
    const iAmConflicted = conflicted(it.id);
    const lineageOf = new Set(it.subject_unit_id ? (lineage.get(it.subject_unit_id) ?? []) : []);
    const history = awards.filter((a) =>
      it.person_id
        ? a.person_id === it.person_id
        : it.household_id
          ? a.household_id === it.household_id
          : a.subject_unit_id !== null && lineageOf.has(a.subject_unit_id),
    );
    const rule = voteRuleFor(it.award_code);
    const ballot = ballots.find((b) => b.proposal_id === it.id);
    return {
      proposalId: it.id,
      position: it.position,
      subjectName: it.subject_name,
      subjectKind: it.subject_kind,
      unitName: it.unit_name,
      awardCode: it.award_code,
      awardName: getAward(it.award_code)?.name ?? it.award_code,
      status: it.status,
      // A member with a declared conflict sees only the public part of the dossier.
      achievement: iAmConflicted && !disclosed.has(it.id) ? null : it.achievement,
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
      ratings:
        iAmConflicted || !it.person_id
          ? []
          : ratings
              .filter((r) => r.person_id === it.person_id)
              .slice(0, 5)
              .map((r) => ({ year: r.year, rating: r.rating })),
      outcome: it.outcome,
      outcomeReason: iAmConflicted ? null : it.outcome_reason,
      discussion: iAmConflicted ? null : it.discussion,
      conflicts: declared.map((c) => ({
        memberId: c.member_id,
        reason: c.reason,
        name: memberName(c.member_id),
      })),
      suggestedConflicts: suggestConflicts(members, {
        personId: it.person_id,
        unitId: it.unit_id,
        subjectUnitId: it.subject_unit_id,
        householdId: it.household_id ?? it.person_household_id,
      })
        .filter((s) => !declared.some((c) => c.member_id === s.memberId))
        .map((s) => ({ ...s, name: memberName(s.memberId) })),
      iAmConflicted,
      verdict: iAmConflicted ? null : (verdicts.get(it.id) ?? null),
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
            result: ballot.result && !iAmConflicted ? JSON.parse(ballot.result) : null,
          }
        : null,
    };
  });
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
    version: m.version,
  };
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/**
 * Each unit with every unit merged into it, transitively (a split does not carry awards): the commune's
 * lineage is read once and walked here (`organisations/unit-lineage.ts` walks it one query per generation,
 * for one unit).
 */
async function lineages(db: Db, tenantId: string, unitIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!unitIds.length) return out;
  const links = await db
    .selectFrom('org_lineage')
    .select(['successor_id', 'predecessor_id'])
    .where('tenant_id', '=', tenantId)
    .where('change_kind', '=', 'MERGE')
    .execute();
  for (const unitId of unitIds) {
    const seen = new Set<string>([unitId]);
    let frontier = [unitId];
    while (frontier.length) {
      const next = links
        .filter((l) => frontier.includes(l.successor_id))
        .map((l) => l.predecessor_id)
        .filter((x) => !seen.has(x));
      frontier = unique(next);
      for (const x of frontier) seen.add(x);
    }
    out.set(unitId, [...seen]);
  }
  return out;
}

export async function setAttendance(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  meetingId: string,
  b: Attendance,
): Promise<MeetingView> {
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
    await writeAudit(trx, clock, actor, {
      entityType: 'meeting',
      entityId: meetingId,
      action: 'attendance',
      summary: `Điểm danh: ${member.full_name} ${b.present ? 'có mặt' : 'vắng mặt'}${b.writtenOpinion ? ' (có ý kiến bằng văn bản)' : ''}`,
      data: b,
    });
  });
  return meetingView(db, clock, u, meetingId);
}
