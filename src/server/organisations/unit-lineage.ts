import type { Db } from '../db/connect';

/**
 * The unit and every unit merged into it, transitively (mergers of 2025 and earlier, and those made here).
 * A split does not carry the old unit's awards to the new units (each new unit starts its own record).
 */
export async function unitLineage(db: Db, tenantId: string, unitId: string): Promise<string[]> {
  const seen = new Set<string>([unitId]);
  let frontier = [unitId];
  while (frontier.length) {
    const rows = await db
      .selectFrom('org_lineage')
      .select('predecessor_id')
      .where('tenant_id', '=', tenantId)
      .where('successor_id', 'in', frontier)
      .where('change_kind', '=', 'MERGE')
      .execute();
    frontier = rows.map((r) => r.predecessor_id).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}
