import {
  type Criterion,
  formatScore,
  normalised,
  roundTo,
  validateCriteria,
  validateScore,
  weightedTotal,
} from './criteria';
import { DEFAULT_SCORING_POLICY, type ScoreSheet, type ScoringPolicy } from './score-sheets';

export type FinalSource = 'CONSENSUS' | 'SELF' | 'MISSING';

export interface CriterionResult {
  criterionId: string;
  self: number | null;
  reviewers: { reviewerId: string; value: number }[];
  reviewerMean: number | null;
  council: number | null;
  /** The reviewers' side per the policy (mean, or the council's consolidated score). */
  consensus: number | null;
  final: number;
  finalSource: FinalSource;
}

export interface Disagreement {
  criterionId: string;
  kind: 'SELF_VS_REVIEWERS' | 'AMONG_REVIEWERS';
  /** Size of the gap in the criterion's points. */
  gap: number;
  threshold: number;
  message: string;
}

export interface UnitTotals {
  unitId: string;
  /** 0–100 from the self sheet (missing criteria count as the minimum); null without a self sheet. */
  selfTotal: number | null;
  /** 0–100 from the consensus; null unless every criterion has one. */
  reviewerTotal: number | null;
  /** 0–100 from the final scores — the figure classified and ranked. */
  finalTotal: number;
  basis: 'REVIEWERS' | 'SELF' | 'MIXED';
  criteria: CriterionResult[];
  /** Criteria with no score at all (counted as the minimum). */
  missing: string[];
  disagreements: Disagreement[];
  /** Tie-break measures: normalised final score on the top-weighted criteria (summed when several share the top weight). */
  topWeightScore: number;
  /** Tie-break measure: criteria whose final score is below the middle of their range. */
  belowHalfCount: number;
}

export interface ScoringError {
  unitId: string;
  reviewerId?: string;
  criterionId?: string;
  code: string;
  message: string;
}

export type TotalsResult = { ok: true; totals: UnitTotals[] } | { ok: false; errors: ScoringError[] };

interface UnitSheets {
  self?: ScoreSheet;
  council?: ScoreSheet;
  reviewers: ScoreSheet[];
}

function checkSheets(
  criteria: readonly Criterion[],
  sheets: readonly ScoreSheet[],
): { errors: ScoringError[]; byUnit: Map<string, UnitSheets> } {
  const errors: ScoringError[] = [];
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const byUnit = new Map<string, UnitSheets>();
  for (const sheet of sheets) {
    const u = byUnit.get(sheet.unitId) ?? { reviewers: [] };
    byUnit.set(sheet.unitId, u);
    const who =
      sheet.role === 'SELF'
        ? 'bảng tự chấm'
        : sheet.role === 'COUNCIL'
          ? 'bảng điểm Hội đồng'
          : `phiếu chấm của ${sheet.reviewerId ?? '?'}`;
    if (sheet.role === 'REVIEWER') {
      if (!sheet.reviewerId) {
        errors.push({
          unitId: sheet.unitId,
          code: 'REVIEWER_REQUIRED',
          message: 'Phiếu chấm của thành viên Hội đồng phải ghi rõ người chấm.',
        });
      } else if (u.reviewers.some((r) => r.reviewerId === sheet.reviewerId)) {
        errors.push({
          unitId: sheet.unitId,
          reviewerId: sheet.reviewerId,
          code: 'DUPLICATE_SHEET',
          message: `Thành viên ${sheet.reviewerId} có hai phiếu chấm cho cùng một đơn vị.`,
        });
      } else u.reviewers.push(sheet);
    } else {
      const slot = sheet.role === 'SELF' ? 'self' : 'council';
      if (u[slot])
        errors.push({
          unitId: sheet.unitId,
          code: 'DUPLICATE_SHEET',
          message: `Đơn vị có nhiều hơn một ${who}.`,
        });
      else u[slot] = sheet;
    }
    const seen = new Set<string>();
    for (const s of sheet.scores) {
      const base = {
        unitId: sheet.unitId,
        criterionId: s.criterionId,
        ...(sheet.reviewerId ? { reviewerId: sheet.reviewerId } : {}),
      };
      const c = byId.get(s.criterionId);
      if (!c) {
        errors.push({
          ...base,
          code: 'UNKNOWN_CRITERION',
          message: `Tiêu chí "${s.criterionId}" không có trong bộ tiêu chí (${who}).`,
        });
        continue;
      }
      if (seen.has(s.criterionId))
        errors.push({
          ...base,
          code: 'DUPLICATE_SCORE',
          message: `Tiêu chí "${c.name}" được chấm hai lần trong ${who}.`,
        });
      seen.add(s.criterionId);
      const v = validateScore(c, s.value);
      if (!v.ok) errors.push({ ...base, code: v.code, message: `${v.message} (${who})` });
    }
  }
  return { errors, byUnit };
}

