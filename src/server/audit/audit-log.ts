import type { Transaction } from 'kysely';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';

export interface AuditActor {
  id: string | null;
  displayName: string;
  tenantId: string;
  requestId?: string | undefined;
}

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  summary: string;
  data?: unknown;
}

/**
 * Write one audit row; call it inside the same transaction as the change it records. The clock is the
 * server's (`deps.clock`), so the row's time is the one the use case works with.
 */
export async function writeAudit(
  trx: Transaction<Database> | Db,
  clock: Clock,
  actor: AuditActor,
  e: AuditEntry,
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      tenant_id: actor.tenantId,
      at: isoNow(clock),
      actor_id: actor.id,
      actor_name: actor.displayName,
      entity_type: e.entityType,
      entity_id: e.entityId,
      action: e.action,
      summary: e.summary,
      data: e.data === undefined ? null : JSON.stringify(e.data),
      request_id: actor.requestId ?? null,
    })
    .execute();
}
