import { atLeastClass, CLASSIFICATION_LABELS, type Classification, type Classified } from './classification';
import { formatScore } from './criteria';
import type { RankInput } from './ranking';

/** A commendation proposal prefilled from the ranking (one step from the review to the dossier). */
export interface ProposalDraft {
  unitId: string;
  rank: number;
  finalTotal: number;
  classification: Classification;
  /** Tied with a unit at the cut-off rank: the council decides whether all are proposed. */
  tiedAtCut: boolean;
  awardCode?: string;
  /** Achievement summary for the proposal (tóm tắt thành tích). */
  achievement: string;
}

/**
 * Units whose rank is within the first `n` and whose class is `minClass` or better. Ties at the cut
 * are all included (rank ≤ n), so the list may be longer than n; `tiedAtCut` marks them.
 */
export function topForProposals<T extends RankInput>(
  ranking: readonly Classified<T>[],
  n: number,
  minClass: Classification = 'TOT',
  options: { awardCode?: string; reviewName?: string } = {},
): ProposalDraft[] {
  const cut = ranking.filter((r) => r.rank <= n);
  const lastRank = Math.max(0, ...cut.map((r) => r.rank));
  const within = (r: Classified<T>) => r.rank <= n && atLeastClass(r.classification, minClass);
  return [...ranking]
    .filter(within)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => ({
      unitId: r.unitId,
      rank: r.rank,
      finalTotal: r.finalTotal,
      classification: r.classification,
      tiedAtCut: r.tied && r.rank === lastRank && cut.length > n,
      ...(options.awardCode ? { awardCode: options.awardCode } : {}),
      achievement: `Xếp thứ ${r.rank}/${ranking.length}${options.reviewName ? ` trong ${options.reviewName}` : ''}, đạt ${formatScore(r.finalTotal)} điểm, xếp loại ${CLASSIFICATION_LABELS[r.classification]}.`,
    }));
}
