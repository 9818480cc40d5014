/** The targets of a year as the page shows them: each one's status and the summary, computed by the core. */
import type { TargetsView } from '../../contract/targets';
import { can } from '../../core/auth/policy';
import { SEED_TARGET_FIELDS, targetFieldLabel, targetStatus, targetsSummary } from '../../core/targets';
import type { AuthUser } from '../auth/sessions';
import { type Clock, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { loadTargets } from './targets-queries';

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
      canReport: can(u, 'target.report', { unitId: t.responsibleUnitId }),
    })),
    fields: SEED_TARGET_FIELDS.map((f) => ({ code: f.code, label: f.label })),
    canManage: can(u, 'target.manage'),
  };
}

/** The targets of a year as of a day (today and its year unless asked). */
export function targetsOfYear(
  db: Db,
  clock: Clock,
  u: AuthUser,
  query: { year?: number | undefined; asOf?: string | undefined },
): Promise<TargetsView> {
  const asOf = query.asOf ?? todayIn(clock);
  return targetsView(db, u, query.year ?? Number(asOf.slice(0, 4)), asOf);
}
