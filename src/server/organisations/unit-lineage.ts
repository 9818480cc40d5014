import type { Db } from '../db/connect';

/** The unit and every unit it was formed from, transitively (mergers of 2025 and earlier). */
export async function unitLineage(db: Db, tenantId: string, unitId: string): Promise<string[]> {
  const seen = new Set<string>([unitId]);
  let frontier = [unitId];
  while (frontier.length) {
    const rows = await db
      .selectFrom('org_lineage')
      .select('predecessor_id')
      .where('tenant_id', '=', tenantId)
      .where('successor_id', 'in', frontier)
      .execute();
    frontier = rows.map((r) => r.predecessor_id).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}
