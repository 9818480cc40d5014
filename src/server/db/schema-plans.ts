import type { Generated } from 'kysely';
import type { PlanStatus } from '../../core/plan/plan-status';
import type { TargetDirection } from '../../core/targets/target';

/** The year's emulation plan and its targets (chỉ tiêu) with their reported progress. */
export interface PlanTable {
  id: string;
  tenant_id: string;
  year: number;
  theme: string;
  status: PlanStatus;
  content: string; // JSON PlanContent
  updated_at: string;
  /** Optimistic locking: bumped by every change. */
  version: Generated<number>;
  issued_at: string | null;
  issued_by: string | null;
  updated_by: string | null;
}

export interface TargetTable {
  id: string;
  tenant_id: string;
  year: number;
  code: string;
  name: string;
  field: string;
  unit: string; // unit of measure
  direction: TargetDirection;
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

export interface PlanTables {
  plans: PlanTable;
  targets: TargetTable;
  target_progress: TargetProgressTable;
}
