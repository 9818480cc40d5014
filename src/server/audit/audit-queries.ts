/** Reading the audit log: the commune's log (newest first) and one record's trail (oldest first). */
import type { AuditRow, HistoryEntry } from '../../contract/audit';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { conflictsOf } from '../proposals/dossier-access';

const HIDDEN_HISTORY = '(Không hiển thị: bạn đã khai báo xung đột lợi ích với hồ sơ này)';

/** The history of one record (a proposal, a decision …), oldest first. */
export async function auditTrail(
  db: Db,
  tenantId: string,
  entityType: string,
  entityId: string,
): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorName: r.actor_name,
    action: r.action,
    summary: r.summary,
    data: r.data ? (JSON.parse(r.data) as unknown) : null,
  }));
}

/** The commune's audit log, newest first (officer, chairman, admin). */
export async function listAudit(
  db: Db,
  u: AuthUser,
  filter: { entityType?: string | undefined; entityId?: string | undefined; limit: number },
): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll().where('tenant_id', '=', u.tenantId);
  if (filter.entityType) q = q.where('entity_type', '=', filter.entityType);
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  const rows = await q.orderBy('id', 'desc').limit(filter.limit).execute();
  // The history of a dossier the reader declared a conflict of interest with is its private part.
  const conflicts = await conflictsOf(db, u);
  const hidden = (r: { entity_type: string; entity_id: string }) =>
    r.entity_type === 'proposal' && conflicts.has(r.entity_id);
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorName: r.actor_name,
    entityType: r.entity_type,
    entityId: r.entity_id,
    action: r.action,
    summary: hidden(r) ? HIDDEN_HISTORY : r.summary,
  }));
}
