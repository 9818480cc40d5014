import { daysBetween, type IsoDate, yearOf } from '../calendar/iso-date';
import type { ProgressEntry, Target } from './target';

/**
 * Where a target stands on a date.
 *
 * - COMPLETED: the latest reported value meets the plan (AT_LEAST: value ≥ planned; AT_MOST:
 *   value ≤ planned — the boundary itself counts as met).
 * - AT_RISK (rule of the linear expectation, còn trong kỳ): with f the elapsed share of the period
 *   (01/01 → 31/12, counting the day asked about), the expected value is
 *   `baseline + (planned − baseline) × f`. A target is at risk when its latest value is behind that
 *   expectation by more than `tolerance` × |planned − baseline| (default 10 %).
 *   AT_LEAST without a baseline starts from 0 (cumulative figures: thu ngân sách, km đường …).
 *   AT_MOST without a baseline has no path to follow, so it is at risk whenever the latest value is
 *   above the ceiling. A target with no report once a quarter of the period has passed is at risk too.
 * - ON_TRACK: reported, not met, not at risk. NO_DATA: nothing reported yet in the first quarter.
 * - NOT_COMPLETED: the period is over and the plan was not met (no longer "at risk": it failed).
 */
export const TARGET_STATES = ['COMPLETED', 'ON_TRACK', 'AT_RISK', 'NO_DATA', 'NOT_COMPLETED'] as const;
export type TargetState = (typeof TARGET_STATES)[number];

export const TARGET_STATE_LABELS: Record<TargetState, string> = {
  COMPLETED: 'Đã hoàn thành',
  ON_TRACK: 'Đang thực hiện, đúng tiến độ',
  AT_RISK: 'Có nguy cơ không hoàn thành',
  NO_DATA: 'Chưa có số liệu',
  NOT_COMPLETED: 'Không hoàn thành',
};

export interface TargetStatus {
  state: TargetState;
  /** Latest value reported on or before the date (null when none). */
  latest: number | null;
  latestEntry: ProgressEntry | null;
  /**
   * Achievement ratio, ≥ 1 exactly when completed: AT_LEAST latest ÷ planned, AT_MOST planned ÷ latest.
   * When the divisor is 0 it is 1 (the value cannot do better). Null without a report, or when a
   * value is negative (a ratio of signed figures means nothing; completion is still decided).
   */
  ratio: number | null;
  completed: boolean;
  atRisk: boolean;
  /** Linear expectation for the date (null for AT_MOST without baseline). */
  expected: number | null;
  /** Vietnamese, e.g. "Có nguy cơ không hoàn thành: đạt 4 / 12 tỷ đồng". */
  label: string;
}

export interface TargetStatusOptions {
  /** Allowed lag behind the linear expectation, as a share of |planned − baseline|. Default 0.1. */
  tolerance?: number;
  /** Share of the period after which a target with no report is at risk. Default 0.25. */
  noDataAfter?: number;
}

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const formatViNumber = (n: number): string => NUMBER.format(n);

/** The entry with the greatest date on or before `asOf`; among equal dates, the last one entered. */
export function latestProgress(progress: readonly ProgressEntry[], asOf: IsoDate): ProgressEntry | null {
  let best: ProgressEntry | null = null;
  for (const p of progress) {
    if (p.date > asOf) continue;
    if (!best || p.date >= best.date) best = p;
  }
  return best;
}

export function meetsPlan(target: Pick<Target, 'direction' | 'planned'>, value: number): boolean {
  return target.direction === 'AT_LEAST' ? value >= target.planned : value <= target.planned;
}

function achievementRatio(target: Target, latest: number, completed: boolean): number | null {
  if (latest < 0 || target.planned < 0) return null;
  const [num, den] = target.direction === 'AT_LEAST' ? [latest, target.planned] : [target.planned, latest];
  if (den === 0) return completed ? 1 : 0;
  return num / den;
}

export function targetStatus(target: Target, asOf: IsoDate, options: TargetStatusOptions = {}): TargetStatus {
  const tolerance = options.tolerance ?? 0.1;
  const noDataAfter = options.noDataAfter ?? 0.25;
  const year = target.year ?? yearOf(asOf);
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const periodDays = daysBetween(start, end) + 1;
  const elapsed = Math.min(1, Math.max(0, (daysBetween(start, asOf) + 1) / periodDays));
  const over = asOf > end;

  const entry = latestProgress(target.progress, asOf);
  const latest = entry ? entry.value : null;
  const completed = latest !== null && meetsPlan(target, latest);
  const ratio = latest === null ? null : achievementRatio(target, latest, completed);

  const baseline = target.baseline ?? (target.direction === 'AT_LEAST' ? 0 : null);
  const expected = baseline === null ? null : baseline + (target.planned - baseline) * elapsed;
  const slack = baseline === null ? 0 : tolerance * Math.abs(target.planned - baseline);

  let state: TargetState;
  if (completed) state = 'COMPLETED';
  else if (over) state = 'NOT_COMPLETED';
  else if (latest === null) state = elapsed >= noDataAfter ? 'AT_RISK' : 'NO_DATA';
  else if (expected === null)
    state = 'AT_RISK'; // AT_MOST, no baseline, above the ceiling
  else if (target.direction === 'AT_LEAST') state = latest < expected - slack ? 'AT_RISK' : 'ON_TRACK';
  else state = latest > expected + slack ? 'AT_RISK' : 'ON_TRACK';

  const figures =
    latest === null
      ? 'chưa có số liệu báo cáo'
      : `${target.direction === 'AT_LEAST' ? 'đạt' : 'hiện'} ${formatViNumber(latest)} / kế hoạch ${
          target.direction === 'AT_MOST' ? 'không quá ' : ''
        }${formatViNumber(target.planned)} ${target.unit}`.trim();
  const label =
    state === 'NO_DATA' ? TARGET_STATE_LABELS[state] : `${TARGET_STATE_LABELS[state]}: ${figures}`;

  return {
    state,
    latest,
    latestEntry: entry,
    ratio,
    completed,
    atRisk: state === 'AT_RISK',
    expected,
    label,
  };
}
