/**
 * Every deadline at its boundary: the day before, the day itself (on time: dates are inclusive) and the
 * day after (late), for each kind — legal, plan (review scoring), movement (registration) — and across
 * 1 December (the statistics year) and 29 February.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/iso-date';
import {
  communeDeadlines,
  culturePublishDeadline,
  cultureReviewDeadline,
  deadlinesFor,
  deadlinesWithin,
  isCultureReviewLate,
  isLate,
  legalDeadlinesOf,
  statisticsPeriod,
  statisticsReportDeadline,
  statisticsYearOf,
} from './index';

const around = (date: string) => [addDays(date, -1), date, addDays(date, 1)] as const;

describe('legal deadlines of a year (Decree 86/2023, Circular 02/2023)', () => {
  it.each([2023, 2024, 2025, 2028])('%i: review by 24/11, statistics to 30/11, report by 15/12', (year) => {
    const list = legalDeadlinesOf(year);
    const on = (rule: string) => list.filter((d) => d.rule === rule).map((d) => d.date);
    expect(on('D86-REVIEW')).toEqual([`${year}-11-24`, `${year}-11-24`]);
    expect(on('TT02-PERIOD')).toEqual([`${year}-11-30`]);
    expect(on('TT02-REPORT')).toEqual([`${year}-12-15`]);
    for (const d of list) {
      expect(d.kind).toBe('LEGAL');
      expect(d.article.length).toBeGreaterThan(20);
      expect(d.audience).toBe('OFFICER');
    }
    expect(list.find((d) => d.rule === 'TT02-REPORT')?.article).toContain('chưa xác minh');
    expect(new Set(list.map((d) => d.id)).size).toBe(list.length);
  });

  it('the review: 24/11 on time, 25/11 late ("trước ngày 25/11")', () => {
    const [before, day, after] = around(cultureReviewDeadline(2025));
    expect([before, day, after]).toEqual(['2025-11-23', '2025-11-24', '2025-11-25']);
    expect([before, day, after].map((d) => isCultureReviewLate(2025, d))).toEqual([false, false, true]);
  });

  it.each([
    // decision → last day to publish (15 days, the decision's day not counted)
    ['2025-11-20', '2025-12-05'],
    ['2025-12-20', '2026-01-04'], // across the year
    ['2024-02-14', '2024-02-29'], // leap year
    ['2025-02-14', '2025-03-01'], // not a leap year
    ['2100-02-14', '2100-03-01'], // 2100 is not a leap year
  ])('publish the list of a decision of %s by %s', (decision, last) => {
    const due = culturePublishDeadline(decision);
    expect(due).toBe(last);
    const [before, day, after] = around(due);
    expect([before, day, after].map((d) => isLate({ date: due }, d))).toEqual([false, false, true]);
  });

  it.each([
    ['2025-11-29', 2025],
    ['2025-11-30', 2025],
    ['2025-12-01', 2026],
    ['2025-12-31', 2026],
    ['2026-01-01', 2026],
    ['2024-02-29', 2024],
    ['2023-12-01', 2024],
  ])('a day of %s counts in the statistics of %i', (day, year) => {
    expect(statisticsYearOf(day)).toBe(year);
    const p = statisticsPeriod(year);
    expect(day >= p.from && day <= p.to).toBe(true);
  });

  it('statistics periods follow each other without gap; a leap period has 366 days', () => {
    expect(statisticsPeriod(2024)).toEqual({ from: '2023-12-01', to: '2024-11-30' });
    expect(addDays(statisticsPeriod(2024).to, 1)).toBe(statisticsPeriod(2025).from);
    const days = (y: number) =>
      (Date.parse(statisticsPeriod(y).to) - Date.parse(statisticsPeriod(y).from)) / 86_400_000 + 1;
    expect(days(2024)).toBe(366);
    expect(days(2025)).toBe(365);
    const due = statisticsReportDeadline(2025);
    expect(around(due).map((d) => isLate({ date: due }, d))).toEqual([false, false, true]);
  });
});

describe("a commune's deadlines (movements, reviews, decisions, disclosures)", () => {
  const list = communeDeadlines({
    year: 2025,
    movements: [
      {
        id: 'm1',
        name: 'Thi đua nông thôn mới',
        open: true,
        registrationDeadline: '2025-03-31',
        endDate: '2025-10-31',
        unitsNotRegistered: ['u1'],
      },
      {
        id: 'm2',
        name: 'Phong trào đã đóng đăng ký',
        open: false,
        registrationDeadline: '2025-02-28',
        endDate: null,
        unitsNotRegistered: ['u1'],
      },
    ],
    reviews: [{ id: 'r1', title: 'Tổng kết năm 2025', scoreDeadline: '2025-12-10', unitsNotScored: ['u2'] }],
    decisions: [
      { id: 'd1', awardCode: 'GDVH', decisionDate: '2025-11-20', reference: '5/QĐ-UBND' },
      { id: 'd2', awardCode: 'LDTT', decisionDate: '2025-12-20', reference: '6/QĐ-UBND' },
    ],
    disclosures: [{ id: 'c1', title: 'Danh sách CSTĐCS', startsOn: '2025-12-01', endsOn: '2025-12-05' }],
  });

  it('has one deadline per duty, each with its kind, article and severity', () => {
    const by = (id: string) => list.find((d) => d.id === id);
    expect(by('REGISTRATION:m1')).toMatchObject({ kind: 'MOVEMENT', date: '2025-03-31', severity: 'REFUSE' });
    expect(by('REGISTRATION:m1:u1')).toMatchObject({ audience: 'UNIT', unitId: 'u1' });
    expect(by('REGISTRATION:m2')).toBeUndefined();
    expect(by('MOVEMENT_END:m1')?.date).toBe('2025-10-31');
    expect(by('SELF_SCORE:r1')).toMatchObject({ kind: 'PLAN', date: '2025-12-10' });
    expect(by('SELF_SCORE:r1:u2')).toMatchObject({ audience: 'UNIT', unitId: 'u2' });
    expect(by('D86-PUBLISH:d1')).toMatchObject({ kind: 'LEGAL', date: '2025-12-05', link: '/quyet-dinh/d1' });
    expect(by('D86-PUBLISH:d2')).toBeUndefined();
    expect(by('DISCLOSURE:c1')).toMatchObject({ date: '2025-12-05', severity: 'REFUSE' });
    expect([...list].map((d) => d.date)).toEqual([...list.map((d) => d.date)].sort());
    for (const d of list) expect(d.article.length).toBeGreaterThan(10);
  });

  it('an officer sees the commune’s duties; a unit head only their unit’s', () => {
    const officer = deadlinesFor(list, { wholeCommune: true, unitId: null });
    expect(officer.every((d) => d.audience === 'OFFICER')).toBe(true);
    expect(deadlinesFor(list, { wholeCommune: false, unitId: 'u1' }).map((d) => d.id)).toEqual([
      'REGISTRATION:m1:u1',
    ]);
    expect(deadlinesFor(list, { wholeCommune: false, unitId: 'u2' }).map((d) => d.id)).toEqual([
      'SELF_SCORE:r1:u2',
    ]);
  });

  it.each([
    // today → the deadlines of the 7 days from today (today and 6 more)
    ['2025-11-17', []],
    ['2025-11-18', ['2025-11-24', '2025-11-24']],
    ['2025-11-24', ['2025-11-24', '2025-11-24', '2025-11-30']],
    ['2025-11-25', ['2025-11-30']],
    ['2025-11-30', ['2025-11-30', '2025-12-05', '2025-12-05']],
    ['2025-12-08', []],
    ['2025-12-09', ['2025-12-15']],
    ['2025-12-15', ['2025-12-15']],
    ['2025-12-16', []],
  ] as [string, string[]][])('this week from %s: %j', (today, dates) => {
    const officer = deadlinesFor(list, { wholeCommune: true, unitId: null }).filter(
      (d) => d.kind === 'LEGAL',
    );
    expect(deadlinesWithin(officer, today, addDays(today, 6)).map((d) => d.date)).toEqual(dates);
  });
});
