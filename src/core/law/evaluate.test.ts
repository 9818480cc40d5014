import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AWARDS,
  checkQuotas,
  DEFAULT_PROFILE,
  evaluate,
  mergeBaseSalaries,
  type ProvinceProfile,
  quotaCap,
  type SubjectRecord,
  suggest,
} from './index';

const teacher: SubjectRecord = {
  kind: 'INDIVIDUAL',
  id: 'gv',
  name: 'Giáo viên',
  ratings: [
    { year: 2024, rating: 'HTXSNV' },
    { year: 2025, rating: 'HTXSNV' },
  ],
  awards: [
    { year: 2023, code: 'CSTDCS' },
    { year: 2024, code: 'CSTDCS' },
  ],
  initiatives: [
    { year: 2025, level: 'TINH' },
    { year: 2024, level: 'CO_SO' },
  ],
  disciplines: [],
};

describe('verdict: authority, route, money and rule sets by date', () => {
  it('CSTĐCS: district chairman until 30/6/2025, commune chairman from 1/7/2025 (Decree 129/2025), or the province by setting', () => {
    expect(evaluate(teacher, 'CSTDCS', 2024, '2025-06-30').decider).toMatchObject({
      level: 'HUYEN',
      article: expect.stringContaining('Khoản 2 Điều 80'),
    });
    expect(evaluate(teacher, 'CSTDCS', 2024, '2025-06-30').route.map((s) => s.level)).toEqual([
      'DON_VI',
      'XA',
      'HUYEN',
    ]);
    const after = evaluate(teacher, 'CSTDCS', 2025, '2025-07-01');
    expect(after.decider).toMatchObject({ level: 'XA', article: expect.stringContaining('129/2025') });
    expect(after.ruleSet.authority).toContain('152/2025');
    const province: ProvinceProfile = { ...DEFAULT_PROFILE, authorityFrom2025: 'PROVINCE_CHAIRMAN' };
    expect(evaluate(teacher, 'CSTDCS', 2025, '2026-01-10', province).decider?.level).toBe('TINH');
  });

  it('routes upward proposals through the province to the centre', () => {
    expect(evaluate(teacher, 'BK_TTG', 2025, '2026-01-10').route.map((s) => s.level)).toEqual([
      'DON_VI',
      'XA',
      'TINH',
      'TW',
    ]);
    expect(evaluate(teacher, 'CSTD_TINH', 2025, '2026-01-10').route.map((s) => s.level)).toEqual([
      'DON_VI',
      'XA',
      'TINH',
    ]);
  });

  it('pays coefficient × base salary on the decision date, rounded up to 10,000 đ', () => {
    expect(evaluate(teacher, 'LDTT', 2025, '2026-01-10').rewardMoney).toMatchObject({
      amount: 710_000,
      coefficient: 0.3,
      baseSalary: 2_340_000,
    });
    expect(evaluate(teacher, 'BK_TINH', 2025, '2025-06-30').rewardMoney.amount).toBe(2_340_000); // 1.0 × (Decree 98/2023)
    expect(evaluate(teacher, 'BK_TINH', 2025, '2025-07-01').rewardMoney.amount).toBe(3_510_000); // 1.5 × (Decree 152/2025)
    expect(evaluate(teacher, 'BK_TTG', 2025, '2025-08-01').rewardMoney.amount).toBe(8_190_000);
    expect(
      evaluate({ ...teacher, kind: 'COLLECTIVE' }, 'TTLDTT', 2025, '2026-01-10').rewardMoney.amount,
    ).toBe(1_880_000);
    expect(evaluate(teacher, 'GK_XA_REGULAR', 2019, '2019-12-01').rewardMoney.amount).toBe(230_000);
    const table = mergeBaseSalaries([{ from: '2026-07-01', amount: 2_530_000, source: 'Nghị định (thử)' }]);
    expect(
      evaluate(teacher, 'LDTT', 2026, '2026-07-01', DEFAULT_PROFILE, { baseSalaries: table }).rewardMoney,
    ).toMatchObject({ amount: 760_000, baseSalary: 2_530_000 });
  });

  it('judges criteria by the achievement year: 2013 law before 2024, 2022 law after', () => {
    expect(evaluate(teacher, 'LDTT', 2023, '2024-01-10').ruleSet.criteria).toContain('2013');
    expect(evaluate(teacher, 'LDTT', 2024, '2025-01-10').ruleSet.criteria).toContain('06/2022/QH15');
  });

  it('CSTĐ tỉnh with 2 CSTĐCS held and the 3rd earned this year, provincial initiative: eligible, decided by the province', () => {
    const v = evaluate(teacher, 'CSTD_TINH', 2025, '2026-01-10');
    expect(v.failures).toEqual([]);
    expect(v.status).toBe('ELIGIBLE');
    expect(v.decider?.level).toBe('TINH');
    expect(v.dossier.map((d) => d.name)).toContain('Biên bản kiểm phiếu (bỏ phiếu kín)');
  });

  it('pending matters block (deferred, not rejected) — R-PRIN-4', () => {
    const v = evaluate(
      { ...teacher, pendingMatters: [{ kind: 'THANH_TRA', since: '2025-11-01' }] },
      'LDTT',
      2025,
      '2026-01-10',
    );
    expect(v.status).toBe('BLOCKED_PENDING');
  });

  it('answers impossible input with a reason instead of throwing', () => {
    expect(evaluate(teacher, 'KHONG_CO', 2025, '2026-01-10').failures[0]?.code).toBe('UNKNOWN_AWARD');
    expect(evaluate(teacher, 'LDTT', 1800, '2026-01-10').failures[0]?.code).toBe('INVALID_YEAR');
    expect(evaluate(teacher, 'LDTT', 2025, '10/01/2026').failures[0]?.code).toBe('INVALID_DATE');
  });
});

