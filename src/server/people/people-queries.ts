/** Reading people and households (a unit head sees only their own unit's). */
import type { Household, Person } from '../../contract/organisations';
import { seesWholeCommune } from '../../core/auth/roles';
import { comparePersonNames, foldVietnamese } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { containsText } from '../db/like-pattern';

/** People of the commune, found by any words of their name without diacritics ("nguyen van a"). */
export async function listPeople(
  db: Db,
  u: AuthUser,
  filter: { q?: string | undefined; unitId?: string | undefined },
): Promise<Person[]> {
  let q = db
    .selectFrom('people')
    .innerJoin('organisations as o', 'o.id', 'people.unit_id')
    .select([
      'people.id',
      'people.full_name',
      'people.gender',
      'people.birth_year',
      'people.position',
      'people.category',
      'people.unit_id',
      'people.is_leader',
      'o.name as unit_name',
    ])
    .where('people.tenant_id', '=', u.tenantId);
  if (!seesWholeCommune(u.role)) q = q.where('people.unit_id', '=', u.unitId ?? '-');
  else if (filter.unitId) q = q.where('people.unit_id', '=', filter.unitId);
  for (const word of foldVietnamese(filter.q ?? '')
    .split(' ')
    .filter(Boolean)) {
    q = q.where(containsText('people.search_text', word));
  }
  const rows = await q.limit(2000).execute();
  return rows
    .sort((a, b) => comparePersonNames(a.full_name, b.full_name))
    .map((r) => ({
      id: r.id,
      fullName: r.full_name,
      gender: r.gender,
      birthYear: r.birth_year,
      position: r.position,
      category: r.category,
      unitId: r.unit_id,
      unitName: r.unit_name,
      isLeader: r.is_leader === 1,
    }));
}

export async function listHouseholds(db: Db, u: AuthUser): Promise<Household[]> {
  let q = db.selectFrom('households').selectAll().where('tenant_id', '=', u.tenantId);
  if (!seesWholeCommune(u.role)) q = q.where('unit_id', '=', u.unitId ?? '-');
  const rows = await q.execute();
  return rows
    .sort((a, b) => comparePersonNames(a.head_name, b.head_name))
    .map((h) => ({ id: h.id, headName: h.head_name, unitId: h.unit_id, address: h.address }));
}
