/**
 * Ranking (xếp hạng) by standard competition ranking ("1224"): a unit's rank is 1 + the number of
 * units strictly ahead of it. Units are compared, in order, by:
 *   1. higher final total (the 0–100 figure rounded as shown);
 *   2. the tie-breakers given, by default
 *      TOP_WEIGHT_CRITERION — higher score on the highest-weighted criterion (summed, normalised, when
 *      several criteria share the top weight), then
 *      FEWER_BELOW_HALF — fewer criteria scored below the middle of their range.
 * Units still equal after that share the rank: alphabetical order or list position is not merit, so
 * no rule breaks the tie; the council settles it if it matters (e.g. by vote). Tied units are listed by
 * unit id for a stable display only.
 */
export const TIE_BREAK_RULES = ['TOP_WEIGHT_CRITERION', 'FEWER_BELOW_HALF'] as const;
export type TieBreakRule = (typeof TIE_BREAK_RULES)[number];
export const DEFAULT_TIE_BREAK: readonly TieBreakRule[] = TIE_BREAK_RULES;

export const TIE_BREAK_LABELS: Record<TieBreakRule | 'TOTAL', string> = {
  TOTAL: 'Tổng điểm cao hơn',
  TOP_WEIGHT_CRITERION: 'Điểm cao hơn ở tiêu chí có trọng số lớn nhất',
  FEWER_BELOW_HALF: 'Ít tiêu chí dưới mức trung bình hơn',
};

export interface RankInput {
  unitId: string;
  finalTotal: number;
  topWeightScore: number;
  belowHalfCount: number;
}

export type RankOutcome = 'TOTAL' | TieBreakRule | 'TIED';

export type Ranked<T extends RankInput> = T & {
  rank: number;
  /** Shares its rank with another unit. */
  tied: boolean;
  /**
   * What set this unit apart from the units with the same total: 'TOTAL' when no other unit has its
   * total, the deepest tie-breaker needed otherwise, 'TIED' when nothing separates it.
   */
  decidedBy: RankOutcome;
};

function keyOf(u: RankInput, rules: readonly TieBreakRule[]): number[] {
  // Larger is better at every position.
  return [
    u.finalTotal,
    ...rules.map((r) => (r === 'TOP_WEIGHT_CRITERION' ? u.topWeightScore : -u.belowHalfCount)),
  ];
}

/** Index of the first position where the keys differ, or -1 when equal. */
function firstDifference(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

function compareKeys(a: number[], b: number[]): number {
  const i = firstDifference(a, b);
  return i < 0 ? 0 : (b[i] as number) - (a[i] as number);
}

export function rankUnits<T extends RankInput>(
  totals: readonly T[],
  tieBreak: readonly TieBreakRule[] = DEFAULT_TIE_BREAK,
): Ranked<T>[] {
  for (const t of totals) {
    if (![t.finalTotal, t.topWeightScore, t.belowHalfCount].every(Number.isFinite)) {
      throw new RangeError(`Điểm của đơn vị ${t.unitId} không hợp lệ, không thể xếp hạng.`);
    }
  }
  const keyed = totals.map((t) => ({ t, key: keyOf(t, tieBreak) }));
  keyed.sort(
    (a, b) => compareKeys(a.key, b.key) || (a.t.unitId < b.t.unitId ? -1 : a.t.unitId > b.t.unitId ? 1 : 0),
  );

  const ranks: number[] = [];
  keyed.forEach((k, i) => {
    const prev = keyed[i - 1];
    ranks.push(prev && compareKeys(prev.key, k.key) === 0 ? (ranks[i - 1] as number) : i + 1);
  });

  return keyed.map(({ t, key }, i) => {
    const sameTotal = keyed.filter((o) => o.t !== t && o.key[0] === key[0]);
    const levels = sameTotal.map((o) => firstDifference(o.key, key));
    const tied = levels.includes(-1);
    const deepest = Math.max(0, ...levels);
    const decidedBy: RankOutcome = tied
      ? 'TIED'
      : sameTotal.length === 0
        ? 'TOTAL'
        : (tieBreak[deepest - 1] ?? 'TOTAL');
    const ranked: Ranked<T> = { ...t, rank: ranks[i] as number, tied, decidedBy };
    return ranked;
  });
}
