/** Reading people and households (a unit head sees only their own unit's). */
import type { Household, Person } from '../../contract/organisations';
import type { HouseholdDetail, PeoplePage, PersonDetail } from '../../contract/people';
import { seesWholeCommune } from '../../core/auth/roles';
import type { PersonCategory } from '../../core/people/person-categories';
import { comparePersonNames, foldVietnamese } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { containsText } from '../db/like-pattern';
import { notFound } from '../http/errors';

/** The people rows of a commune with their unit's name. */
function peopleBase(db: Db, tenantId: string) {
  return db
    .selectFrom('people')
    .innerJoin('organisations as o', 'o.id', 'people.unit_id')
    .select([
      'people.id',
      'people.full_name',
      'people.gender',
      'people.birth_year',
      'people.birth_date',
      'people.citizen_id',
      'people.ethnicity',
      'people.position',
      'people.category',
      'people.unit_id',
      'people.is_leader',
      'people.leader_tier',
      'people.direct_worker',
      'people.household_id',
      'people.active',
      'people.version',
      'people.updated_at',
      'o.name as unit_name',
    ])
    .where('people.tenant_id', '=', tenantId);
}
type PersonRow = Awaited<ReturnType<ReturnType<typeof peopleBase>['executeTakeFirstOrThrow']>>;

/** The people of the user's commune (a unit head: their own unit's only). */
function peopleOf(db: Db, u: AuthUser) {
  const q = peopleBase(db, u.tenantId);
  return seesWholeCommune(u.role) ? q : q.where('people.unit_id', '=', u.unitId ?? '-');
}

const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  fullName: r.full_name,
  gender: r.gender,
  birthYear: r.birth_year,
  birthDate: r.birth_date,
  citizenId: r.citizen_id,
  ethnicity: r.ethnicity,
  position: r.position,
  category: r.category,
  unitId: r.unit_id,
  unitName: r.unit_name,
  isLeader: r.leader_tier !== 'KHONG',
  leaderTier: r.leader_tier,
  directWorker: r.direct_worker === 1,
  householdId: r.household_id,
  active: r.active === 1,
  version: r.version,
});

/** The words of `q` folded (no diacritics, lower case): each must be in the name. */
const wordsOf = (q: string | undefined) =>
  foldVietnamese(q ?? '')
    .split(' ')
    .filter(Boolean);

/** People of the commune, found by any words of their name without diacritics ("nguyen van a"). */
export async function listPeople(
  db: Db,
  u: AuthUser,
  filter: { q?: string | undefined; unitId?: string | undefined },
): Promise<Person[]> {
  let q = peopleOf(db, u);
  if (seesWholeCommune(u.role) && filter.unitId) q = q.where('people.unit_id', '=', filter.unitId);
  for (const word of wordsOf(filter.q)) q = q.where(containsText('people.search_text', word));
  const rows = await q.limit(2000).execute();
  return rows.sort((a, b) => comparePersonNames(a.full_name, b.full_name)).map(toPerson);
}

/**
 * One page of the people page's list, sorted the Vietnamese way (given name first, then the family and
 * middle names) — the order SQL cannot give, so the matching rows are sorted here and the page cut out.
 * `q` finds words of the name without diacritics, or the citizen ID when it is all digits.
 */
export async function searchPeople(
  db: Db,
  u: AuthUser,
  f: {
    q?: string | undefined;
    unitId?: string | undefined;
    category?: PersonCategory | undefined;
    active: 'true' | 'false' | 'all';
    limit: number;
    offset: number;
  },
): Promise<PeoplePage> {
  let q = peopleOf(db, u);
  if (f.unitId) q = q.where('people.unit_id', '=', f.unitId);
  if (f.category) q = q.where('people.category', '=', f.category);
  if (f.active !== 'all') q = q.where('people.active', '=', f.active === 'true' ? 1 : 0);
  const digits = (f.q ?? '').replace(/[\s.-]/g, '');
  if (/^\d{3,12}$/.test(digits)) q = q.where(containsText('people.citizen_id', digits));
  else for (const word of wordsOf(f.q)) q = q.where(containsText('people.search_text', word));
  const rows = await q.execute();
  rows.sort((a, b) => comparePersonNames(a.full_name, b.full_name) || a.id.localeCompare(b.id));
  return { items: rows.slice(f.offset, f.offset + f.limit).map(toPerson), total: rows.length };
}

