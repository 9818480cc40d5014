/**
 * Quotas (tỷ lệ khống chế): a title capped at a ratio of another (CSTĐCS ≤ 15 % of those with LĐTT;
 * TTLĐXS ≤ 20 % of TTLĐTT, at least one). The ratios are province settings with their article.
 */
import type { ProvinceProfile, QuotaSetting } from './profile';

/** floor(ratio × base); one when the product is a positive fraction below one and the rule allows it. */
export function quotaCap(ratio: number, base: number, minOneIfFractional: boolean): number {
  if (!(base > 0) || !(ratio > 0)) return 0;
  const cap = Math.floor(ratio * base + 1e-9);
  return cap === 0 && minOneIfFractional ? 1 : cap;
}

export interface QuotaProposal {
  id: string;
  awardCode: string;
  /** lower = proposed first (the council's ranking); input order when absent */
  rank?: number | undefined;
}

export interface QuotaResult {
  awardCode: string;
  baseAwardCode: string;
  ratio: number;
  base: number;
  cap: number;
  proposed: number;
  exceeded: boolean;
  withinIds: string[];
  /** proposals beyond the cap, in ranking order (the council decides which to drop) */
  exceedingIds: string[];
  article: string;
}

/**
 * Apply the profile's quotas to a unit's list of proposals. `baseCounts` gives the number of subjects
 * with the base title (e.g. LĐTT) per award code; when absent, the proposals for the base award are counted.
 */
export function checkQuotas(
  proposals: readonly QuotaProposal[],
  baseCounts: Readonly<Record<string, number>>,
  profile: ProvinceProfile,
): QuotaResult[] {
  return profile.quotas.map((q: QuotaSetting) => {
    const base =
      baseCounts[q.baseAwardCode] ?? proposals.filter((p) => p.awardCode === q.baseAwardCode).length;
    const cap = quotaCap(q.ratio, base, q.minOneIfFractional);
    const mine = proposals
      .map((p, i) => ({ p, i }))
      .filter((x) => x.p.awardCode === q.awardCode)
      .sort((a, b) => (a.p.rank ?? a.i) - (b.p.rank ?? b.i) || a.i - b.i)
      .map((x) => x.p.id);
    return {
      awardCode: q.awardCode,
      baseAwardCode: q.baseAwardCode,
      ratio: q.ratio,
      base,
      cap,
      proposed: mine.length,
      exceeded: mine.length > cap,
      withinIds: mine.slice(0, cap),
      exceedingIds: mine.slice(cap),
      article: q.article,
    };
  });
}
