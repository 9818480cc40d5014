/**
 * Reading a commune's deadlines: loads the facts the core's deadline engine needs (live movements and who
 * has not registered, open reviews and who has not scored, signed GĐVH / Thôn VH decisions, public
 * disclosures) with a fixed number of statements, and answers the year's list (the calendar page), the
 * deadlines waiting on the user (the inbox) and the week's (the dashboard).
 */
import type { UpcomingDeadlines, YearDeadlines } from '../../contract/deadlines';
import { toDeadlineView } from '../../contract/deadlines';
import { can } from '../../core/auth/policy';
import { seesWholeCommune } from '../../core/auth/roles';
import { addDays } from '../../core/calendar/iso-date';
import {
  type CommuneFacts,
  CULTURE_AWARDS,
  communeDeadlines,
  type Deadline,
  deadlinesFor,
  deadlinesWithin,
  PERIOD_RULES,
} from '../../core/deadlines';
import type { MovementState } from '../../core/movements';
import type { AuthUser } from '../auth/sessions';
import { type Clock, todayIn, yearIn } from '../clock';
import type { Db } from '../db/connect';
import { deadlineOf } from '../registrations/registration-queries';

const LIVE: MovementState[] = ['LAUNCHED', 'RUNNING', 'MID_REVIEW', 'FINAL_REVIEW'];
const OPEN_FOR_REGISTRATION: MovementState[] = ['LAUNCHED', 'RUNNING'];

/** The facts behind the deadlines falling between `from` and `to` (dates of the deadlines, not of the facts). */
export async function communeFacts(
  db: Db,
  tenantId: string,
  from: string,
  to: string,
): Promise<CommuneFacts> {
  const year = Number(from.slice(0, 4));
  const movements = (
    await db
      .selectFrom('movements')
      .select(['id', 'name', 'status', 'registration_deadline', 'start_date', 'end_date', 'year'])
      .where('tenant_id', '=', tenantId)
      .where('status', 'in', LIVE)
      .execute()
  ).filter((m) => (m.start_date ?? from) <= to && (m.end_date === null || m.end_date >= from));
  const ids = movements.map((m) => m.id);
  const participants = ids.length
    ? await db
        .selectFrom('movement_units')
        .select(['movement_id', 'unit_id'])
        .where('movement_id', 'in', ids)
        .execute()
    : [];
  const registered = new Set(
    ids.length
      ? (
          await db
            .selectFrom('registrations')
            .select(['movement_id', 'subject_id'])
            .where('movement_id', 'in', ids)
            .where('subject_kind', '=', 'UNIT')
            .execute()
        ).map((r) => `${r.movement_id}:${r.subject_id}`)
      : [],
  );
  const reviews = await db
    .selectFrom('reviews')
    .select(['id', 'title', 'score_deadline'])
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'OPEN')
    .where('score_deadline', '>=', from)
    .where('score_deadline', '<=', to)
    .execute();
  const reviewUnits = reviews.length
    ? await db
        .selectFrom('review_units')
        .select(['review_id', 'unit_id'])
        .where(
          'review_id',
          'in',
          reviews.map((r) => r.id),
        )
        .where('self_total', 'is', null)
        .execute()
    : [];
  // A decision's list is published within 15 days: decisions up to 15 days before the window count.
  const decisions = await db
    .selectFrom('decisions')
    .select(['id', 'award_code', 'decision_date', 'number', 'symbol'])
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'SIGNED')
    .where('award_code', 'in', [...CULTURE_AWARDS])
    .where('decision_date', '>=', addDays(from, -16))
    .where('decision_date', '<=', to)
    .execute();
  const disclosures = await db
    .selectFrom('disclosures')
    .select(['id', 'title', 'starts_on', 'ends_on'])
    .where('tenant_id', '=', tenantId)
    .where('ends_on', '>=', from)
    .where('ends_on', '<=', to)
    .execute();
  return {
    year,
    movements: movements.map((m) => ({
      id: m.id,
      name: m.name,
      open: OPEN_FOR_REGISTRATION.includes(m.status),
      registrationDeadline: deadlineOf(m, year),
      endDate: m.end_date,
      unitsNotRegistered: participants
        .filter((p) => p.movement_id === m.id && !registered.has(`${m.id}:${p.unit_id}`))
        .map((p) => p.unit_id),
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      title: r.title,
      scoreDeadline: r.score_deadline ?? to,
      unitsNotScored: reviewUnits.filter((x) => x.review_id === r.id).map((x) => x.unit_id),
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      awardCode: d.award_code,
      decisionDate: d.decision_date,
      reference: `${d.number}/${d.symbol}`,
    })),
    disclosures: disclosures.map((d) => ({
      id: d.id,
      title: d.title,
      startsOn: d.starts_on,
      endsOn: d.ends_on,
    })),
  };
}

/** Every deadline (all audiences) dated between `from` and `to`, the law's of each year they cover included. */
export async function deadlinesBetween(
  db: Db,
  tenantId: string,
  from: string,
  to: string,
): Promise<Deadline[]> {
  const facts = await communeFacts(db, tenantId, from, to);
  const seen = new Set<string>();
  const all: Deadline[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const noFacts = y !== facts.year;
    for (const d of communeDeadlines(
      noFacts ? { year: y, movements: [], reviews: [], decisions: [], disclosures: [] } : facts,
    )) {
      if (!seen.has(d.id)) {
        seen.add(d.id);
        all.push(d);
      }
    }
  }
  return deadlinesWithin(all, from, to);
}

const audienceOf = (u: AuthUser) => ({ wholeCommune: seesWholeCommune(u.role), unitId: u.unitId });

/**
 * The year's deadlines for the calendar page: the commune's (law, plan, movements) for everyone; a unit
 * head also sees their own unit's.
 */
export async function yearDeadlines(
  db: Db,
  clock: Clock,
  u: AuthUser,
  asked: number | undefined,
): Promise<YearDeadlines> {
  const year = asked ?? yearIn(clock);
  const today = todayIn(clock);
  const all = await deadlinesBetween(db, u.tenantId, `${year}-01-01`, `${year}-12-31`);
  const mine = all.filter(
    (d) => d.audience === 'OFFICER' || (!seesWholeCommune(u.role) && d.unitId === u.unitId),
  );
  return {
    year,
    today,
    deadlines: mine.map((d) => toDeadlineView(d, today)),
    periods: PERIOD_RULES.map((p) => ({ ...p })),
  };
}

/** The deadlines waiting on the user from today to `days − 1` days later (the inbox's "Hạn sắp tới"). */
export async function upcomingDeadlines(
  db: Db,
  clock: Clock,
  u: AuthUser,
  days: number,
): Promise<UpcomingDeadlines> {
  const today = todayIn(clock);
  const until = addDays(today, days - 1);
  // Those the commune's tasks are sent to (officers, the chairman, unit heads); others have no inbox.
  const list = can(u, 'inbox.read')
    ? deadlinesFor(await deadlinesBetween(db, u.tenantId, today, until), audienceOf(u))
    : [];
  return { today, until, deadlines: list.map((d) => toDeadlineView(d, today)) };
}
