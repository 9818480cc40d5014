/**
 * W-D86-1 at its boundary. Decree 86/2023/NĐ-CP: the review of GĐVH, Thôn VH, Xã tiêu biểu is finished
 * "trước ngày 25/11" — before the 25th: 24/11 is the last day on time, a decision dated 25/11 is late
 * (the rule used to accept 25/11), and so is one dated in the next year (the rule used to stop at 31/12).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, evaluate, type SubjectRecord } from './index';

const household: SubjectRecord = {
  kind: 'HOUSEHOLD',
  ratings: [],
  awards: [],
  initiatives: [],
  disciplines: [],
};
const village: SubjectRecord = {
  kind: 'COLLECTIVE',
  unitKind: 'THON',
  ratings: [],
  awards: [],
  initiatives: [],
  disciplines: [],
};

const late = (award: string, record: SubjectRecord, year: number, date: string) =>
  evaluate(record, award, year, date, DEFAULT_PROFILE).warnings.find((w) => w.code === 'AFTER_NOV_25');

describe('W-D86-1: the GĐVH / Thôn VH review ends before 25/11', () => {
  it.each([
    ['GDVH', 2025, '2025-11-23', false],
    ['GDVH', 2025, '2025-11-24', false],
    ['GDVH', 2025, '2025-11-25', true],
    ['GDVH', 2025, '2025-11-26', true],
    ['GDVH', 2025, '2026-01-15', true],
    ['THON_VH', 2024, '2024-11-24', false],
    ['THON_VH', 2024, '2024-11-25', true],
    ['GDVH', 2024, '2024-02-29', false],
  ] as const)('%s for %i decided on %s: late=%s', (award, year, date, expected) => {
    const w = late(award, award === 'GDVH' ? household : village, year, date);
    expect(w !== undefined).toBe(expected);
    if (w) {
      expect(w.article).toContain('Nghị định 86/2023/NĐ-CP');
      expect(w.message).toContain(`24/11/${year}`);
    }
  });
});
