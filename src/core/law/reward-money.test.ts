import { describe, expect, it } from 'vitest';
import { baseSalaryOn, rewardMoney } from './index';

const rewardAmount = (code: string, kind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD', date: string) =>
  rewardMoney(code, kind, date).amount;

describe('reward money', () => {
  it('uses the base salary in force on the decision date', () => {
    expect(baseSalaryOn('2024-06-30').amount).toBe(1_800_000);
    expect(baseSalaryOn('2024-07-01').amount).toBe(2_340_000);
  });
  it('knows the base salary of Decree 161/2026/NĐ-CP from 1 Jul 2026 (2,530,000 đ), and 2,340,000 đ the day before', () => {
    expect(baseSalaryOn('2026-06-30')).toMatchObject({
      amount: 2_340_000,
      source: 'Nghị định 73/2024/NĐ-CP',
    });
    expect(baseSalaryOn('2026-07-01')).toMatchObject({
      amount: 2_530_000,
      source: 'Nghị định 161/2026/NĐ-CP',
    });
    expect(rewardAmount('LDTT', 'INDIVIDUAL', '2026-06-30')).toBe(710_000); // 0.3 × 2,340,000 = 702,000
    expect(rewardAmount('LDTT', 'INDIVIDUAL', '2026-07-01')).toBe(760_000); // 0.3 × 2,530,000 = 759,000
    expect(rewardAmount('CSTDCS', 'INDIVIDUAL', '2026-07-01')).toBe(2_530_000);
  });
  it('rounds up to the next ten thousand đồng', () => {
    expect(rewardAmount('LDTT', 'INDIVIDUAL', '2025-01-10')).toBe(710_000); // 0.3 × 2,340,000 = 702,000
    expect(rewardAmount('GK_XA_REGULAR', 'INDIVIDUAL', '2019-12-01')).toBe(230_000); // 0.15 × 1,490,000 = 223,500
    expect(rewardAmount('GK_XA_REGULAR', 'COLLECTIVE', '2019-12-01')).toBe(450_000); // 0.3 × 1,490,000 = 447,000
  });
  it('pays nothing for awards without money or unknown codes', () => {
    expect(rewardAmount('GDVH', 'HOUSEHOLD', '2025-01-10')).toBe(0);
    expect(rewardAmount('KHONG_CO', 'INDIVIDUAL', '2025-01-10')).toBe(0);
  });
});
