import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Target } from './target';
import { latestProgress, targetStatus } from './target-status';
import { validateProgressEntry, validateTarget } from './target-validation';
import { targetsSummary } from './targets-summary';

const revenue: Target = {
  id: 't1',
  code: 'CT01',
  name: 'Thu ngân sách trên địa bàn',
  field: 'KINH_TE',
  unit: 'tỷ đồng',
  direction: 'AT_LEAST',
  planned: 12,
  responsibleUnitId: 'tai-chinh',
  progress: [],
  year: 2024,
};
const poverty: Target = {
  id: 't2',
  code: 'CT09',
  name: 'Tỷ lệ hộ nghèo',
  field: 'AN_SINH_XA_HOI',
  unit: '%',
  direction: 'AT_MOST',
  planned: 2.5,
  responsibleUnitId: 'lđtbxh',
  progress: [],
  year: 2024,
};
const at = (t: Target, ...entries: [string, number][]): Target => ({
  ...t,
  progress: entries.map(([date, value]) => ({ date, value })),
});

describe('target completion at exact boundaries', () => {
  it('AT_LEAST: the planned value itself completes, a hair below does not', () => {
    expect(targetStatus(at(revenue, ['2024-12-20', 12]), '2024-12-31')).toMatchObject({
      completed: true,
      ratio: 1,
      state: 'COMPLETED',
    });
    expect(targetStatus(at(revenue, ['2024-12-20', 11.99]), '2024-12-31').completed).toBe(false);
    expect(targetStatus(at(revenue, ['2024-12-20', 12.01]), '2024-12-31').completed).toBe(true);
  });

  it('AT_MOST: the ceiling itself completes, a hair above does not', () => {
    expect(targetStatus(at(poverty, ['2024-12-20', 2.5]), '2024-12-31')).toMatchObject({
      completed: true,
      ratio: 1,
    });
    expect(targetStatus(at(poverty, ['2024-12-20', 2.51]), '2024-12-31').completed).toBe(false);
    expect(targetStatus(at(poverty, ['2024-12-20', 2.49]), '2024-12-31').completed).toBe(true);
    expect(targetStatus(at(poverty, ['2024-12-20', 0]), '2024-12-31')).toMatchObject({
      completed: true,
      ratio: 1,
    });
  });

  it('a zero plan: AT_LEAST 0 is met by 0, AT_MOST 0 is not met by anything above 0', () => {
    const zeroCrime: Target = { ...poverty, planned: 0, unit: 'vụ' };
    expect(targetStatus(at(zeroCrime, ['2024-06-01', 0]), '2024-06-30')).toMatchObject({
      completed: true,
      ratio: 1,
    });
    expect(targetStatus(at(zeroCrime, ['2024-06-01', 1]), '2024-06-30')).toMatchObject({
      completed: false,
      ratio: 0,
    });
    expect(targetStatus(at({ ...revenue, planned: 0 }, ['2024-06-01', 0]), '2024-06-30')).toMatchObject({
      completed: true,
      ratio: 1,
    });
  });

  it('negative figures (a growth rate) decide completion but give no ratio', () => {
    const growth: Target = { ...revenue, planned: -1, unit: '%' };
    expect(targetStatus(at(growth, ['2024-06-01', -1]), '2024-06-30')).toMatchObject({
      completed: true,
      ratio: null,
    });
    expect(targetStatus(at(growth, ['2024-06-01', -1.5]), '2024-06-30')).toMatchObject({
      completed: false,
      ratio: null,
    });
  });

  it('completion agrees with the direction for any values (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.boolean(),
        (planned, value, least) => {
          const t: Target = {
            ...revenue,
            planned,
            direction: least ? 'AT_LEAST' : 'AT_MOST',
            progress: [{ date: '2024-05-01', value }],
          };
          const s = targetStatus(t, '2024-05-02');
          expect(s.completed).toBe(least ? value >= planned : value <= planned);
          if (s.ratio !== null) expect(s.ratio >= 1).toBe(s.completed);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('latest progress', () => {
  it('takes the latest entry on or before the date, the last entered among equal dates', () => {
    const p = [
      { date: '2024-03-31', value: 3 },
      { date: '2024-06-30', value: 6, evidence: 'Báo cáo 6 tháng' },
      { date: '2024-06-30', value: 6.5, evidence: 'Báo cáo 6 tháng (điều chỉnh)' },
      { date: '2024-09-30', value: 9 },
    ];
    expect(latestProgress(p, '2024-07-01')?.value).toBe(6.5);
    expect(latestProgress(p, '2024-06-29')?.value).toBe(3);
    expect(latestProgress(p, '2024-01-01')).toBeNull();
  });
});

describe('at risk (linear expectation)', () => {
  it('AT_LEAST: behind the line by more than 10 % of the plan is at risk', () => {
    // 30/06/2024: 182 of 366 days → expected 12 × 182/366 ≈ 5.97; slack 1.2
    expect(targetStatus(at(revenue, ['2024-06-30', 4.8]), '2024-06-30')).toMatchObject({
      state: 'ON_TRACK',
      atRisk: false,
    });
    const s = targetStatus(at(revenue, ['2024-06-30', 4.7]), '2024-06-30');
    expect(s).toMatchObject({ state: 'AT_RISK', atRisk: true });
    expect(s.label).toBe('Có nguy cơ không hoàn thành: đạt 4,7 / kế hoạch 12 tỷ đồng');
  });

  it('AT_MOST with a baseline follows the path down; without one, any value above the ceiling is at risk', () => {
    const withBase = { ...poverty, baseline: 4.5 };
    // mid-year expectation ≈ 4.5 − 2 × 0.497 ≈ 3.51; slack 0.2
    expect(targetStatus(at(withBase, ['2024-06-30', 3.7]), '2024-06-30').state).toBe('ON_TRACK');
    expect(targetStatus(at(withBase, ['2024-06-30', 3.8]), '2024-06-30').state).toBe('AT_RISK');
    expect(targetStatus(at(poverty, ['2024-06-30', 2.6]), '2024-06-30').state).toBe('AT_RISK');
  });

  it('no report: fine in the first quarter, at risk after it', () => {
    expect(targetStatus(revenue, '2024-03-01')).toMatchObject({
      state: 'NO_DATA',
      atRisk: false,
      label: 'Chưa có số liệu',
    });
    expect(targetStatus(revenue, '2024-04-15')).toMatchObject({ state: 'AT_RISK', atRisk: true });
  });

  it('after the year ends an unmet target is not completed, not at risk; completed ones are never at risk', () => {
    expect(targetStatus(at(revenue, ['2024-12-31', 10]), '2025-01-15')).toMatchObject({
      state: 'NOT_COMPLETED',
      atRisk: false,
    });
    expect(targetStatus(at(revenue, ['2024-02-01', 12]), '2024-02-01')).toMatchObject({
      state: 'COMPLETED',
      atRisk: false,
    });
  });
});

describe('targets summary', () => {
  it('computes "17/17 chỉ tiêu hoàn thành"', () => {
    const all = Array.from({ length: 17 }, (_, i) => at({ ...revenue, id: `t${i}` }, ['2024-12-15', 12 + i]));
    expect(targetsSummary(all, '2024-12-31').text).toBe('17/17 chỉ tiêu hoàn thành');
  });

  it('counts per field and lists those at risk', () => {
    const s = targetsSummary(
      [
        at(revenue, ['2024-06-30', 7]),
        at(poverty, ['2024-06-30', 3]),
        at({ ...poverty, id: 't3' }, ['2024-06-30', 2]),
      ],
      '2024-06-30',
    );
    expect(s).toMatchObject({
      completed: 1,
      total: 3,
      atRisk: 1,
      text: '1/3 chỉ tiêu hoàn thành',
      atRiskIds: ['t2'],
    });
    expect(s.byField).toEqual({
      KINH_TE: { completed: 0, total: 1 },
      AN_SINH_XA_HOI: { completed: 1, total: 2 },
    });
    expect(targetsSummary([], '2024-06-30').text).toBe('0/0 chỉ tiêu hoàn thành');
  });
});

describe('target validation', () => {
  it('reports every problem of a target', () => {
    const errs = validateTarget({
      ...revenue,
      code: ' ',
      name: 'x',
      unit: '',
      planned: Number.NaN,
      responsibleUnitId: '',
    });
    expect(errs.map((e) => e.field)).toEqual(['code', 'name', 'unit', 'planned', 'responsibleUnitId']);
    expect(validateTarget(revenue)).toEqual([]);
  });
  it('refuses progress dated in the future, outside the year, or not a number', () => {
    const errs = validateProgressEntry(
      revenue,
      { date: '2025-02-01', value: Number.POSITIVE_INFINITY },
      '2025-01-10',
    );
    expect(errs.map((e) => e.message)).toEqual([
      'Ngày báo cáo 01/02/2025 chưa đến.',
      'Ngày báo cáo phải thuộc năm 2024 của chỉ tiêu.',
      'Số liệu báo cáo phải là một số.',
    ]);
    expect(validateProgressEntry(revenue, { date: '2024-13-01', value: 1 }, '2025-01-10')[0]?.field).toBe(
      'date',
    );
  });
});