describe('quotas', () => {
  it('floor(ratio × base), one when fractional if the rule allows', () => {
    expect(quotaCap(0.15, 20, false)).toBe(3);
    expect(quotaCap(0.15, 6, false)).toBe(0);
    expect(quotaCap(0.2, 4, true)).toBe(1);
    expect(quotaCap(0.2, 0, true)).toBe(0);
    expect(quotaCap(0.15, 40, false)).toBe(6);
  });
  it('flags the proposals beyond the cap in ranking order', () => {
    const props = [...Array(4)].map((_, i) => ({ id: `c${i}`, awardCode: 'CSTDCS', rank: 4 - i }));
    const r = checkQuotas(props, { LDTT: 20 }, DEFAULT_PROFILE).find((x) => x.awardCode === 'CSTDCS');
    expect(r).toMatchObject({
      cap: 3,
      proposed: 4,
      exceeded: true,
      withinIds: ['c3', 'c2', 'c1'],
      exceedingIds: ['c0'],
    });
  });
});

// ---- property tests ----
const year = fc.integer({ min: 2015, max: 2027 });
const rating = fc.constantFrom('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV') as fc.Arbitrary<'HTXSNV'>;
const isoDate = fc
  .tuple(
    fc.integer({ min: 2010, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const codes = AWARDS.map((a) => a.code);
const record: fc.Arbitrary<SubjectRecord> = fc.record({
  kind: fc.constantFrom('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD') as fc.Arbitrary<SubjectRecord['kind']>,
  id: fc.uuid(),
  unitKind: fc.option(fc.constantFrom('XA', 'THON', 'DON_VI') as fc.Arbitrary<'XA'>, { nil: undefined }),
  ratedByPerformance: fc.option(fc.boolean(), { nil: undefined }),
  armedForces: fc.option(fc.boolean(), { nil: undefined }),
  ratings: fc.array(fc.record({ year: fc.integer({ min: 1900, max: 2200 }), rating }), { maxLength: 8 }),
  awards: fc.array(
    fc.record({
      year: fc.integer({ min: 1900, max: 2200 }),
      code: fc.oneof(fc.constantFrom(...codes), fc.string()),
      thematic: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 8 },
  ),
  initiatives: fc.array(
    fc.record({ year, level: fc.constantFrom('CO_SO', 'TINH', 'TOAN_QUOC') as fc.Arbitrary<'CO_SO'> }),
    { maxLength: 4 },
  ),
  disciplines: fc.array(
    fc.record({
      kind: fc.constantFrom('KHIEN_TRACH', 'CANH_CAO'),
      from: isoDate,
      to: fc.option(isoDate, { nil: null }),
    }),
    { maxLength: 2 },
  ),
  pendingMatters: fc.option(fc.array(fc.record({ kind: fc.string(), since: isoDate }), { maxLength: 1 }), {
    nil: undefined,
  }),
  registrations: fc.option(
    fc.array(fc.record({ year, codes: fc.array(fc.constantFrom(...codes), { maxLength: 3 }) }), {
      maxLength: 2,
    }),
    { nil: undefined },
  ),
  members: fc.option(
    fc.array(
      fc.record({ year, total: fc.nat(50), completed: fc.nat(50), ldtt: fc.nat(50), cstdcs: fc.nat(10) }),
      { maxLength: 2 },
    ),
    { nil: undefined },
  ),
  contributions: fc.option(fc.array(fc.record({ year, amount: fc.nat(100_000_000) }), { maxLength: 2 }), {
    nil: undefined,
  }),
});

describe('properties', () => {
  it('the evaluator never throws on a well-typed record, and every "no" carries a reason with an article', () => {
    fc.assert(
      fc.property(
        record,
        fc.oneof(fc.constantFrom(...codes), fc.string()),
        fc.integer({ min: 1000, max: 3000 }),
        isoDate,
        (r, code, y, d) => {
          const v = evaluate(r, code, y, d);
          expect(v.eligible).toBe(v.failures.length === 0);
          if (!v.eligible) {
            expect(v.failures.length).toBeGreaterThanOrEqual(1);
            for (const f of v.failures) {
              expect(f.article.length).toBeGreaterThan(3);
              expect(f.message.length).toBeGreaterThan(3);
            }
          }
          expect(Number.isInteger(v.rewardMoney.amount) && v.rewardMoney.amount % 10_000 === 0).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a suggestion never exceeds a quota, and lists only eligible subjects', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 40 }),
        fc.integer({ min: 2020, max: 2026 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (records, y, ratio, minOne) => {
          const profile: ProvinceProfile = {
            ...DEFAULT_PROFILE,
            quotas: DEFAULT_PROFILE.quotas.map((q) => ({ ...q, ratio, minOneIfFractional: minOne })),
          };
          const lists = suggest(records, y, profile);
          for (const l of lists) {
            if (l.quota) {
              const base = lists.find((x) => x.awardCode === l.quota?.baseAwardCode);
              const baseCount = (base?.eligible.length ?? 0) + (base?.overQuota.length ?? 0);
              expect(l.eligible.length).toBeLessThanOrEqual(
                Math.max(Math.floor(ratio * baseCount + 1e-9), minOne && ratio * baseCount > 0 ? 1 : 0),
              );
            }
            for (const s of l.eligible) {
              const r = records.find((x) => x.id === s.id) as SubjectRecord;
              expect(evaluate(r, l.awardCode, y, `${y + 1}-01-15`, profile).eligible).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
