/**
 * Score sheets (phiếu chấm điểm): the unit scores itself with evidence (tự chấm), each council reviewer
 * scores it (thành viên Hội đồng chấm), and the council may record one consolidated sheet after its
 * discussion (điểm Hội đồng thống nhất).
 */
export const SHEET_ROLES = ['SELF', 'REVIEWER', 'COUNCIL'] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];

export interface ScoreEntry {
  criterionId: string;
  value: number;
  /** Evidence for the score (minh chứng): document number, file name, link. */
  evidence?: string;
  note?: string;
}

export interface ScoreSheet {
  unitId: string;
  role: SheetRole;
  /** Required for REVIEWER sheets. */
  reviewerId?: string;
  scores: ScoreEntry[];
}

/**
 * How the reviewers' side of a criterion is formed (the "consensus"):
 * - MEAN_OF_REVIEWERS: the mean of the reviewers who scored that criterion;
 * - COUNCIL_CONSOLIDATED: the council's consolidated score; reviewers' own scores are still shown and
 *   checked for disagreement, but do not count.
 * Final score of a criterion = the consensus if there is one, else the unit's self score, else the
 * criterion's minimum (flagged as missing). Totals are on 0–100 (see `weightedTotal`).
 */
export type ReviewerPolicy = 'MEAN_OF_REVIEWERS' | 'COUNCIL_CONSOLIDATED';

export interface ScoringPolicy {
  reviewerScore: ReviewerPolicy;
  /**
   * Disagreement threshold as a share of the criterion's range: 0.2 on a 0–10 criterion is 2 points.
   * A gap strictly greater than it is reported.
   */
  disagreementThreshold: number;
  /** Decimals of the totals (the rounded figure is ranked). */
  decimals: number;
}

export const DEFAULT_SCORING_POLICY: ScoringPolicy = {
  reviewerScore: 'MEAN_OF_REVIEWERS',
  disagreementThreshold: 0.2,
  decimals: 2,
};
