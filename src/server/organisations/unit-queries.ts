/** Reading the commune's units: the list, one unit with its lineage, and a unit's collective awards. */
import type { Unit, UnitAward } from '../../contract/organisations';
import { compareVietnamese } from '../../core/text';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { notFound } from '../http/errors';
import { unitLineage } from './unit-lineage';

export async function listUnits(db: Db, u: AuthUser): Promise<Unit[]> {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'parent_id', 'level', 'kind', 'code', 'name', 'short_name', 'member_count', 'active_to'])
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
    }));
}

export async function getUnit(db: Db, u: AuthUser, id: string) {
  const unit = await db
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!unit) throw notFound('đơn vị');
  const predecessors = await db
    .selectFrom('org_lineage')
    .innerJoin('organisations as p', 'p.id', 'org_lineage.predecessor_id')
    .select(['p.id', 'p.code', 'p.name', 'org_lineage.effective_date', 'org_lineage.basis'])
    .where('org_lineage.successor_id', '=', unit.id)
    .execute();
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    level: unit.level,
    parentId: unit.parent_id,
    memberCount: unit.member_count,
    predecessors: predecessors.map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      effectiveDate: p.effective_date,
      basis: p.basis,
    })),
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
