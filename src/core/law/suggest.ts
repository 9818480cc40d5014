/**
 * Year-end suggestions: for a unit (or a whole province), everyone eligible for each annual award,
 * cut to the quotas in order of merit. Works over a `SubjectSource` so the same code runs on plain
 * records and on compact typed arrays (bench), without allocating per subject.
 */
import { type Award, getAward } from './catalogue';
import { contextFor, passesWith } from './evaluate';
import { type HistoryIndex, indexRecord, newIndex } from './history-index';
import { DEFAULT_PROFILE, type ProvinceProfile } from './profile';
import { quotaCap } from './quotas';
import type { SubjectKind, SubjectRecord } from './types';

/** Awards the year-end round considers, by kind of subject. */
export const SUGGESTED_AWARDS: Record<SubjectKind, readonly string[]> = {
  INDIVIDUAL: ['LDTT', 'CSTDCS', 'CSTD_TINH', 'BK_TINH', 'BK_TTG'],
  COLLECTIVE: ['TTLDTT', 'TTLDXS', 'BK_TINH'],
  HOUSEHOLD: ['GDVH'],
};

export interface SubjectSource {
  count: number;
  kindOf(i: number): SubjectKind;
  /** fill the index with subject i's history for `year` */
  fill(ix: HistoryIndex, i: number, year: number, profile: ProvinceProfile): void;
}

export interface SuggestionList {
  awardCode: string;
  awardName: string;
  /** subject positions within the quota, best first */
  eligible: number[];
  /** eligible but beyond the quota */
  overQuota: number[];
  quota: { ratio: number; base: number; cap: number; baseAwardCode: string; article: string } | null;
}

/** Merit used to order candidates under a quota: rating of the year, then initiatives. */
function merit(ix: HistoryIndex): number {
  return (ix.rating[0] ?? 0) * 64 + (ix.initiative[0] ?? 0) * 16 + Math.min(15, ix.initiativeCount[0] ?? 0);
}

export function suggestFrom(
  source: SubjectSource,
  year: number,
  profile: ProvinceProfile = DEFAULT_PROFILE,
  decisionDate = `${year + 1}-01-15`,
): SuggestionList[] {
  const ix = newIndex();
  const codes = [...new Set(Object.values(SUGGESTED_AWARDS).flat())];
  const awards = codes.map((c) => getAward(c)).filter((a): a is Award => !!a);
  const lists = new Map<string, number[]>(codes.map((c) => [c, []]));
  // Everything that does not depend on the subject is prepared once: contexts, rule lists, output lists.
  const plan = (kind: SubjectKind) =>
    awards
      .filter((a) => SUGGESTED_AWARDS[kind].includes(a.code))
      .map((a) => ({ ctx: contextFor(a, year, decisionDate, profile), out: lists.get(a.code) as number[] }));
  const byKind: Record<SubjectKind, ReturnType<typeof plan>> = {
    INDIVIDUAL: plan('INDIVIDUAL'),
    COLLECTIVE: plan('COLLECTIVE'),
    HOUSEHOLD: plan('HOUSEHOLD'),
  };
  const score = new Uint8Array(source.count);
  for (let i = 0; i < source.count; i++) {
    source.fill(ix, i, year, profile);
    score[i] = merit(ix);
    const steps = byKind[source.kindOf(i)];
    for (let k = 0; k < steps.length; k++) {
      const s = steps[k] as (typeof steps)[number];
      if (passesWith(ix, s.ctx)) s.out.push(i);
    }
  }
  return awards.map((a) => {
    const all = lists.get(a.code) as number[];
    const q = profile.quotas.find((x) => x.awardCode === a.code);
    if (!q) return { awardCode: a.code, awardName: a.name, eligible: all, overQuota: [], quota: null };
    const base = (lists.get(q.baseAwardCode) ?? []).length;
    const cap = quotaCap(q.ratio, base, q.minOneIfFractional);
    const ranked = all.slice().sort((x, y) => (score[y] ?? 0) - (score[x] ?? 0) || x - y);
    return {
      awardCode: a.code,
      awardName: a.name,
      eligible: ranked.slice(0, cap),
      overQuota: ranked.slice(cap),
      quota: { ratio: q.ratio, base, cap, baseAwardCode: q.baseAwardCode, article: q.article },
    };
  });
}

/** A source over plain records. */
export function recordSource(records: readonly SubjectRecord[]): SubjectSource {
  return {
    count: records.length,
    kindOf: (i) => (records[i] as SubjectRecord).kind,
    fill: (ix, i, year, profile) => {
      indexRecord(ix, records[i] as SubjectRecord, year, profile);
    },
  };
}

export interface Suggestion {
  awardCode: string;
  awardName: string;
  eligible: { id: string; name: string }[];
  overQuota: { id: string; name: string }[];
  quota: SuggestionList['quota'];
}

/** Suggestions for a unit's records, naming subjects by id and name. */
export function suggest(
  unitRecords: readonly SubjectRecord[],
  year: number,
  profile: ProvinceProfile = DEFAULT_PROFILE,
  decisionDate?: string,
): Suggestion[] {
  const name = (i: number) => ({ id: unitRecords[i]?.id ?? String(i), name: unitRecords[i]?.name ?? '' });
  return suggestFrom(recordSource(unitRecords), year, profile, decisionDate).map((l) => ({
    awardCode: l.awardCode,
    awardName: l.awardName,
    eligible: l.eligible.map(name),
    overQuota: l.overQuota.map(name),
    quota: l.quota,
  }));
}
