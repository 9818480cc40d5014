import type { DashboardView, UnitDashboard } from '../../contract/dashboard';
import { seesWholeCommune } from '../../core/auth/roles';
import { addDays } from '../../core/calendar/iso-date';
import { deadlinesFor } from '../../core/deadlines';
import type { MovementState, Participant, Registration } from '../../core/movements';
import { type AwardFact, buildDashboard, type Dashboard, type Deadline } from '../../core/reports';
import type { AuthUser } from '../auth/sessions';
import { type Clock, todayIn, yearIn } from '../clock';
import type { Db } from '../db/connect';

import { deadlinesBetween } from '../deadlines/deadline-queries';
import { deadlineOf, parseCodes } from '../registrations/registration-queries';

import { loadTargets } from '../targets/targets-queries';

const BELOW_COMMUNE_KINDS = ['THON', 'TO_DAN_PHO', 'TO'];
const LIVE: MovementState[] = ['LAUNCHED', 'RUNNING', 'MID_REVIEW', 'FINAL_REVIEW'];

/** Awards of the year (not revoked) as the facts the award-spread report counts. */
export async function awardFacts(db: Db, tenantId: string, year: number): Promise<AwardFact[]> {
  const rows = await db
    .selectFrom('awards as a')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .leftJoin('organisations as o', 'o.id', 'a.subject_unit_id')
    .select([
      'a.subject_kind',
      'a.award_code',
      'p.category',
      'p.is_leader',
      'p.gender',
      'p.direct_worker',
      'o.small_collective',
      'o.member_count',
      'o.level',
      'o.kind as org_kind',
    ])
    .where('a.tenant_id', '=', tenantId)
    .where('a.year', '=', year)
    .where('a.revoked_at', 'is', null)
    .execute();
  return rows.map((r) => {
    const kind =
      r.subject_kind === 'INDIVIDUAL'
        ? 'INDIVIDUAL'
        : r.subject_kind === 'HOUSEHOLD'
          ? 'HOUSEHOLD'
          : 'COLLECTIVE';
    const fact: AwardFact = { subjectKind: kind, awardCode: r.award_code };
    if (kind === 'INDIVIDUAL') {
      if (r.category) fact.category = r.category;
      if (r.is_leader !== null) fact.isLeader = Number(r.is_leader) === 1;
      if (r.gender === 'NAM' || r.gender === 'NU') fact.gender = r.gender;
      if (Number(r.direct_worker) === 1) fact.directWorker = true;
    }
    if (kind === 'COLLECTIVE') {
      if (Number(r.small_collective) === 1) fact.smallCollective = true;
      if (r.member_count !== null) fact.collectiveSize = Number(r.member_count);
      // Thôn, tổ dân phố and tổ are below commune level (small whatever their size); the commune itself
      // is not; any other unit (school, association …) is judged by its size.
      if (r.level === 'TO' || (r.org_kind && BELOW_COMMUNE_KINDS.includes(r.org_kind)))
        fact.belowCommuneLevel = true;
      else if (r.level === 'XA' || r.level === 'TINH') fact.belowCommuneLevel = false;
    }
    return fact;
  });
}

/** The year the dashboard is about: the one asked for, else this year when it has targets, else the latest plan's year. */
export async function dashboardYear(db: Db, clock: Clock, tenantId: string, asked?: number): Promise<number> {
  if (asked) return asked;
  const current = yearIn(clock);
  const hasTargets = await db
    .selectFrom('targets')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('year', '=', current)
    .executeTakeFirst();
  if (hasTargets) return current;
  const plan = await db
    .selectFrom('plans')
    .select('year')
    .where('tenant_id', '=', tenantId)
    .orderBy('year', 'desc')
    .executeTakeFirst();
  return plan?.year ?? current;
}

/**
 * Movements whose period touches the year asked about (open-ended ones always do): a 2024 movement
 * left unclosed does not crowd the 2026 dashboard.
 */
export function overlapsYear(
  m: { start_date: string | null; end_date: string | null },
  year: number,
): boolean {
  return (
    (m.start_date === null || m.start_date <= `${year}-12-31`) &&
    (m.end_date === null || m.end_date >= `${year}-01-01`)
  );
}

