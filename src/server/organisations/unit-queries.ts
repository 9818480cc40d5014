/** Reading the commune's units: the list, one unit with its lineage, and a unit's collective awards. */
import type { Unit, UnitAward, UnitDetail, UnitLineageLink } from '../../contract/organisations';
import { compareVietnamese } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { notFound } from '../http/errors';
import { unitLineage } from './unit-lineage';

export async function listUnits(db: Db, u: AuthUser): Promise<Unit[]> {
  const rows = await db
    .selectFrom('organisations')
    .select([
      'id',
      'parent_id',
      'level',
      'kind',
      'code',
      'name',
      'short_name',
      'member_count',
      'active_from',
      'active_to',
      'address',
      'small_collective',
      'direct_work',
    ])
    .where('tenant_id', '=', u.tenantId)
    .execute();
  return rows
    .sort((a, b) => compareVietnamese(a.name, b.name))
    .map((r) => ({
      id: r.id,
      parentId: r.parent_id,
      level: r.level,
      kind: r.kind,
      code: r.code,
      name: r.name,
      shortName: r.short_name,
      memberCount: r.member_count,
      active: r.active_to === null,
      address: r.address,
      smallCollective: r.small_collective === 1,
      directWork: r.direct_work === 1,
      activeFrom: r.active_from,
      activeTo: r.active_to,
    }));
}

export async function getUnit(db: Db, u: AuthUser, id: string): Promise<UnitDetail> {
  const unit = await db
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!unit) throw notFound('đơn vị');
  const link = (side: 'predecessor_id' | 'successor_id', other: 'predecessor_id' | 'successor_id') =>
    db
      .selectFrom('org_lineage as l')
      .innerJoin('organisations as o', 'o.id', `l.${other}`)
      .select(['o.id', 'o.code', 'o.name', 'l.effective_date', 'l.basis', 'l.change_kind'])
      .where('l.tenant_id', '=', u.tenantId)
      .where(`l.${side}`, '=', unit.id)
      .orderBy('l.effective_date')
      .execute();
  const toLink = (p: Awaited<ReturnType<typeof link>>[number]): UnitLineageLink => ({
    id: p.id,
    code: p.code,
    name: p.name,
    effectiveDate: p.effective_date,
    basis: p.basis,
    changeKind: p.change_kind,
  });
  const people = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', u.tenantId)
    .where('unit_id', '=', unit.id)
    .where('active', '=', 1)
    .executeTakeFirst();
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    level: unit.level,
    parentId: unit.parent_id,
    memberCount: unit.member_count,
    predecessors: (await link('successor_id', 'predecessor_id')).map(toLink),
    successors: (await link('predecessor_id', 'successor_id')).map(toLink),
    shortName: unit.short_name,
    address: unit.address,
    smallCollective: unit.small_collective === 1,
    directWork: unit.direct_work === 1,
    activeFrom: unit.active_from,
    activeTo: unit.active_to,
    peopleCount: Number(people?.n ?? 0),
  };
}

/** Collective awards of a unit, including those of the units it was merged from. */
export async function unitAwards(db: Db, u: AuthUser, id: string): Promise<UnitAward[]> {
  const unit = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!unit) throw notFound('đơn vị');
  const ids = await unitLineage(db, u.tenantId, id);
  const rows = await db
    .selectFrom('awards as a')
    .innerJoin('decisions as d', 'd.id', 'a.decision_id')
    .innerJoin('organisations as o', 'o.id', 'a.subject_unit_id')
    .select([
      'a.id',
      'a.award_code',
      'a.year',
      'a.subject_name',
      'a.revoked_at',
      'd.number',
      'd.symbol',
      'd.decision_date',
      'o.id as unit_id',
      'o.name as unit_name',
    ])
    .where('a.tenant_id', '=', u.tenantId)
    .where('a.subject_unit_id', 'in', ids)
    .orderBy('d.decision_date', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    awardCode: r.award_code,
    year: r.year,
    subjectName: r.subject_name,
    revoked: r.revoked_at !== null,
    decision: `${r.number}/${r.symbol}`,
    decisionDate: r.decision_date,
    viaPredecessor: r.unit_id !== id ? r.unit_name : null,
  }));
}