const scoreIn = (sheet: ScoreSheet | undefined, criterionId: string): number | null =>
  sheet?.scores.find((s) => s.criterionId === criterionId)?.value ?? null;

function unitTotals(
  unitId: string,
  criteria: readonly Criterion[],
  u: UnitSheets,
  policy: ScoringPolicy,
): UnitTotals {
  const results: CriterionResult[] = [];
  const disagreements: Disagreement[] = [];
  for (const c of criteria) {
    const self = scoreIn(u.self, c.id);
    const reviewers = u.reviewers.flatMap((r) => {
      const v = scoreIn(r, c.id);
      return v === null || !r.reviewerId ? [] : [{ reviewerId: r.reviewerId, value: v }];
    });
    const reviewerMean = reviewers.length
      ? reviewers.reduce((a, r) => a + r.value, 0) / reviewers.length
      : null;
    const council = scoreIn(u.council, c.id);
    const consensus = policy.reviewerScore === 'COUNCIL_CONSOLIDATED' ? council : reviewerMean;
    const [final, finalSource]: [number, FinalSource] =
      consensus !== null
        ? [consensus, 'CONSENSUS']
        : self !== null
          ? [self, 'SELF']
          : [c.minScore, 'MISSING'];
    results.push({
      criterionId: c.id,
      self,
      reviewers,
      reviewerMean,
      council,
      consensus,
      final,
      finalSource,
    });

    const threshold = policy.disagreementThreshold * (c.maxScore - c.minScore);
    if (self !== null && reviewerMean !== null && Math.abs(self - reviewerMean) > threshold) {
      const gap = roundTo(Math.abs(self - reviewerMean), 2);
      disagreements.push({
        criterionId: c.id,
        kind: 'SELF_VS_REVIEWERS',
        gap,
        threshold,
        message: `Tiêu chí "${c.name}": đơn vị tự chấm ${formatScore(self)}, thành viên Hội đồng chấm bình quân ${formatScore(roundTo(reviewerMean, 2))} (chênh ${formatScore(gap)} điểm).`,
      });
    }
    if (reviewers.length >= 2) {
      const values = reviewers.map((r) => r.value);
      const gap = roundTo(Math.max(...values) - Math.min(...values), 2);
      if (gap > threshold) {
        disagreements.push({
          criterionId: c.id,
          kind: 'AMONG_REVIEWERS',
          gap,
          threshold,
          message: `Tiêu chí "${c.name}": các thành viên Hội đồng chấm lệch nhau ${formatScore(gap)} điểm (từ ${formatScore(Math.min(...values))} đến ${formatScore(Math.max(...values))}).`,
        });
      }
    }
  }
  const at = (id: string) => results.find((r) => r.criterionId === id) as CriterionResult;
  const topWeight = Math.max(...criteria.map((c) => c.weight));
  const sources = new Set(results.map((r) => r.finalSource));
  return {
    unitId,
    selfTotal: u.self ? weightedTotal(criteria, (c) => at(c.id).self ?? c.minScore, policy.decimals) : null,
    reviewerTotal: results.every((r) => r.consensus !== null)
      ? weightedTotal(criteria, (c) => at(c.id).consensus ?? c.minScore, policy.decimals)
      : null,
    finalTotal: weightedTotal(criteria, (c) => at(c.id).final, policy.decimals),
    basis:
      sources.size === 1 && sources.has('CONSENSUS')
        ? 'REVIEWERS'
        : !sources.has('CONSENSUS')
          ? 'SELF'
          : 'MIXED',
    criteria: results,
    missing: results.filter((r) => r.finalSource === 'MISSING').map((r) => r.criterionId),
    disagreements,
    topWeightScore: roundTo(
      criteria.filter((c) => c.weight === topWeight).reduce((a, c) => a + normalised(c, at(c.id).final), 0),
      6,
    ),
    belowHalfCount: criteria.filter((c) => normalised(c, at(c.id).final) < 0.5).length,
  };
}

/**
 * Totals per unit from all score sheets of one review. Invalid sheets (unknown criterion, score out of
 * range, duplicates) are refused as a whole with every error listed. Units appear in the order their
 * first sheet appears.
 */
export function computeTotals(
  criteria: readonly Criterion[],
  sheets: readonly ScoreSheet[],
  policy: ScoringPolicy = DEFAULT_SCORING_POLICY,
): TotalsResult {
  const invalid = validateCriteria(criteria);
  if (invalid.length) {
    return {
      ok: false,
      errors: invalid.map((e) => ({
        unitId: '',
        ...(e.criterionId ? { criterionId: e.criterionId } : {}),
        code: 'INVALID_CRITERIA',
        message: e.message,
      })),
    };
  }
  const { errors, byUnit } = checkSheets(criteria, sheets);
  if (errors.length) return { ok: false, errors };
  return { ok: true, totals: [...byUnit].map(([unitId, u]) => unitTotals(unitId, criteria, u, policy)) };
}