/** One person (404 also for another unit's person when the user is a unit head). */
export async function getPerson(db: Db, u: AuthUser, id: string): Promise<PersonDetail> {
  const r = await peopleOf(db, u).where('people.id', '=', id).executeTakeFirst();
  if (!r) throw notFound('cá nhân');
  const household = r.household_id
    ? await db
        .selectFrom('households')
        .select('head_name')
        .where('id', '=', r.household_id)
        .where('tenant_id', '=', u.tenantId)
        .executeTakeFirst()
    : undefined;
  return { ...toPerson(r), householdName: household?.head_name ?? null, updatedAt: r.updated_at };
}

function householdsOf(db: Db, u: AuthUser) {
  let q = db
    .selectFrom('households as h')
    .innerJoin('organisations as o', 'o.id', 'h.unit_id')
    .select([
      'h.id',
      'h.head_name',
      'h.unit_id',
      'h.address',
      'h.version',
      'h.updated_at',
      'o.name as unit_name',
      (eb) =>
        eb
          .selectFrom('people as m')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('m.household_id', '=', 'h.id')
          .as('member_count'),
    ])
    .where('h.tenant_id', '=', u.tenantId);
  if (!seesWholeCommune(u.role)) q = q.where('h.unit_id', '=', u.unitId ?? '-');
  return q;
}
type HouseholdRow = Awaited<ReturnType<ReturnType<typeof householdsOf>['executeTakeFirstOrThrow']>>;

const toHousehold = (h: HouseholdRow): Household => ({
  id: h.id,
  headName: h.head_name,
  unitId: h.unit_id,
  unitName: h.unit_name,
  address: h.address,
  memberCount: Number(h.member_count ?? 0),
  version: h.version,
});

/** Households, found by words of the head's name or address without diacritics. */
export async function listHouseholds(
  db: Db,
  u: AuthUser,
  f: { q?: string | undefined; unitId?: string | undefined } = {},
): Promise<Household[]> {
  let q = householdsOf(db, u);
  if (f.unitId) q = q.where('h.unit_id', '=', f.unitId);
  for (const word of wordsOf(f.q)) q = q.where(containsText('h.search_text', word));
  const rows = await q.execute();
  return rows.sort((a, b) => comparePersonNames(a.head_name, b.head_name)).map(toHousehold);
}

/** One household with its members, contributions (newest year first) and violations. */
export async function getHousehold(db: Db, u: AuthUser, id: string): Promise<HouseholdDetail> {
  const h = await householdsOf(db, u).where('h.id', '=', id).executeTakeFirst();
  if (!h) throw notFound('hộ gia đình');
  const members = await peopleBase(db, u.tenantId).where('people.household_id', '=', id).execute();
  const contributions = await db
    .selectFrom('household_contributions')
    .select(['id', 'year', 'amount', 'description', 'created_at'])
    .where('tenant_id', '=', u.tenantId)
    .where('household_id', '=', id)
    .orderBy('year', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const violations = await db
    .selectFrom('household_violations as v')
    .leftJoin('people as p', 'p.id', 'v.person_id')
    .select(['v.id', 'v.year', 'v.person_id', 'v.description', 'p.full_name'])
    .where('v.tenant_id', '=', u.tenantId)
    .where('v.household_id', '=', id)
    .orderBy('v.year', 'desc')
    .orderBy('v.created_at', 'desc')
    .orderBy('v.id')
    .execute();
  return {
    ...toHousehold(h),
    updatedAt: h.updated_at,
    members: members.sort((a, b) => comparePersonNames(a.full_name, b.full_name)).map(toPerson),
    contributions: contributions.map((c) => ({
      id: c.id,
      year: c.year,
      amount: Number(c.amount),
      description: c.description,
    })),
    violations: violations.map((v) => ({
      id: v.id,
      year: v.year,
      personId: v.person_id,
      personName: v.full_name,
      description: v.description,
    })),
  };
}
