/**
 * Table-driven: every rule has at least one case that passes and one that fails, at its boundary
 * where it has one. Each case names the rule and the article it checks.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, evaluate, type ProvinceProfile, RULES, type SubjectRecord } from './index';

const person = (p: Partial<SubjectRecord> = {}): SubjectRecord => ({
  kind: 'INDIVIDUAL',
  ratings: [],
  awards: [],
  initiatives: [],
  disciplines: [],
  ...p,
});
const unit = (p: Partial<SubjectRecord> = {}): SubjectRecord => ({
  kind: 'COLLECTIVE',
  unitKind: 'DON_VI',
  ratings: [],
  awards: [],
  initiatives: [],
  disciplines: [],
  ...p,
});
const household = (p: Partial<SubjectRecord> = {}): SubjectRecord => ({
  kind: 'HOUSEHOLD',
  ratings: [],
  awards: [],
  initiatives: [],
  disciplines: [],
  ...p,
});
const rated = (...rs: [number, 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV'][]) =>
  rs.map(([year, rating]) => ({ year, rating }));
const held = (code: string, ...years: number[]) => years.map((year) => ({ year, code }));
const members = (
  year: number,
  total: number,
  completed: number,
  ldtt: number,
  cstdcs: number,
  warnedOrAbove?: number,
) => [{ year, total, completed, ldtt, cstdcs, warnedOrAbove }];
const withProfile = (p: Partial<ProvinceProfile>): ProvinceProfile => ({ ...DEFAULT_PROFILE, ...p });

interface Case {
  rule: string;
  code: string;
  fails: boolean;
  award: string;
  record: SubjectRecord;
  year?: number;
  date?: string;
  profile?: ProvinceProfile;
  hard?: boolean;
  article: string;
}

const CSTDCS_OK = { ratings: rated([2025, 'HTTNV']), initiatives: [{ year: 2025, level: 'CO_SO' as const }] };

const CASES: Case[] = [
  {
    rule: 'R-GEN-1',
    code: 'SUBJECT_MISMATCH',
    fails: false,
    award: 'LDTT',
    record: person(),
    article: 'Điều 24',
  },
  {
    rule: 'R-GEN-1',
    code: 'SUBJECT_MISMATCH',
    fails: true,
    award: 'LDTT',
    record: unit(),
    article: 'Điều 24',
  },
  {
    rule: 'R-GEN-1',
    code: 'SUBJECT_MISMATCH',
    fails: true,
    award: 'THON_VH',
    record: unit({ unitKind: 'DON_VI' }),
    article: 'Điều 30',
  },
  {
    rule: 'R-GEN-1',
    code: 'SUBJECT_MISMATCH',
    fails: false,
    award: 'THON_VH',
    record: unit({ unitKind: 'THON' }),
    article: 'Điều 30',
  },
  {
    rule: 'R-GEN-1',
    code: 'SUBJECT_MISMATCH',
    fails: false,
    award: 'XA_TB',
    record: unit({ unitKind: 'XA' }),
    article: 'Điều 29',
  },
  {
    rule: 'R-GEN-2',
    code: 'DECISION_BEFORE_ACHIEVEMENT',
    fails: false,
    award: 'GK_XA_SUDDEN',
    record: person(),
    date: '2025-01-01',
    article: 'Khoản 2 Điều 5',
  },
  {
    rule: 'R-GEN-2',
    code: 'DECISION_BEFORE_ACHIEVEMENT',
    fails: true,
    award: 'GK_XA_SUDDEN',
    record: person(),
    date: '2024-12-31',
    article: 'Khoản 2 Điều 5',
  },
  {
    rule: 'R-PRIN-4',
    code: 'PENDING_MATTER',
    fails: false,
    award: 'GK_XA_SUDDEN',
    record: person(),
    article: 'Nghị định 152/2025',
  },
  {
    rule: 'R-PRIN-4',
    code: 'PENDING_MATTER',
    fails: true,
    award: 'GK_XA_SUDDEN',
    record: person({ pendingMatters: [{ kind: 'TO_CAO', since: '2025-10-01' }] }),
    article: 'Nghị định 152/2025',
  },
  // Boundary: a term ending on 1 Jan 2025 leaves 2025 clean; ending 2 Jan taints it.
  {
    rule: 'R-PRIN-5',
    code: 'DISCIPLINE_TERM',
    fails: false,
    award: 'GK_XA_REGULAR',
    record: person({ disciplines: [{ kind: 'KHIEN_TRACH', from: '2024-01-01', to: '2025-01-01' }] }),
    article: 'Nghị định 152/2025',
    hard: true,
  },
  {
    rule: 'R-PRIN-5',
    code: 'DISCIPLINE_TERM',
    fails: true,
    award: 'GK_XA_REGULAR',
    record: person({ disciplines: [{ kind: 'KHIEN_TRACH', from: '2024-01-02', to: '2025-01-02' }] }),
    article: 'Nghị định 152/2025',
    hard: true,
  },
  {
    rule: 'R-PRIN-5',
    code: 'DISCIPLINE_TERM',
    fails: true,
    award: 'GK_XA_REGULAR',
    year: 2024,
    date: '2025-01-10',
    record: person({ disciplines: [{ kind: 'CANH_CAO', from: '2024-03-01' }] }),
    article: 'Nghị định 98/2023',
    hard: false,
  },
  {
    rule: 'R-REG-1',
    code: 'NOT_REGISTERED',
    fails: false,
    award: 'LDTT',
    record: person({ ratings: rated([2025, 'HTTNV']), registrations: [{ year: 2025, codes: ['CSTDCS'] }] }),
    article: 'Khoản 4 Điều 24',
  },
  {
    rule: 'R-REG-1',
    code: 'NOT_REGISTERED',
    fails: true,
    award: 'LDTT',
    record: person({ ratings: rated([2025, 'HTTNV']), registrations: [{ year: 2024, codes: ['LDTT'] }] }),
    article: 'Khoản 4 Điều 24',
    hard: false,
  },
  {
    rule: 'R-REG-1',
    code: 'NOT_REGISTERED',
    fails: false,
    award: 'LDTT',
    profile: withProfile({ requireRegistrationForTitles: false }),
    record: person({ ratings: rated([2025, 'HTTNV']), registrations: [] }),
    article: 'Khoản 4 Điều 24',
  },
  {
    rule: 'R-DATA-1',
    code: 'MISSING_RATING',
    fails: false,
    award: 'LDTT',
    record: person({ ratings: rated([2025, 'HTNV']) }),
    article: 'Điều 23, 24',
  },
  {
    rule: 'R-DATA-1',
    code: 'MISSING_RATING',
    fails: true,
    award: 'LDTT',
    record: person({ ratings: rated([2024, 'HTXSNV']) }),
    article: 'Điều 23, 24',
  },
  {
    rule: 'R-DATA-1',
    code: 'MISSING_RATING',
    fails: false,
    award: 'LDTT',
    record: person({ ratedByPerformance: false }),
    article: 'Điều 23, 24',
  },
  {
    rule: 'R-LDTT-1',
    code: 'RATING_BELOW_HTTNV',
    fails: false,
    award: 'LDTT',
    record: person({ ratings: rated([2025, 'HTTNV']) }),
    article: 'Điểm a khoản 1 Điều 24',
  },
  {
    rule: 'R-LDTT-1',
    code: 'RATING_BELOW_HTTNV',
    fails: true,
    award: 'LDTT',
    record: person({ ratings: rated([2025, 'HTNV']) }),
    article: 'Điểm a khoản 1 Điều 24',
    hard: true,
  },
  {
    rule: 'R-LDTT-1',
    code: 'RATING_BELOW_HTTNV',
    fails: true,
    award: 'LDTT',
    year: 2023,
    date: '2024-01-05',
    record: person({ ratings: rated([2023, 'HTNV']) }),
    article: 'Luật Thi đua, khen thưởng 2003',
  },
  {
    rule: 'R-CSTT-1',
    code: 'NOT_ARMED_FORCES',
    fails: false,
    award: 'CSTT',
    record: person({ armedForces: true, ratings: rated([2025, 'HTTNV']) }),
    article: 'Khoản 3 Điều 24',
  },
  {
    rule: 'R-CSTT-1',
    code: 'NOT_ARMED_FORCES',
    fails: true,
    award: 'CSTT',
    record: person({ ratings: rated([2025, 'HTTNV']) }),
    article: 'Khoản 3 Điều 24',
  },
  {
    rule: 'R-CSTDCS-1',
    code: 'NO_INITIATIVE',
    fails: false,
    award: 'CSTDCS',
    record: person(CSTDCS_OK),
    article: 'Điểm b Điều 23',
  },
  {
    rule: 'R-CSTDCS-1',
    code: 'NO_INITIATIVE',
    fails: true,
    award: 'CSTDCS',
    record: person({ ratings: rated([2025, 'HTXSNV']), initiatives: [{ year: 2024, level: 'TINH' }] }),
    article: 'Điểm b Điều 23',
    hard: true,
  },
  {
    rule: 'R-AMEND-1',
    code: 'CSTDCS_NEEDS_HTXSNV',
    fails: false,
    award: 'CSTDCS',
    record: person(CSTDCS_OK),
    date: '2026-10-01',
    article: 'Luật sửa đổi',
  },
  {
    rule: 'R-AMEND-1',
    code: 'CSTDCS_NEEDS_HTXSNV',
    fails: true,
    award: 'CSTDCS',
    record: person(CSTDCS_OK),
    date: '2026-10-01',
    profile: withProfile({ amendingLaw: { enabled: true, effectiveFrom: '2026-10-01' } }),
    article: 'Luật sửa đổi',
  },
  {
    rule: 'R-AMEND-1',
    code: 'CSTDCS_NEEDS_HTXSNV',
    fails: false,
    award: 'CSTDCS',
    record: person(CSTDCS_OK),
    date: '2026-09-30',
    profile: withProfile({ amendingLaw: { enabled: true, effectiveFrom: '2026-10-01' } }),
    article: 'Luật sửa đổi',
  },
  {
    rule: 'R-CSTDT-1',
    code: 'CSTDCS_CHAIN',
    fails: false,
    award: 'CSTD_TINH',
    record: person({ ...CSTDCS_OK, awards: held('CSTDCS', 2023, 2024) }),
    article: 'Điều 22',
  },
  {
    rule: 'R-CSTDT-1',
    code: 'CSTDCS_CHAIN',
    fails: true,
    award: 'CSTD_TINH',
    record: person({ ...CSTDCS_OK, awards: held('CSTDCS', 2022, 2024) }),
    article: 'Điều 22',
  },
  {
    rule: 'R-CSTDT-1',
    code: 'CSTDCS_CHAIN',
    fails: true,
    award: 'CSTD_TINH',
    record: person({
      ...CSTDCS_OK,
      awards: [
        { year: 2023, code: 'CSTDCS', thematic: true },
        { year: 2024, code: 'CSTDCS' },
      ],
    }),
    article: 'Điều 22 (R-PRIN-3)',
  },
  {
    rule: 'R-CSTDT-1',
    code: 'CSTDCS_CHAIN',
    fails: false,
    award: 'CSTD_TINH',
    profile: withProfile({ cstdTinhTiming: 'YEAR_AFTER_3RD' }),
    record: person({ awards: held('CSTDCS', 2022, 2023, 2024) }),
    article: 'Điều 22',
  },
  {
    rule: 'R-CSTDT-2',
    code: 'NO_PROVINCIAL_INITIATIVE',
    fails: false,
    award: 'CSTD_TINH',
    record: person({ initiatives: [{ year: 2023, level: 'TINH' }] }),
    article: 'Điều 22',
  },
  {
    rule: 'R-CSTDT-2',
    code: 'NO_PROVINCIAL_INITIATIVE',
    fails: true,
    award: 'CSTD_TINH',
    record: person({
      initiatives: [
        { year: 2022, level: 'TINH' },
        { year: 2025, level: 'CO_SO' },
      ],
    }),
    article: 'Điều 22',
  },
  {
    rule: 'R-CSTDTQ-1',
    code: 'CSTD_TINH_CHAIN',
    fails: false,
    award: 'CSTD_TQ',
    record: person({ awards: held('CSTD_TINH', 2021, 2024) }),
    article: 'Điều 21',
  },
  {
    rule: 'R-CSTDTQ-1',
    code: 'CSTD_TINH_CHAIN',
    fails: true,
    award: 'CSTD_TQ',
    record: person({ awards: held('CSTD_TINH', 2020, 2024) }),
    article: 'Điều 21',
  },
  {
    rule: 'R-CSTDTQ-2',
    code: 'NO_NATIONAL_INITIATIVE',
    fails: false,
    award: 'CSTD_TQ',
    record: person({ initiatives: [{ year: 2023, level: 'TOAN_QUOC' }] }),
    article: 'Điều 21',
  },
  {
    rule: 'R-CSTDTQ-2',
    code: 'NO_NATIONAL_INITIATIVE',
    fails: true,
    award: 'CSTD_TQ',
    record: person({ initiatives: [{ year: 2023, level: 'TINH' }] }),
    article: 'Điều 21',
  },
  {
    rule: 'R-TTLDTT-1',
    code: 'COLLECTIVE_RATING_BELOW_HTTNV',
    fails: false,
    award: 'TTLDTT',
    record: unit({ ratings: rated([2025, 'HTTNV']) }),
    article: 'Điểm a khoản 1 Điều 28',
  },
  {
    rule: 'R-TTLDTT-1',
    code: 'COLLECTIVE_RATING_BELOW_HTTNV',
    fails: true,
    award: 'TTLDTT',
    record: unit({ ratings: rated([2025, 'HTNV']) }),
    article: 'Điểm a khoản 1 Điều 28',
  },
  {
    rule: 'R-DATA-2',
    code: 'MISSING_MEMBER_DATA',
    fails: false,
    award: 'TTLDTT',
    record: unit({ members: members(2025, 10, 10, 6, 1) }),
    article: 'Điều 27, 28',
  },
  {
    rule: 'R-DATA-2',
    code: 'MISSING_MEMBER_DATA',
    fails: true,
    award: 'TTLDTT',
    record: unit({ members: members(2024, 10, 10, 6, 1) }),
    article: 'Điều 27, 28',
  },
  // Boundary: 50 % is not "more than 50 %".
  {
    rule: 'R-TTLDTT-2',
    code: 'LDTT_SHARE_NOT_OVER_HALF',
    fails: false,
    award: 'TTLDTT',
    record: unit({ members: members(2025, 10, 10, 6, 0) }),
    article: 'Điểm c khoản 1 Điều 28',
  },
  {
    rule: 'R-TTLDTT-2',
    code: 'LDTT_SHARE_NOT_OVER_HALF',
    fails: true,
    award: 'TTLDTT',
    record: unit({ members: members(2025, 10, 10, 5, 0) }),
    article: 'Điểm c khoản 1 Điều 28',
  },
  {
    rule: 'R-TT2013-1',
    code: 'MEMBER_WARNED',
    fails: false,
    award: 'TTLDTT',
    year: 2023,
    date: '2024-01-10',
    record: unit({ members: members(2023, 10, 10, 6, 0, 0) }),
    article: 'Điều 27, 28 Luật Thi đua, khen thưởng 2003',
  },
  {
    rule: 'R-TT2013-1',
    code: 'MEMBER_WARNED',
    fails: true,
    award: 'TTLDTT',
    year: 2023,
    date: '2024-01-10',
    record: unit({ members: members(2023, 10, 10, 6, 0, 1) }),
    article: 'Điều 27, 28 Luật Thi đua, khen thưởng 2003',
  },
  {
    rule: 'R-TT2013-1',
    code: 'MEMBER_WARNED',
    fails: false,
    award: 'TTLDTT',
    year: 2025,
    record: unit({ members: members(2025, 10, 10, 6, 0, 1) }),
    article: 'not in the 2022 law',
  },
  {
    rule: 'R-TTLDXS-1',
    code: 'COLLECTIVE_NOT_HTXSNV',
    fails: false,
    award: 'TTLDXS',
    record: unit({ ratings: rated([2025, 'HTXSNV']) }),
    article: 'Điểm a khoản 1 Điều 27',
  },
  {
    rule: 'R-TTLDXS-1',
    code: 'COLLECTIVE_NOT_HTXSNV',
    fails: true,
    award: 'TTLDXS',
    record: unit({ ratings: rated([2025, 'HTTNV']) }),
    article: 'Điểm a khoản 1 Điều 27',
  },
  {
    rule: 'R-TTLDXS-2',
    code: 'NOT_ALL_MEMBERS_COMPLETED',
    fails: false,
    award: 'TTLDXS',
    record: unit({ members: members(2025, 10, 10, 7, 1) }),
    article: 'Điểm c khoản 1 Điều 27',
  },
  {
    rule: 'R-TTLDXS-2',
    code: 'NOT_ALL_MEMBERS_COMPLETED',
    fails: true,
    award: 'TTLDXS',
    record: unit({ members: members(2025, 10, 9, 7, 1) }),
    article: 'Điểm c khoản 1 Điều 27',
  },
  // Boundary: exactly 70 % passes, 69 % fails.
  {
    rule: 'R-TTLDXS-3',
    code: 'LDTT_SHARE_BELOW_70',
    fails: false,
    award: 'TTLDXS',
    record: unit({ members: members(2025, 10, 10, 7, 1) }),
    article: 'Điểm c khoản 1 Điều 27',
  },
  {
    rule: 'R-TTLDXS-3',
    code: 'LDTT_SHARE_BELOW_70',
    fails: true,
    award: 'TTLDXS',
    record: unit({ members: members(2025, 100, 100, 69, 1) }),
    article: 'Điểm c khoản 1 Điều 27',
  },
  {
    rule: 'R-TTLDXS-4',
    code: 'NO_MEMBER_CSTDCS',
    fails: false,
    award: 'TTLDXS',
    record: unit({ members: members(2025, 10, 10, 7, 1) }),
    article: 'Điểm d khoản 1 Điều 27',
  },
  {
    rule: 'R-TTLDXS-4',
    code: 'NO_MEMBER_CSTDCS',
    fails: true,
    award: 'TTLDXS',
    record: unit({ members: members(2025, 10, 10, 7, 0) }),
    article: 'Điểm d khoản 1 Điều 27',
  },
  {
    rule: 'R-COTINH-1',
    code: 'NO_TTLDXS',
    fails: false,
    award: 'CO_TINH',
    record: unit({ awards: held('TTLDXS', 2025) }),
    article: 'Khoản 3 Điều 26',
  },
  {
    rule: 'R-COTINH-1',
    code: 'NO_TTLDXS',
    fails: true,
    award: 'CO_TINH',
    record: unit({ awards: held('TTLDXS', 2024) }),
    article: 'Khoản 3 Điều 26',
    hard: false,
  },
  {
    rule: 'R-D86-3',
    code: 'HOUSEHOLD_VIOLATION',
    fails: false,
    award: 'GDVH',
    record: household({ householdViolationYears: [2024] }),
    article: 'Nghị định 86/2023',
  },
  {
    rule: 'R-D86-3',
    code: 'HOUSEHOLD_VIOLATION',
    fails: true,
    award: 'GDVH',
    record: household({ householdViolationYears: [2025] }),
    article: 'Nghị định 86/2023',
  },
  {
    rule: 'R-GK-1',
    code: 'RATING_KHTNV',
    fails: false,
    award: 'GK_XA_REGULAR',
    record: person({ ratings: rated([2025, 'HTNV']) }),
    article: 'Điều 75',
  },
  {
    rule: 'R-GK-1',
    code: 'RATING_KHTNV',
    fails: true,
    award: 'GK_XA_REGULAR',
    record: person({ ratings: rated([2025, 'KHTNV']) }),
    article: 'Điều 75',
    hard: false,
  },
  // Boundary: exactly the province minimum passes.
  {
    rule: 'R-GK-2',
    code: 'CONTRIBUTION_BELOW_MIN',
    fails: false,
    award: 'GK_XA_HOUSEHOLD',
    record: household({ contributions: [{ year: 2025, amount: 20_000_000 }] }),
    article: 'Khoản 2 Điều 75',
  },
  {
    rule: 'R-GK-2',
    code: 'CONTRIBUTION_BELOW_MIN',
    fails: true,
    award: 'GK_XA_HOUSEHOLD',
    record: household({ contributions: [{ year: 2025, amount: 19_999_999 }] }),
    article: 'Khoản 2 Điều 75',
  },
  {
    rule: 'R-GK-3',
    code: 'NOT_OUTSIDE_COMMUNE',
    fails: false,
    award: 'GK_XA_EXTERNAL',
    record: person({ outsideCommune: true }),
    article: 'Khoản 2 Điều 75',
  },
  {
    rule: 'R-GK-3',
    code: 'NOT_OUTSIDE_COMMUNE',
    fails: true,
    award: 'GK_XA_EXTERNAL',
    record: person(),
    article: 'Khoản 2 Điều 75',
  },
  {
    rule: 'R-BKT-1',
    code: 'NOT_TWO_YEARS_HTXSNV',
    fails: false,
    award: 'BK_TINH',
    record: person({ ratings: rated([2024, 'HTXSNV'], [2025, 'HTXSNV']) }),
    article: 'Điều 74',
  },
  {
    rule: 'R-BKT-1',
    code: 'NOT_TWO_YEARS_HTXSNV',
    fails: true,
    award: 'BK_TINH',
    record: person({ ratings: rated([2024, 'HTTNV'], [2025, 'HTXSNV']) }),
    article: 'Điều 74',
    hard: false,
  },
  {
    rule: 'R-BKT-2',
    code: 'FEWER_THAN_TWO_INITIATIVES',
    fails: false,
    award: 'BK_TINH',
    record: person({
      initiatives: [
        { year: 2024, level: 'CO_SO' },
        { year: 2025, level: 'CO_SO' },
      ],
    }),
    article: 'Điều 74',
  },
  {
    rule: 'R-BKT-2',
    code: 'FEWER_THAN_TWO_INITIATIVES',
    fails: true,
    award: 'BK_TINH',
    record: person({
      initiatives: [
        { year: 2023, level: 'CO_SO' },
        { year: 2025, level: 'CO_SO' },
      ],
    }),
    article: 'Điều 74',
  },
  {
    rule: 'R-BKTTG-1',
    code: 'NO_BK_TINH_BEFORE',
    fails: false,
    award: 'BK_TTG',
    record: person({ awards: held('BK_TINH', 2020) }),
    article: 'Điều 73',
  },
  {
    rule: 'R-BKTTG-1',
    code: 'NO_BK_TINH_BEFORE',
    fails: true,
    award: 'BK_TTG',
    record: person({ awards: held('BK_TINH', 2021) }),
    article: 'Điều 73',
  },
  {
    rule: 'R-BKTTG-2',
    code: 'NOT_FIVE_YEARS_RATED',
    fails: false,
    award: 'BK_TTG',
    record: person({
      ratings: rated([2021, 'HTTNV'], [2022, 'HTTNV'], [2023, 'HTXSNV'], [2024, 'HTTNV'], [2025, 'HTTNV']),
    }),
    article: 'Điều 73',
  },
  {
    rule: 'R-BKTTG-2',
    code: 'NOT_FIVE_YEARS_RATED',
    fails: true,
    award: 'BK_TTG',
    record: person({
      ratings: rated([2021, 'HTNV'], [2022, 'HTTNV'], [2023, 'HTXSNV'], [2024, 'HTTNV'], [2025, 'HTTNV']),
    }),
    article: 'Điều 73',
  },
  {
    rule: 'R-BKTTG-3',
    code: 'FEWER_THAN_THREE_CSTDCS',
    fails: false,
    award: 'BK_TTG',
    record: person({ awards: held('CSTDCS', 2021, 2023, 2025) }),
    article: 'Điều 73',
  },
  {
    rule: 'R-BKTTG-3',
    code: 'FEWER_THAN_THREE_CSTDCS',
    fails: true,
    award: 'BK_TTG',
    record: person({ awards: held('CSTDCS', 2020, 2023, 2025) }),
    article: 'Điều 73',
  },
  {
    rule: 'R-HCLD3-1',
    code: 'NO_BK_TTG_BEFORE',
    fails: false,
    award: 'HCLD3',
    record: person({ awards: held('BK_TTG', 2019) }),
    article: 'Điều 45',
  },
  {
    rule: 'R-HCLD3-1',
    code: 'NO_BK_TTG_BEFORE',
    fails: true,
    award: 'HCLD3',
    record: person({ awards: held('BK_TTG', 2022) }),
    article: 'Điều 45',
  },
  {
    rule: 'R-HCLD3-2',
    code: 'NOT_FIVE_YEARS_HTXSNV',
    fails: false,
    award: 'HCLD3',
    record: person({
      ratings: rated(
        [2021, 'HTXSNV'],
        [2022, 'HTXSNV'],
        [2023, 'HTXSNV'],
        [2024, 'HTXSNV'],
        [2025, 'HTXSNV'],
      ),
    }),
    article: 'Điều 45',
  },
  {
    rule: 'R-HCLD3-2',
    code: 'NOT_FIVE_YEARS_HTXSNV',
    fails: true,
    award: 'HCLD3',
    record: person({
      ratings: rated([2022, 'HTXSNV'], [2023, 'HTXSNV'], [2024, 'HTXSNV'], [2025, 'HTXSNV']),
    }),
    article: 'Điều 45',
  },
  {
    rule: 'R-HCLD3-3',
    code: 'FEWER_THAN_TWO_CSTD_TINH',
    fails: false,
    award: 'HCLD3',
    record: person({ awards: held('CSTD_TINH', 2022, 2025) }),
    article: 'Điều 45',
  },
  {
    rule: 'R-HCLD3-3',
    code: 'FEWER_THAN_TWO_CSTD_TINH',
    fails: true,
    award: 'HCLD3',
    record: person({ awards: held('CSTD_TINH', 2019, 2025) }),
    article: 'Điều 45',
  },
];

describe('every rule, passing and failing, with its article', () => {
  it.each(CASES)('$rule $code $award fails=$fails — $article', (c) => {
    const v = evaluate(
      c.record,
      c.award,
      c.year ?? 2025,
      c.date ?? `${(c.year ?? 2025) + 1}-01-15`,
      c.profile ?? DEFAULT_PROFILE,
    );
    const f = v.failures.find((x) => x.code === c.code);
    if (c.fails) {
      expect(f, JSON.stringify(v.failures)).toBeDefined();
      expect(f?.article).toContain(
        c.article.split(' (')[0]?.startsWith('not') ? '' : (c.article.split(' (')[0] as string),
      );
      expect(f?.message.length).toBeGreaterThan(10);
      if (c.hard !== undefined) expect(f?.hard).toBe(c.hard);
      expect(v.eligible).toBe(false);
    } else {
      expect(f, JSON.stringify(v.failures)).toBeUndefined();
    }
  });

  it('covers every rule of the engine with a passing and a failing case', () => {
    for (const r of RULES) {
      expect(
        CASES.some((c) => c.rule === r.id && c.fails),
        `${r.id} has no failing case`,
      ).toBe(true);
      expect(
        CASES.some((c) => c.rule === r.id && !c.fails),
        `${r.id} has no passing case`,
      ).toBe(true);
    }
  });
});
