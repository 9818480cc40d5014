import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type PaidAward, payForAward, rewardMoney } from './index';

const on = DEFAULT_PROFILE;
const off = { ...DEFAULT_PROFILE, sameAchievementPayHighestOnly: false };
const held = (awardCode: string, amount: number, year = 2025): PaidAward => ({
  awardCode,
  year,
  amount,
  decisionLabel: 'Quyết định số 1/QĐ-UBND',
});

describe('several titles for the same achievement: only the highest is paid (province setting)', () => {
  it('a lower title after a higher one is paid 0, with the reason', () => {
    const r = payForAward('LDTT', 2025, 710_000, [held('CSTDCS', 2_340_000)], on);
    expect(r).toMatchObject({ amount: 0, fullAmount: 710_000 });
    expect(r.note).toMatch(
      /^Không trả tiền thưởng: cùng thành tích năm 2025 đã nhận Danh hiệu "Chiến sĩ thi đua cơ sở"/,
    );
    expect(r.note).toContain('Nghị định 91/2017/NĐ-CP');
    expect(r.note).toContain('chưa xác minh');
  });
  it('a higher title after a lower one is paid the difference', () => {
    const r = payForAward('CSTDCS', 2025, 2_340_000, [held('LDTT', 710_000)], on);
    expect(r.amount).toBe(1_630_000);
    expect(r.note).toMatch(/^Chỉ trả phần chênh lệch 1\.630\.000 đ/);
  });
  it('paid in full: setting off, another year, a form of commendation, the same code, nothing held', () => {
    expect(payForAward('LDTT', 2025, 710_000, [held('CSTDCS', 2_340_000)], off)).toEqual({
      amount: 710_000,
      fullAmount: 710_000,
      note: null,
    });
    expect(payForAward('LDTT', 2025, 710_000, [held('CSTDCS', 2_340_000, 2024)], on).amount).toBe(710_000);
    expect(payForAward('GK_XA_REGULAR', 2025, 360_000, [held('CSTDCS', 2_340_000)], on).amount).toBe(360_000);
    expect(payForAward('LDTT', 2025, 710_000, [held('GK_XA_REGULAR', 360_000)], on).amount).toBe(710_000);
    expect(payForAward('LDTT', 2025, 710_000, [held('LDTT', 710_000)], on).amount).toBe(710_000);
    expect(payForAward('LDTT', 2025, 710_000, [], on).amount).toBe(710_000);
  });

  const TITLES = ['LDTT', 'CSTDCS', 'TTLDTT', 'THON_VH'] as const;
  it('whatever the order of the titles of one achievement, together they are paid the highest (on) or the sum (off)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...TITLES), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 149, max: 400 }).map((k) => k * 10_000),
        fc.boolean(),
        (codes, base, setting) => {
          const table = [{ from: '2019-07-01', amount: base, source: 'thử' }];
          const profile = { sameAchievementPayHighestOnly: setting };
          const paid: PaidAward[] = [];
          const fulls: number[] = [];
          for (const code of codes) {
            const kind = code === 'TTLDTT' || code === 'THON_VH' ? 'COLLECTIVE' : 'INDIVIDUAL';
            const full = rewardMoney(code, kind, '2026-01-10', table).amount;
            fulls.push(full);
            const line = payForAward(code, 2025, full, paid, profile);
            expect(line.amount).toBeGreaterThanOrEqual(0);
            expect(line.amount).toBeLessThanOrEqual(full);
            expect(line.note === null).toBe(line.amount === full);
            paid.push({ awardCode: code, year: 2025, amount: line.amount, decisionLabel: 'thử' });
          }
          const total = paid.reduce((s, p) => s + p.amount, 0);
          expect(total).toBe(setting ? Math.max(...fulls) : fulls.reduce((s, f) => s + f, 0));
        },
      ),
      { numRuns: 200 },
    );
  });
});
