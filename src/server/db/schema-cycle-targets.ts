import type { Generated } from 'kysely';

/** Tables of the annual cycle's targets (issue 5, migration 0008); plans gain optimistic locking. */
export interface TargetTable {
  id: string;
  tenant_id: string;
  year: number;
  code: string;
  name: string;
  field: string;
  unit: string; // unit of measure
  direction: string; // AT_LEAST | AT_MOST
  planned: number;
  baseline: number | null;
  responsible_unit_id: string;
  position: number;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface TargetProgressTable {
  id: string;
  tenant_id: string;
  target_id: string;
  entry_date: string; // YYYY-MM-DD
  value: number;
  evidence: string | null;
  evidence_link: string | null;
  evidence_file: string | null;
  note: string | null;
  created_by: string;
  created_at: string;
  /** A mistaken entry is marked deleted (with a reason), never erased. */
  deleted_at: string | null;
  deleted_by: string | null;
  delete_reason: string | null;
}

declare module './schema' {
  interface Database {
    targets: TargetTable;
    target_progress: TargetProgressTable;
  }
  /** Columns migration 0008 adds to `plans`: optimistic locking and who issued it. */
  interface PlanTable {
    version: Generated<number>;
    issued_at: string | null;
    issued_by: string | null;
    updated_by: string | null;
  }
}
