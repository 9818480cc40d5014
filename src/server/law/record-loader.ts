/**
 * Loads a subject's record for the law engine from the database: annual ratings, initiatives,
 * disciplinary measures, awards received (from the register of decisions, revoked ones skipped),
 * registration for emulation, and for collectives the counts about their members.
 */
import {
  getAward,
  type MemberStats,
  type RatingCode,
  type SubjectKind,
  type SubjectRecord,
} from '../../core/law';
import type { Db } from '../db/connect';
import { registeredTitles } from '../registrations/registration-queries';

export interface SubjectRef {
  subjectKind: SubjectKind;
  personId?: string | null | undefined;
  subjectUnitId?: string | null | undefined;
  householdId?: string | null | undefined;
}

const RATED_CATEGORIES = new Set(['CAN_BO', 'CONG_CHUC', 'VIEN_CHUC', 'NGUOI_LAO_DONG']);
const RATINGS = new Set(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']);
const LEVELS = new Set(['CO_SO', 'TINH', 'TOAN_QUOC']);
const HISTORY_YEARS = 16;

async function receivedAwards(
  db: Db,
  tenantId: string,
  column: 'person_id' | 'subject_unit_id' | 'household_id',
  id: string,
  fromYear: number,
) {
  const rows = await db
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .select(['a.award_code', 'a.year', 'd.decision_date'])
    .where('a.tenant_id', '=', tenantId)
    .where(`a.${column}`, '=', id)
    .where('a.revoked_at', 'is', null)
    .where('d.status', '!=', 'REVOKED')
    .where('a.year', '>=', fromYear - 30)
    .execute();
  return rows.map((r) => {
    const award = getAward(r.award_code);
    return {
      year: Number(r.year),
      code: r.award_code,
      thematic: award?.thematic === true,
      sudden: award?.sudden === true,
      decisionDate: r.decision_date,
    };
  });
}

/** Registered titles for the year, or undefined when the unit kept no registrations that year (unknown). */
async function registrations(
  db: Db,
  tenantId: string,
  kind: 'UNIT' | 'INDIVIDUAL',
  subjectId: string,
  unitId: string,
  year: number,
) {
  const kept = await db
    .selectFrom('registrations')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('year', '=', year)
    .where('subject_kind', '=', kind)
    .where((eb) => (kind === 'INDIVIDUAL' ? eb('unit_id', '=', unitId) : eb('subject_id', '=', subjectId)))
    .limit(1)
    .executeTakeFirst();
  if (!kept) return undefined;
  return [{ year, codes: await registeredTitles(db, tenantId, kind, subjectId, year) }];
}

async function memberStats(
  db: Db,
  tenantId: string,
  unitId: string,
  year: number,
): Promise<MemberStats[] | undefined> {
  const people = await db
    .selectFrom('people')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('unit_id', '=', unitId)
    .execute();
  if (people.length === 0) return undefined;
  const ids = people.map((p) => p.id);
  const ratings = await db
    .selectFrom('ratings')
    .select(['person_id', 'rating'])
    .where('year', '=', year)
    .where('person_id', 'in', ids)
    .execute();
  const initiatives = await db
    .selectFrom('initiatives')
    .select('person_id')
    .where('year', '=', year)
    .where('person_id', 'in', ids)
    .execute();
  const awards = await db
    .selectFrom('awards')
    .select(['person_id', 'award_code'])
    .where('year', '=', year)
    .where('person_id', 'in', ids)
    .where('revoked_at', 'is', null)
    .where('award_code', 'in', ['LDTT', 'CSTDCS'])
    .execute();
  const discipline = await db
    .selectFrom('disciplines')
    .select(['person_id', 'kind'])
    .where('person_id', 'in', ids)
    .where('from_date', '<=', `${year}-12-31`)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', `${year}-01-01`)]))
    .execute();
  const rank: Record<string, number> = { KHTNV: 1, HTNV: 2, HTTNV: 3, HTXSNV: 4 };
  const rated = new Map(ratings.map((r) => [r.person_id, rank[r.rating] ?? 0]));
  const withInitiative = new Set(initiatives.map((i) => i.person_id));
  const awarded = (code: string) =>
    new Set(awards.filter((a) => a.award_code === code).map((a) => a.person_id));
  const ldttAwarded = new Set([...awarded('LDTT'), ...awarded('CSTDCS')]);
  const cstdcsAwarded = awarded('CSTDCS');
  // Before the year's titles are decided, members meeting the standard are counted (documented in docs/law/README.md).
  const ldtt = ldttAwarded.size > 0 ? ldttAwarded.size : ids.filter((id) => (rated.get(id) ?? 0) >= 3).length;
  const cstdcs =
    cstdcsAwarded.size > 0
      ? cstdcsAwarded.size
      : ids.filter((id) => (rated.get(id) ?? 0) >= 3 && withInitiative.has(id)).length;
  return [
    {
      year,
      total: ids.length,
      completed: ids.filter((id) => (rated.get(id) ?? 0) >= 2).length,
      ldtt,
      cstdcs,
      warnedOrAbove: new Set(discipline.filter((d) => d.kind !== 'KHIEN_TRACH').map((d) => d.person_id)).size,
    },
  ];
}

/** The subject's record as the law engine reads it; null when the subject does not exist in the tenant. */
export async function loadSubjectRecord(
  db: Db,
  tenantId: string,
  ref: SubjectRef,
  year: number,
): Promise<SubjectRecord | null> {
  const fromYear = year - HISTORY_YEARS;
  if (ref.subjectKind === 'INDIVIDUAL') {
    if (!ref.personId) return null;
    const p = await db
      .selectFrom('people as p')
      .innerJoin('organisations as o', 'o.id', 'p.unit_id')
      .select(['p.id', 'p.full_name', 'p.category', 'p.unit_id', 'o.kind as unit_kind'])
      .where('p.id', '=', ref.personId)
      .where('p.tenant_id', '=', tenantId)
      .executeTakeFirst();
    if (!p) return null;
    const ratings = await db
      .selectFrom('ratings')
      .select(['year', 'rating'])
      .where('person_id', '=', p.id)
      .where('year', '>=', fromYear)
      .execute();
    const initiatives = await db
      .selectFrom('initiatives')
      .select(['year', 'level'])
      .where('person_id', '=', p.id)
      .where('year', '>=', fromYear)
      .execute();
    const disciplines = await db
      .selectFrom('disciplines')
      .select(['kind', 'from_date', 'to_date'])
      .where('person_id', '=', p.id)
      .execute();
    return {
      kind: 'INDIVIDUAL',
      id: p.id,
      name: p.full_name,
      ratedByPerformance: RATED_CATEGORIES.has(p.category),
      armedForces: p.unit_kind === 'QUAN_SU',
      ratings: ratings
        .filter((r) => RATINGS.has(r.rating))
        .map((r) => ({ year: Number(r.year), rating: r.rating as RatingCode })),
      initiatives: initiatives
        .filter((i) => LEVELS.has(i.level))
        .map((i) => ({ year: Number(i.year), level: i.level as 'CO_SO' })),
      disciplines: disciplines.map((d) => ({ kind: d.kind, from: d.from_date, to: d.to_date })),
      awards: await receivedAwards(db, tenantId, 'person_id', p.id, fromYear),
      registrations: await registrations(db, tenantId, 'INDIVIDUAL', p.id, p.unit_id, year),
    };
  }
  if (ref.subjectKind === 'COLLECTIVE') {
    if (!ref.subjectUnitId) return null;
    const o = await db
      .selectFrom('organisations')
      .select(['id', 'name', 'kind', 'level'])
      .where('id', '=', ref.subjectUnitId)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    if (!o) return null;
    const ratings = await db
      .selectFrom('ratings')
      .select(['year', 'rating'])
      .where('unit_id', '=', o.id)
      .where('person_id', 'is', null)
      .where('year', '>=', fromYear)
      .execute();
    return {
      kind: 'COLLECTIVE',
      id: o.id,
      name: o.name,
      unitKind: o.level === 'XA' ? 'XA' : o.kind === 'THON' ? 'THON' : 'DON_VI',
      ratings: ratings
        .filter((r) => RATINGS.has(r.rating))
        .map((r) => ({ year: Number(r.year), rating: r.rating as RatingCode })),
      initiatives: [],
      disciplines: [],
      awards: await receivedAwards(db, tenantId, 'subject_unit_id', o.id, fromYear),
      registrations: await registrations(db, tenantId, 'UNIT', o.id, o.id, year),
      members: await memberStats(db, tenantId, o.id, year),
    };
  }
  if (!ref.householdId) return null;
  const h = await db
    .selectFrom('households')
    .select(['id', 'head_name'])
    .where('id', '=', ref.householdId)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!h) return null;
  return {
    kind: 'HOUSEHOLD',
    id: h.id,
    name: `Hộ gia đình ông/bà ${h.head_name}`,
    ratings: [],
    initiatives: [],
    disciplines: [],
    awards: await receivedAwards(db, tenantId, 'household_id', h.id, fromYear),
  };
}
