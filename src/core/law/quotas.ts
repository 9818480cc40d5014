/**
 * Quotas (tỷ lệ khống chế): a title capped at a ratio of another (CSTĐCS ≤ 15 % of those with LĐTT;
 * TTLĐXS ≤ 20 % of TTLĐTT, at least one). The ratios are province settings with their article.
 */
import { getAward } from './catalogue';
import type { ProvinceProfile, QuotaEnforcement, QuotaSetting } from './profile';

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
  /** HARD: refused beyond the cap; SOFT: allowed with a justified exception */
  enforcement: QuotaEnforcement;
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
      enforcement: q.enforcement,
    };
  });
}

const SHORT: Readonly<Record<string, string>> = {
  LDTT: 'LĐTT',
  CSTDCS: 'CSTĐCS',
  TTLDTT: 'TTLĐTT',
  TTLDXS: 'TTLĐXS',
  CSTD_TINH: 'CSTĐ cấp tỉnh',
};

/** The short name of a title as people write it (CSTĐCS, LĐTT …), else its name. */
export function awardShortName(code: string): string {
  return SHORT[code] ?? getAward(code)?.name.replace(/^Danh hiệu /, '') ?? code;
}

/** "CSTĐCS: 3/2 — tối đa 15% của 14 người đạt LĐTT" (the count includes the step being taken). */
export function quotaLine(
  q: Pick<QuotaSetting, 'awardCode' | 'baseAwardCode' | 'ratio' | 'minOneIfFractional'>,
  base: number,
  count: number,
): string {
  const cap = quotaCap(q.ratio, base, q.minOneIfFractional);
  const pct = `${Math.round(q.ratio * 1000) / 10}%`.replace('.', ',');
  const who = getAward(q.baseAwardCode)?.subjects.includes('INDIVIDUAL') ? 'người' : 'tập thể';
  const minOne = q.minOneIfFractional ? ', ít nhất 1' : '';
  return `${awardShortName(q.awardCode)}: ${count}/${cap} — tối đa ${pct} của ${base} ${who} đạt ${awardShortName(q.baseAwardCode)}${minOne}`;
}

/**
 * Enforcement at the steps of a proposal. The count of a quota is the number of distinct subjects of the
 * commune and year with the capped title that have passed the step (so a step is never blocked by those
 * still behind it): at submit everything sent (submitted, forwarded, approved) and held; at forward
 * what was forwarded onwards; at approval what was approved and held; at signing the titles held. Drafts,
 * returned, rejected and withdrawn proposals and revoked awards never count.
 */
export const QUOTA_GATES = ['submit', 'forward', 'approve', 'sign'] as const;
export type QuotaGate = (typeof QUOTA_GATES)[number];
export type QuotaStage = 'SUBMITTED' | 'FORWARDED' | 'APPROVED' | 'HELD';
export const STAGES_PAST_GATE: Readonly<Record<QuotaGate, readonly QuotaStage[]>> = {
  submit: ['SUBMITTED', 'FORWARDED', 'APPROVED', 'HELD'],
  forward: ['FORWARDED', 'APPROVED', 'HELD'],
  approve: ['APPROVED', 'HELD'],
  sign: ['HELD'],
};

/** A subject counted for a quota: where it stands, and whether an exception to the quota is on record. */
export interface QuotaEntry {
  subject: string;
  stage: QuotaStage;
  overridden: boolean;
}

export interface QuotaGateCheck {
  setting: QuotaSetting;
  base: number;
  cap: number;
  /** distinct subjects past the step, with those taking it */
  count: number;
  /** the same, without those carrying a recorded exception */
  countWithoutExceptions: number;
  /** HARD and beyond the cap: refused */
  refused: boolean;
  /** SOFT, beyond the cap without exceptions, and a subject taking the step has none: an exception is needed */
  needsException: boolean;
  line: string;
  /**
   * Nobody holds or is sent for the base title in the year: the base is not in the system (e.g. LĐTT given by
   * the units and not recorded), so the ratio cannot be computed and the step is not held back by it.
   */
  baseUnknown: boolean;
}

/** May `acting` (the subjects taking `gate` now) pass the quota `q`, given who already counts? */
export function checkQuotaGate(
  q: QuotaSetting,
  base: number,
  entries: readonly QuotaEntry[],
  gate: QuotaGate,
  acting: readonly { subject: string; overridden: boolean }[],
): QuotaGateCheck {
  const stages = STAGES_PAST_GATE[gate];
  const counted = new Map<string, boolean>();
  const add = (subject: string, overridden: boolean) =>
    counted.set(subject, (counted.get(subject) ?? false) || overridden);
  for (const e of entries) if (stages.includes(e.stage)) add(e.subject, e.overridden);
  for (const a of acting) add(a.subject, a.overridden);
  const cap = quotaCap(q.ratio, base, q.minOneIfFractional);
  const count = counted.size;
  const countWithoutExceptions = [...counted.values()].filter((o) => !o).length;
  const baseUnknown = base === 0;
  const refused = !baseUnknown && q.enforcement === 'HARD' && count > cap;
  const needsException =
    !baseUnknown &&
    q.enforcement === 'SOFT' &&
    countWithoutExceptions > cap &&
    acting.some((a) => !counted.get(a.subject));
  return {
    baseUnknown,
    setting: q,
    base,
    cap,
    count,
    countWithoutExceptions,
    refused,
    needsException,
    line: quotaLine(q, base, count),
  };
}

/** The code an exception to a quota is recorded under (`law_overrides.codes`). */
export const quotaExceptionCode = (awardCode: string) => `QUOTA_${awardCode}`;
