import { targetsSummary } from '../../core/targets/targets-summary';
import type { Db } from '../db/connect';
import { loadTargets } from '../targets/targets-queries';

/**
 * The year's targets summary for the year-end report ("N/M chỉ tiêu hoàn thành"), as of the end of the
 * year (or today for the current year); null when the year has no targets recorded.
 */
export async function loadTargetsSummary(db: Db, tenantId: string, year: number, today: string) {
  const targets = await loadTargets(db, tenantId, year);
  if (!targets.length) return null;
  const end = `${year}-12-31`;
  const s = targetsSummary(targets, today < end ? today : end);
  return { text: s.text, completed: s.completed, total: s.total };
}
