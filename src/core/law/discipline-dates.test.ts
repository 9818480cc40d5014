/**
 * R-PRIN-5 by day (Decree 152/2025: "tính thành tích từ khi hết thời hạn kỷ luật"): a term runs from its
 * first to its last day inclusive; an achievement dated inside it does not count, one dated from the day
 * after its last day counts. Table tests at and around each boundary day.
 */
import { describe, expect, it } from 'vitest';
import { dayOfYear, indexRecord, newIndex } from './history-index';
import {
  DEFAULT_PROFILE,
  type DisciplineMeasure,
  evaluate,
  type ProvinceProfile,
  type SubjectRecord,
  suggest,
} from './index';

const TERM = { kind: 'KHIEN_TRACH', from: '2024-03-15', to: '2024-09-14' };

/** A civil servant judged for CSTĐ cấp tỉnh 2025: the provincial initiative must count (R-CSTDT-2). */
const withInitiative = (recognizedOn: string | null, terms: DisciplineMeasure[] = [TERM]): SubjectRecord => ({
  kind: 'INDIVIDUAL',
  personCategory: 'CONG_CHUC',
  ratings: [],
  awards: [],
  initiatives: [{ year: Number((recognizedOn ?? '2024').slice(0, 4)), level: 'TINH', recognizedOn }],
  disciplines: terms,
});
const failureCodes = (
  r: SubjectRecord,
  award: string,
  year = 2025,
  profile: ProvinceProfile = DEFAULT_PROFILE,
) => evaluate(r, award, year, `${year + 1}-01-15`, profile).failures.map((f) => f.code);

describe('an initiative and a disciplinary term, day by day', () => {
  const cases: [string, string | null, boolean][] = [
    ['the day before the term begins', '2024-03-14', true],
    ['the first day of the term', '2024-03-15', false],
    ['inside the term', '2024-06-01', false],
    ['the day before the term ends', '2024-09-13', false],
    ['the last day of the term', '2024-09-14', false],
    ['the day after the term ends', '2024-09-15', true],
    ['the year after', '2025-02-01', true],
    ['no date, in a year a term touches (only the year is known)', null, false],
  ];
  for (const [what, on, counts] of cases) {
    it(`${what} (${on ?? 'không rõ ngày'}): ${counts ? 'counts' : 'does not count'}`, () => {
      const codes = failureCodes(withInitiative(on), 'CSTD_TINH');
      expect(codes.includes('NO_PROVINCIAL_INITIATIVE')).toBe(!counts);
      const ix = indexRecord(newIndex(), withInitiative(on), 2025, DEFAULT_PROFILE);
      const o = 2025 - Number((on ?? '2024').slice(0, 4));
      expect(ix.initiativeCount[o]).toBe(counts ? 1 : 0);
    });
  }

  it('an open term (no end) keeps every later initiative out', () => {
    const codes = failureCodes(
      withInitiative('2025-06-01', [{ kind: 'CANH_CAO', from: '2024-03-15' }]),
      'CSTD_TINH',
    );
    expect(codes).toContain('NO_PROVINCIAL_INITIATIVE');
  });

  it('two initiatives in the year a term ends: the one after the end counts, the one inside does not (BK tỉnh needs 2)', () => {
    const r: SubjectRecord = {
      ...withInitiative('2024-09-14'),
      initiatives: [
        { year: 2024, level: 'CO_SO', recognizedOn: '2024-09-14' },
        { year: 2024, level: 'CO_SO', recognizedOn: '2024-09-15' },
        { year: 2025, level: 'CO_SO', recognizedOn: '2025-04-01' },
      ],
    };
    expect(failureCodes(r, 'BK_TINH')).not.toContain('FEWER_THAN_TWO_INITIATIVES');
    const inside = { ...r, initiatives: r.initiatives.slice(0, 1).concat(r.initiatives.slice(2)) };
    expect(failureCodes(inside, 'BK_TINH')).toContain('FEWER_THAN_TWO_INITIATIVES');
  });
});

describe("the year's titles and a term's last day", () => {
  const ldtt = (to: string, profile?: ProvinceProfile) =>
    failureCodes(
      {
        kind: 'INDIVIDUAL',
        personCategory: 'CONG_CHUC',
        ratings: [{ year: 2025, rating: 'HTTNV' }],
        awards: [],
        initiatives: [],
        disciplines: [{ kind: 'KHIEN_TRACH', from: '2024-06-01', to }],
        registrations: [{ year: 2025, codes: ['LDTT'] }],
      },
      'LDTT',
      2025,
      profile,
    );
  const counted = { ...DEFAULT_PROFILE, termEndYearTitles: 'COUNTED' as const };
  const cases: [string, boolean, boolean][] = [
    // last day of the term, LĐTT 2025 counts (default), counts (province counts the year a term ends)
    ['2024-12-30', true, true],
    ['2024-12-31', true, true],
    ['2025-01-01', false, true],
    ['2025-06-30', false, true],
    ['2025-12-30', false, true],
    ['2025-12-31', false, false],
    ['2026-01-01', false, false],
  ];
  for (const [to, byDefault, whenCounted] of cases) {
    it(`term's last day ${to}: LĐTT 2025 ${byDefault ? 'counts' : 'does not count'} (default), ${whenCounted ? 'counts' : 'does not'} when the province counts the year a term ends`, () => {
      expect(ldtt(to).includes('DISCIPLINE_TERM')).toBe(!byDefault);
      expect(ldtt(to, counted).includes('DISCIPLINE_TERM')).toBe(!whenCounted);
    });
  }

  it('a term beginning mid-year keeps that whole year out whatever the setting', () => {
    const r: SubjectRecord = {
      kind: 'INDIVIDUAL',
      ratings: [{ year: 2025, rating: 'HTTNV' }],
      awards: [],
      initiatives: [],
      disciplines: [{ kind: 'KHIEN_TRACH', from: '2025-11-20', to: '2026-05-19' }],
    };
    expect(failureCodes(r, 'LDTT', 2025, counted)).toContain('DISCIPLINE_TERM');
  });
});

describe('dayOfYear', () => {
  it.each([
    ['2024-01-01', 1],
    ['2024-02-29', 60],
    ['2024-03-01', 61],
    ['2025-03-01', 60],
    ['2024-12-31', 366],
    ['2025-12-31', 365],
    ['2025-1-01', -1],
    ['', -1],
  ])('%s → %i', (d, n) => expect(dayOfYear(d)).toBe(n));
});

describe('year-end suggestions: only those who may hold the title', () => {
  it('a pupil meeting every other condition is not suggested for Lao động tiên tiến, a farmer is', () => {
    const base = { kind: 'INDIVIDUAL' as const, ratings: [], awards: [], initiatives: [], disciplines: [] };
    const records: SubjectRecord[] = [
      { ...base, id: 'hs', name: 'Học sinh', personCategory: 'HOC_SINH', ratedByPerformance: false },
      { ...base, id: 'nd', name: 'Nông dân', personCategory: 'NONG_DAN', ratedByPerformance: false },
    ];
    const ldtt = suggest(records, 2025).find((s) => s.awardCode === 'LDTT');
    expect([...(ldtt?.eligible ?? []), ...(ldtt?.overQuota ?? [])].map((x) => x.id)).toEqual(['nd']);
  });
});
