import type { IsoDate } from '../calendar/iso-date';
import type { Target } from './target';
import { type TargetStatusOptions, targetStatus } from './target-status';

export interface TargetsSummary {
  completed: number;
  total: number;
  atRisk: number;
  notCompleted: number;
  /** "17/17 chỉ tiêu hoàn thành" — always computed, never typed. */
  text: string;
  byField: Record<string, { completed: number; total: number }>;
  /** Ids of the targets at risk, in input order (for the dashboard). */
  atRiskIds: string[];
}

export function targetsSummary(
  targets: readonly Target[],
  asOf: IsoDate,
  options: TargetStatusOptions = {},
): TargetsSummary {
  const byField: Record<string, { completed: number; total: number }> = {};
  let completed = 0;
  let notCompleted = 0;
  const atRiskIds: string[] = [];
  for (const t of targets) {
    const s = targetStatus(t, asOf, options);
    const f = byField[t.field] ?? { completed: 0, total: 0 };
    f.total += 1;
    if (s.completed) {
      completed += 1;
      f.completed += 1;
    }
    if (s.state === 'NOT_COMPLETED') notCompleted += 1;
    if (s.atRisk) atRiskIds.push(t.id);
    byField[t.field] = f;
  }
  return {
    completed,
    total: targets.length,
    atRisk: atRiskIds.length,
    notCompleted,
    text: `${completed}/${targets.length} chỉ tiêu hoàn thành`,
    byField,
    atRiskIds,
  };
}
