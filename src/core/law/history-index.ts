/**
 * A subject's history laid out by year for the rules to read without searching: offset 0 is the year
 * judged, offset k the year k before it. One scratch index is reused for every evaluation (no
 * per-call allocation), and the bench fills it straight from typed arrays.
 */
import { AWARDS } from './catalogue';
import { holderBit } from './holders';
import type { ProvinceProfile } from './profile';
import type { DisciplineMeasure, SubjectRecord } from './types';

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
  /** bit of the person's category or the unit's kind (`holders.ts`); 0 = not known */
  holder: number;
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
  /** by offset: 1 when the year's rating-based titles and awards do not count because of a disciplinary term (R-PRIN-5) */
  tainted: Uint8Array;
  /**
   * by offset: day of the year (1–366) from which achievements count again after the disciplinary terms
   * touching that year; 0 = no term touches the year, 367 = a term runs to the year's end.
   */
  cleanFrom: Uint16Array;
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
    holder: 0,
    rating: new Uint8Array(SPAN),
    awards: new Uint32Array(SPAN),
    allAwards: new Uint32Array(SPAN),
    olderAwards: 0,
    initiative: new Uint8Array(SPAN),
    initiativeCount: new Uint8Array(SPAN),
    tainted: new Uint8Array(SPAN),
    cleanFrom: new Uint16Array(SPAN),
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
  ix.cleanFrom.fill(0);
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
  ix.holder = 0;
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
  ix.holder = holderBit(r.kind === 'INDIVIDUAL' ? r.personCategory : r.orgKind);
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
  const disciplines = r.disciplines ?? [];
  for (const d of disciplines) taintYears(ix, d.from, d.to ?? null, profile);
  for (const i of r.initiatives ?? []) {
    const o = off(i.year);
    const v = INITIATIVE_VALUE[i.level];
    if (o < 0 || o >= SPAN || !v) continue;
    if (insideTerm(ix, disciplines, o, i.recognizedOn)) continue;
    if (v > (ix.initiative[o] as number)) ix.initiative[o] = v;
    ix.initiativeCount[o] = Math.min(255, (ix.initiativeCount[o] as number) + 1);
  }
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

const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const digits = (s: string, at: number, n: number): number => {
  let v = 0;
  for (let k = at; k < at + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
};

/** Day of the year (1–366) of a YYYY-MM-DD date, without allocating; -1 when malformed. */
export function dayOfYear(date: string): number {
  if (date.length < 10) return -1;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 2);
  const d = digits(date, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) return -1;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return (CUMULATIVE_DAYS[m - 1] as number) + d + (leap && m > 2 ? 1 : 0);
}

/**
 * R-PRIN-5 (Decree 152/2025: "tính thành tích từ khi hết thời hạn kỷ luật"). A term runs from `from` to
 * `to` inclusive: `to` is its last day (Civil Code 2015 Art. 147–148: a term ends at the end of its last
 * day), so achievements dated from the day after count. For each year the term touches, `cleanFrom`
 * records the day from which achievements count again. The year's rating-based titles and awards
 * (`tainted`) reward the whole year's result: a year any day of which lies in a term does not count —
 * our reading, the texts say nothing of a year split by a term's end. A province that counts the year in
 * which a term ends (the term having begun in an earlier year) sets `termEndYearTitles: 'COUNTED'`.
 */
export function taintYears(
  ix: HistoryIndex,
  from: string,
  to: string | null,
  profile?: ProvinceProfile,
): void {
  const fromYear = digits(from, 0, 4);
  if (fromYear < 0) return;
  const toYear = to ? digits(to, 0, 4) : ix.year;
  if (toYear < 0) return;
  const endDay = to ? dayOfYear(to) : 366;
  const countEndYear = profile?.termEndYearTitles === 'COUNTED';
  for (let y = Math.max(fromYear, ix.year - SPAN + 1); y <= Math.min(toYear, ix.year); y++) {
    const o = ix.year - y;
    // The day after the term's last day; past the year's end when the term runs on.
    const yearDays = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
    const clean = y === toYear && to && endDay < yearDays ? endDay + 1 : 367;
    if (clean > (ix.cleanFrom[o] as number)) ix.cleanFrom[o] = clean;
    const yearEnds = clean <= 366 && y > fromYear;
    if (!(countEndYear && yearEnds)) ix.tainted[o] = 1;
  }
}

/**
 * Whether an achievement of the year at offset `o`, recognised on `date`, lies inside a disciplinary term
 * (it does not count). Without a date, any term touching its year excludes it (the year is all we know).
 * The terms are compared one by one (no allocation; a subject has few).
 */
export function insideTerm(
  ix: HistoryIndex,
  terms: readonly DisciplineMeasure[],
  o: number,
  date: string | null | undefined,
): boolean {
  if (!date || dayOfYear(date) < 0) return (ix.cleanFrom[o] as number) !== 0;
  for (const t of terms) if (t.from <= date && (!t.to || date <= t.to)) return true;
  return false;
}
