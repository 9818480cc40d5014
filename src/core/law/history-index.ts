/**
 * A subject's history laid out by year for the rules to read without searching: offset 0 is the year
 * judged, offset k the year k before it. One scratch index is reused for every evaluation (no
 * per-call allocation), and the bench fills it straight from typed arrays.
 */
import { AWARDS } from './catalogue';
import type { ProvinceProfile } from './profile';
import type { SubjectRecord } from './types';

export const SPAN = 16;
export const RATING_VALUE = { KHTNV: 1, HTNV: 2, HTTNV: 3, HTXSNV: 4 } as const;
export const INITIATIVE_VALUE = { CO_SO: 1, TINH: 2, TOAN_QUOC: 3 } as const;

/** Bit of each award code in the per-year masks. */
export const AWARD_BIT: Record<string, number> = Object.fromEntries(AWARDS.map((a, i) => [a.code, 1 << i]));
export const bitOf = (code: string): number => AWARD_BIT[code] ?? 0;

export interface HistoryIndex {
  year: number;
  kind: SubjectRecord['kind'];
  unitKind: SubjectRecord['unitKind'];
  ratedByPerformance: boolean;
  armedForces: boolean;
  outsideCommune: boolean;
  /** by offset: 0 none, 1 KHTNV … 4 HTXSNV */
  rating: Uint8Array;
  /** by offset: awards that count for chains (not thematic, not sudden — R-PRIN-3) */
  awards: Uint32Array;
  /** by offset: every award received (for duplicates) */
  allAwards: Uint32Array;
  /** awards that count for chains received before the window */
  olderAwards: number;
  /** by offset: highest initiative level (0 none, 1 cơ sở, 2 tỉnh, 3 toàn quốc) and their number */
  initiative: Uint8Array;
  initiativeCount: Uint8Array;
  /** by offset: 1 when a disciplinary term touches the year (R-PRIN-5) */
  tainted: Uint8Array;
  pending: number;
  /** registration for the judged year: -1 unknown, else a mask of registered codes */
  registered: number;
  /** members of a collective in the judged year (-1 unknown) */
  memTotal: number;
  memCompleted: number;
  memLdtt: number;
  memCstdcs: number;
  memWarned: number;
  /** household contribution in the judged year (-1 unknown) and violations (R-D86-3) */
  contribution: number;
  violation: boolean;
  /** the record the index was filled from (its awards and open proposals, for R-PRIN-1); null from typed arrays */
  source: SubjectRecord | null;
}

export function newIndex(): HistoryIndex {
  return {
    year: 0,
    kind: 'INDIVIDUAL',
    unitKind: undefined,
    ratedByPerformance: true,
    armedForces: false,
    outsideCommune: false,
    rating: new Uint8Array(SPAN),
    awards: new Uint32Array(SPAN),
    allAwards: new Uint32Array(SPAN),
    olderAwards: 0,
    initiative: new Uint8Array(SPAN),
    initiativeCount: new Uint8Array(SPAN),
    tainted: new Uint8Array(SPAN),
    pending: 0,
    registered: -1,
    memTotal: -1,
    memCompleted: -1,
    memLdtt: -1,
    memCstdcs: -1,
    memWarned: -1,
    contribution: -1,
    violation: false,
    source: null,
  };
}

/** Empty the index for a new subject judged for `year`. */
export function resetIndex(ix: HistoryIndex, year: number): void {
  ix.year = year;
  ix.rating.fill(0);
  ix.awards.fill(0);
  ix.allAwards.fill(0);
  ix.initiative.fill(0);
  ix.initiativeCount.fill(0);
  ix.tainted.fill(0);
  ix.olderAwards = 0;
  ix.pending = 0;
  ix.registered = -1;
  ix.memTotal = ix.memCompleted = ix.memLdtt = ix.memCstdcs = ix.memWarned = -1;
  ix.contribution = -1;
  ix.violation = false;
  ix.source = null;
  ix.unitKind = undefined;
  ix.ratedByPerformance = true;
  ix.armedForces = false;
  ix.outsideCommune = false;
}

/** Fill the index from a plain record. Malformed entries (bad years, unknown codes) are skipped, never thrown on. */
export function indexRecord(
  ix: HistoryIndex,
  r: SubjectRecord,
  year: number,
  profile: ProvinceProfile,
): HistoryIndex {
  resetIndex(ix, year);
  ix.source = r;
  ix.kind = r.kind;
  ix.unitKind = r.unitKind;
  ix.ratedByPerformance = r.ratedByPerformance !== false;
  ix.armedForces = r.armedForces === true;
  ix.outsideCommune = r.outsideCommune === true;
  const off = (y: number) => (Number.isInteger(y) ? year - y : -1);
  for (const x of r.ratings ?? []) {
    const o = off(x.year);
    const v = RATING_VALUE[x.rating];
    if (o >= 0 && o < SPAN && v) ix.rating[o] = v;
  }
  const skip2013 = !profile.count2013TitlesInChains && year >= 2024;
  for (const a of r.awards ?? []) {
    const bit = bitOf(a.code);
    const o = off(a.year);
    if (!bit || o < 0) continue;
    const chainable = !a.thematic && !a.sudden && !(skip2013 && a.year < 2024);
    if (o < SPAN) {
      ix.allAwards[o] = (ix.allAwards[o] as number) | bit;
      if (chainable) ix.awards[o] = (ix.awards[o] as number) | bit;
    } else if (chainable) ix.olderAwards |= bit;
  }
  for (const i of r.initiatives ?? []) {
    const o = off(i.year);
    const v = INITIATIVE_VALUE[i.level];
    if (o < 0 || o >= SPAN || !v) continue;
    if (v > (ix.initiative[o] as number)) ix.initiative[o] = v;
    ix.initiativeCount[o] = Math.min(255, (ix.initiativeCount[o] as number) + 1);
  }
  for (const d of r.disciplines ?? []) taintYears(ix, d.from, d.to ?? null);
  ix.pending = (r.pendingMatters ?? []).length;
  if (r.registrations) {
    ix.registered = 0;
    for (const reg of r.registrations)
      if (reg.year === year) for (const c of reg.codes) ix.registered |= bitOf(c);
  }
  const m = (r.members ?? []).find((x) => x.year === year);
  if (m) {
    ix.memTotal = m.total;
    ix.memCompleted = m.completed;
    ix.memLdtt = m.ldtt;
    ix.memCstdcs = m.cstdcs;
    ix.memWarned = m.warnedOrAbove ?? -1;
  }
  const c = (r.contributions ?? []).filter((x) => x.year === year);
  if (c.length) ix.contribution = c.reduce((s, x) => s + x.amount, 0);
  ix.violation = (r.householdViolationYears ?? []).includes(year);
  return ix;
}

/** R-PRIN-5: a year is tainted when a disciplinary term covers any part of it (achievements count only after it ends). */
export function taintYears(ix: HistoryIndex, from: string, to: string | null): void {
  const fromYear = Number(from.slice(0, 4));
  if (!Number.isFinite(fromYear)) return;
  // A term ending on 1 Jan leaves the year clean; otherwise the year of the end is tainted too.
  const toYear = to ? Number(to.slice(0, 4)) - (to.slice(5) === '01-01' ? 1 : 0) : ix.year;
  for (let y = Math.max(fromYear, ix.year - SPAN + 1); y <= Math.min(toYear, ix.year); y++)
    ix.tainted[ix.year - y] = 1;
}
