import type { Transaction } from 'kysely';
import { safeLink } from '../../contract/web-link';
import type { ProgressEntry, Target, TargetDirection } from '../../core/targets';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';

/** A progress report as stored: the core's entry plus its id, evidence details and author. */
export interface StoredProgressEntry extends ProgressEntry {
  id: string;
  evidenceLink?: string;
  evidenceFile?: string;
  createdBy: string;
  createdAt: string;
}

/** A target as stored: the core's target (year always set) with the responsible unit's name. */
export interface StoredTarget extends Target {
  year: number;
  position: number;
  note?: string;
  responsibleUnitName: string;
  progress: StoredProgressEntry[];
}

const asDirection = (d: string): TargetDirection => (d === 'AT_MOST' ? 'AT_MOST' : 'AT_LEAST');

/**
 * The targets (chỉ tiêu) of a commune's year in plan order, each with its live progress entries
 * (entries marked deleted are left out) sorted by date. Feed them to `targetStatus`/`targetsSummary`.
 */
export async function loadTargets(db: Db, tenantId: string, year: number): Promise<StoredTarget[]> {
  const rows = await db
    .selectFrom('targets as t')
    .innerJoin('organisations as o', 'o.id', 't.responsible_unit_id')
    .selectAll('t')
    .select(['o.name as unit_name'])
    .where('t.tenant_id', '=', tenantId)
    .where('t.year', '=', year)
    .orderBy('t.position')
    .orderBy('t.code')
    .execute();
  if (rows.length === 0) return [];
  const entries = await db
    .selectFrom('target_progress')
    .selectAll()
    .where(
      'target_id',
      'in',
      rows.map((r) => r.id),
    )
    .where('deleted_at', 'is', null)
    .orderBy('entry_date')
    .orderBy('created_at')
    .execute();
  const byTarget = new Map<string, StoredProgressEntry[]>();
  for (const e of entries) {
    const list = byTarget.get(e.target_id) ?? [];
    list.push({
      id: e.id,
      date: e.entry_date,
      value: Number(e.value),
      ...(e.evidence ? { evidence: e.evidence } : {}),
      ...(safeLink(e.evidence_link) ? { evidenceLink: e.evidence_link as string } : {}),
      ...(e.evidence_file ? { evidenceFile: e.evidence_file } : {}),
      ...(e.note ? { note: e.note } : {}),
      createdBy: e.created_by,
      createdAt: e.created_at,
    });
    byTarget.set(e.target_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    field: r.field,
    unit: r.unit,
    direction: asDirection(r.direction),
    planned: Number(r.planned),
    ...(r.baseline === null ? {} : { baseline: Number(r.baseline) }),
    responsibleUnitId: r.responsible_unit_id,
    responsibleUnitName: r.unit_name,
    year: r.year,
    position: r.position,
    ...(r.note ? { note: r.note } : {}),
    progress: byTarget.get(r.id) ?? [],
  }));
}

export async function loadTargetRow(trx: Transaction<Database> | Db, u: AuthUser, id: string) {
  const t = await trx
    .selectFrom('targets')
    .selectAll()
    .where('id', '=', id)
    .where('tenant_id', '=', u.tenantId)
    .executeTakeFirst();
  if (!t) throw notFound('chỉ tiêu');
  return t;
}

/** The responsible unit must be a unit of the commune; answers its name. */
export async function assertUnitOfTenant(
  trx: Transaction<Database> | Db,
  tenantId: string,
  unitId: string,
): Promise<string> {
  const unit = await trx
    .selectFrom('organisations')
    .select(['id', 'name', 'active_to'])
    .where('id', '=', unitId)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!unit) throw new AppError('UNKNOWN_UNIT', 'Đơn vị chủ trì không thuộc xã.');
  return unit.name;
}
