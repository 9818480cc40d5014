import type { TargetsSummary } from '../../core/targets';
import {
  SEED_TARGET_FIELDS,
  type TargetStatus,
  targetFieldLabel,
  targetStatus,
  targetsSummary,
} from '../../core/targets';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { isTargetManager, mayReportProgress } from './target-access';
import { loadTargets, type StoredTarget } from './targets-queries';

export interface TargetView extends StoredTarget {
  fieldLabel: string;
  status: TargetStatus;
  /** Whether the signed-in user may report progress on it. */
  canReport: boolean;
}

export interface TargetsView {
  year: number;
  asOf: string;
  /** Computed by the core (`targetsSummary`), never typed. */
  summary: TargetsSummary & {
    byFieldList: { field: string; label: string; completed: number; total: number }[];
  };
  targets: TargetView[];
  fields: { code: string; label: string }[];
  canManage: boolean;
}

/** The year's targets with each one's status and the summary, all as of `asOf`. */
export async function targetsView(db: Db, u: AuthUser, year: number, asOf: string): Promise<TargetsView> {
  const targets = await loadTargets(db, u.tenantId, year);
  const summary = targetsSummary(targets, asOf);
  return {
    year,
    asOf,
    summary: {
      ...summary,
      byFieldList: Object.entries(summary.byField).map(([field, v]) => ({
        field,
        label: targetFieldLabel(field),
        ...v,
      })),
    },
    targets: targets.map((t) => ({
      ...t,
      fieldLabel: targetFieldLabel(t.field),
      status: targetStatus(t, asOf),
      canReport: mayReportProgress(u, t.responsibleUnitId),
    })),
    fields: SEED_TARGET_FIELDS.map((f) => ({ code: f.code, label: f.label })),
    canManage: isTargetManager(u),
  };
}