/** The commune's dashboard (officer, chairman): computed by the core from the live data. */
export async function communeDashboard(
  db: Db,
  tenantId: string,
  year: number,
  day: string,
): Promise<Dashboard> {
  const movements = (
    await db
      .selectFrom('movements')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('status', 'in', LIVE)
      .orderBy('created_at', 'desc')
      .execute()
  ).filter((m) => overlapsYear(m, year));
  const ids = movements.map((m) => m.id);
  const units = ids.length
    ? await db
        .selectFrom('movement_units as mu')
        .innerJoin('organisations as o', 'o.id', 'mu.unit_id')
        .select(['mu.movement_id', 'o.id', 'o.name'])
        .where('mu.movement_id', 'in', ids)
        .execute()
    : [];
  const regs = ids.length
    ? await db
        .selectFrom('registrations')
        .select(['movement_id', 'subject_kind', 'subject_id', 'registered_on', 'titles'])
        .where('movement_id', 'in', ids)
        .execute()
    : [];
  // The law's, the plan's (scoring) and the decisions' deadlines of the week come from the deadline
  // engine; the movements' registration and end are the core dashboard's own (from the year's movements).
  const otherDeadlines: Deadline[] = deadlinesFor(
    await deadlinesBetween(db, tenantId, day, addDays(day, 6)),
    { wholeCommune: true, unitId: null },
  )
    .filter((d) => d.action !== 'REGISTRATION' && d.action !== 'MOVEMENT_END')
    .map((d) => ({
      date: d.date,
      label: d.label,
      kind: d.kind === 'LEGAL' ? 'LEGAL' : 'OTHER',
      ...(d.refId ? { refId: d.refId } : {}),
      article: d.article,
      ...(d.link ? { link: d.link } : {}),
    }));
  return buildDashboard({
    today: day,
    targets: await loadTargets(db, tenantId, year),
    awards: await awardFacts(db, tenantId, year),
    otherDeadlines,
    movements: movements.map((m) => ({
      id: m.id,
      name: m.name,
      state: m.status,
      startDate: m.start_date ?? `${year}-01-01`,
      endDate: m.end_date ?? `${year}-12-31`,
      registrationDeadline: deadlineOf(m, year),
      participants: units
        .filter((x) => x.movement_id === m.id)
        .map((x): Participant => ({ kind: 'UNIT', id: x.id, name: x.name })),
      registrations: regs
        .filter((r) => r.movement_id === m.id)
        .map(
          (r): Registration => ({
            subjectKind: r.subject_kind === 'UNIT' ? 'UNIT' : 'INDIVIDUAL',
            subjectId: r.subject_id,
            registeredOn: r.registered_on,
            titles: parseCodes(r.titles),
          }),
        ),
    })),
  });
}

/** A unit head's dashboard: the unit's open tasks and the live movements of the year it takes part in. */
export async function unitDashboard(db: Db, u: AuthUser, year: number, day: string): Promise<UnitDashboard> {
  const unitId = u.unitId ?? '';
  const tasks = await db
    .selectFrom('inbox_tasks')
    .selectAll()
    .where('tenant_id', '=', u.tenantId)
    .where('unit_id', '=', unitId)
    .where('status', '=', 'OPEN')
    .orderBy('due_date')
    .execute();
  const movements = (
    await db
      .selectFrom('movement_units as mu')
      .innerJoin('movements as m', 'm.id', 'mu.movement_id')
      .select(['m.id', 'm.name', 'm.status', 'm.registration_deadline', 'm.start_date', 'm.end_date'])
      .where('mu.unit_id', '=', unitId)
      .where('m.status', 'in', LIVE)
      .execute()
  ).filter((m) => overlapsYear(m, year));
  const registered = new Set(
    (
      await db
        .selectFrom('registrations')
        .select('movement_id')
        .where('subject_kind', '=', 'UNIT')
        .where('subject_id', '=', unitId)
        .execute()
    ).map((r) => r.movement_id),
  );
  const unit = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', unitId)
    .executeTakeFirst();
  return {
    id: unitId,
    name: unit?.name ?? '',
    tasks: tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      link: t.link,
      dueDate: t.due_date,
      overdue: t.due_date !== null && t.due_date < day,
    })),
    movements: movements.map((m) => ({
      id: m.id,
      name: m.name,
      status: m.status,
      registered: registered.has(m.id),
      registrationDeadline: m.registration_deadline ?? m.end_date,
    })),
  };
}

/**
 * The dashboard by role: the officer, the chairman (and other commune-wide roles) see the commune's
 * figures; a unit head sees their unit's open tasks and the movements it takes part in.
 */
export async function dashboard(
  db: Db,
  clock: Clock,
  u: AuthUser,
  askedYear: number | undefined,
): Promise<DashboardView> {
  const year = await dashboardYear(db, clock, u.tenantId, askedYear);
  const day = todayIn(clock);
  if (seesWholeCommune(u.role)) {
    const commune = await communeDashboard(db, u.tenantId, year, day);
    return { scope: 'COMMUNE', year, today: day, commune, unit: null };
  }
  return { scope: 'UNIT', year, today: day, commune: null, unit: await unitDashboard(db, u, year, day) };
}
