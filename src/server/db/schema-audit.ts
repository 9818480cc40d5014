import type { Generated } from 'kysely';

/** The audit log: every change, who made it and when. */
export interface AuditLogTable {
  id: Generated<number>;
  tenant_id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  entity_type: string;
  entity_id: string;
  action: string;
  summary: string;
  data: string | null; // JSON
  request_id: string | null;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
