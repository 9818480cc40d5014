import type { ErrorCode } from '../errors/error-codes';

/** What a set of criteria belongs to: a movement, or an annual review. */
export const CRITERION_OWNER_KINDS = ['MOVEMENT', 'REVIEW'] as const;
export type CriterionOwnerKind = (typeof CRITERION_OWNER_KINDS)[number];
/**
 * Scoring criteria (tiêu chí chấm điểm) of a movement or of the annual review. Each criterion has its
 * own range (often 0–10) and a weight (trọng số). Totals are on a 0–100 scale, see `weightedTotal`.
 */
export interface Criterion {
  id: string;
  name: string;
  weight: number;
  minScore: number;
  maxScore: number;
  /** Group heading in the score sheet (nhóm tiêu chí), e.g. "Thực hiện nhiệm vụ chính trị". */
  group?: string;
  description?: string;
}

export interface CriteriaSet {
  id: string;
  name: string;
  criteria: Criterion[];
}

export type ScoreCheck = { ok: true; value: number } | { ok: false; code: ErrorCode; message: string };

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const formatScore = (n: number): string => NUMBER.format(n);

/** Refuses a score outside the criterion's range ("Điểm của tiêu chí "…" phải từ 0 đến 10"). */
export function validateScore(criterion: Criterion, value: unknown): ScoreCheck {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return {
      ok: false,
      code: 'SCORE_NOT_A_NUMBER',
      message: `Điểm của tiêu chí "${criterion.name}" phải là một số.`,
    };
  }
  if (value < criterion.minScore || value > criterion.maxScore) {
    return {
      ok: false,
      code: 'SCORE_OUT_OF_RANGE',
      message: `Điểm của tiêu chí "${criterion.name}" phải từ ${formatScore(criterion.minScore)} đến ${formatScore(criterion.maxScore)}.`,
    };
  }
  return { ok: true, value };
}

export interface CriteriaError {
  criterionId: string | null;
  message: string;
}

/** Checks a criteria set before it is used; every problem is reported. */
export function validateCriteria(criteria: readonly Criterion[]): CriteriaError[] {
  const errors: CriteriaError[] = [];
  if (criteria.length === 0) errors.push({ criterionId: null, message: 'Bộ tiêu chí chưa có tiêu chí nào.' });
  const seen = new Set<string>();
  for (const c of criteria) {
    if (seen.has(c.id)) errors.push({ criterionId: c.id, message: `Mã tiêu chí "${c.id}" bị trùng.` });
    seen.add(c.id);
    if (!c.name.trim()) errors.push({ criterionId: c.id, message: 'Tiêu chí chưa có tên.' });
    if (!Number.isFinite(c.weight) || c.weight <= 0) {
      errors.push({ criterionId: c.id, message: `Trọng số của tiêu chí "${c.name}" phải lớn hơn 0.` });
    }
    if (!Number.isFinite(c.minScore) || !Number.isFinite(c.maxScore) || c.maxScore <= c.minScore) {
      errors.push({
        criterionId: c.id,
        message: `Điểm tối đa của tiêu chí "${c.name}" phải lớn hơn điểm tối thiểu.`,
      });
    }
  }
  return errors;
}

/** Position of `value` in the criterion's range, 0 (min) … 1 (max). */
export function normalised(c: Criterion, value: number): number {
  return (value - c.minScore) / (c.maxScore - c.minScore);
}

export function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((n + Number.EPSILON) * f) / f;
}

/**
 * Weighted total on 0–100: 100 × Σ wᵢ·(sᵢ − minᵢ)/(maxᵢ − minᵢ) ÷ Σ wᵢ, rounded to `decimals`
 * (2 by default) — the rounded figure is the one shown AND the one ranked, so equal-looking totals tie.
 */
export function weightedTotal(
  criteria: readonly Criterion[],
  scoreOf: (c: Criterion) => number,
  decimals = 2,
): number {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    sum += c.weight * normalised(c, scoreOf(c));
    weights += c.weight;
  }
  return weights === 0 ? 0 : roundTo((100 * sum) / weights, decimals);
}
