import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, classifyRanking, validateBands } from './classification';
import { type Criterion, validateCriteria, validateScore } from './criteria';
import { topForProposals } from './proposals';
import { rankUnits } from './ranking';
import {
  assertReviewOpen,
  checkReviewOpen,
  checkScoreEdit,
  lockReview,
  type Review,
  ReviewLockedError,
} from './review-lock';
import type { ScoreSheet } from './score-sheets';
import { computeTotals } from './totals';

const criteria: Criterion[] = [
  { id: 'nv', name: 'Thực hiện nhiệm vụ chính trị', weight: 4, minScore: 0, maxScore: 10 },
  { id: 'pt', name: 'Tổ chức phong trào thi đua', weight: 3, minScore: 0, maxScore: 10 },
  { id: 'cc', name: 'Cải cách hành chính', weight: 2, minScore: 0, maxScore: 10 },
  { id: 'dt', name: 'Xây dựng tổ chức đoàn thể', weight: 1, minScore: 0, maxScore: 5 },
];
const sheet = (
  unitId: string,
  role: ScoreSheet['role'],
  values: Record<string, number>,
  reviewerId?: string,
): ScoreSheet => ({
  unitId,
  role,
  ...(reviewerId ? { reviewerId } : {}),
  scores: Object.entries(values).map(([criterionId, value]) => ({
    criterionId,
    value,
    evidence: 'Báo cáo tổng kết',
  })),
});
const totalsOf = (...args: Parameters<typeof computeTotals>) => {
  const r = computeTotals(...args);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.totals;
};

describe('validateScore', () => {
  const c = criteria[0] as Criterion;
  it('accepts the range bounds and refuses outside with the Vietnamese message', () => {
    expect(validateScore(c, 0)).toEqual({ ok: true, value: 0 });
    expect(validateScore(c, 10)).toEqual({ ok: true, value: 10 });
    expect(validateScore(c, 10.5)).toEqual({
      ok: false,
      code: 'SCORE_OUT_OF_RANGE',
      message: 'Điểm của tiêu chí "Thực hiện nhiệm vụ chính trị" phải từ 0 đến 10.',
    });
    expect(validateScore(c, -0.5)).toMatchObject({ ok: false, code: 'SCORE_OUT_OF_RANGE' });
    expect(validateScore(c, Number.NaN)).toMatchObject({ ok: false, code: 'SCORE_NOT_A_NUMBER' });
    expect(validateScore(c, '7')).toMatchObject({ ok: false, code: 'SCORE_NOT_A_NUMBER' });
    expect(
      validateScore({ ...c, minScore: 0.5, maxScore: 2.5 }, 3).ok === false &&
        validateScore({ ...c, minScore: 0.5, maxScore: 2.5 }, 3),
    ).toMatchObject({
      message: 'Điểm của tiêu chí "Thực hiện nhiệm vụ chính trị" phải từ 0,5 đến 2,5.',
    });
  });
  it('accepts exactly the values within the range (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (v) => {
        expect(validateScore(c, v).ok).toBe(v >= 0 && v <= 10);
      }),
      { numRuns: 200 },
    );
  });
  it('checks the criteria set itself', () => {
    const errs = validateCriteria([
      ...criteria,
      { id: 'nv', name: 'X', weight: 0, minScore: 5, maxScore: 5 },
    ]);
    expect(errs.map((e) => e.message)).toEqual([
      'Mã tiêu chí "nv" bị trùng.',
      'Trọng số của tiêu chí "X" phải lớn hơn 0.',
      'Điểm tối đa của tiêu chí "X" phải lớn hơn điểm tối thiểu.',
    ]);
    expect(validateCriteria([])).toHaveLength(1);
  });
});

describe('computeTotals', () => {
  it('weights criteria on a 0–100 scale; full marks give 100, the minimum gives 0', () => {
    const [full, none] = totalsOf(criteria, [
      sheet('a', 'SELF', { nv: 10, pt: 10, cc: 10, dt: 5 }),
      sheet('b', 'SELF', { nv: 0, pt: 0, cc: 0, dt: 0 }),
    ]);
    expect(full?.finalTotal).toBe(100);
    expect(none?.finalTotal).toBe(0);
    // 100 × (4·0.9 + 3·0.8 + 2·0.5 + 1·0.6) / 10 = 76
    const [t] = totalsOf(criteria, [sheet('a', 'SELF', { nv: 9, pt: 8, cc: 5, dt: 3 })]);
    expect(t).toMatchObject({
      selfTotal: 76,
      reviewerTotal: null,
      finalTotal: 76,
      basis: 'SELF',
      belowHalfCount: 0,
      topWeightScore: 0.9,
    });
  });

  it("uses the reviewers' mean where they scored, else the self score, and shows disagreements", () => {
    const [t] = totalsOf(criteria, [
      sheet('a', 'SELF', { nv: 9, pt: 8, cc: 5, dt: 3 }),
      sheet('a', 'REVIEWER', { nv: 6, pt: 8 }, 'r1'),
      sheet('a', 'REVIEWER', { nv: 7, pt: 5 }, 'r2'),
    ]);
    expect(t?.criteria.map((c) => [c.criterionId, c.final, c.finalSource])).toEqual([
      ['nv', 6.5, 'CONSENSUS'],
      ['pt', 6.5, 'CONSENSUS'],
      ['cc', 5, 'SELF'],
      ['dt', 3, 'SELF'],
    ]);
    expect(t?.basis).toBe('MIXED');
    expect(t?.reviewerTotal).toBeNull();
    // 100 × (4·0.65 + 3·0.65 + 2·0.5 + 1·0.6)/10 = 61.5
    expect(t?.finalTotal).toBe(61.5);
    expect(t?.disagreements.map((d) => [d.criterionId, d.kind, d.gap])).toEqual([
      ['nv', 'SELF_VS_REVIEWERS', 2.5],
      ['pt', 'AMONG_REVIEWERS', 3],
    ]);
    expect(t?.disagreements[0]?.message).toBe(
      'Tiêu chí "Thực hiện nhiệm vụ chính trị": đơn vị tự chấm 9, thành viên Hội đồng chấm bình quân 6,5 (chênh 2,5 điểm).',
    );
  });

  it('a gap equal to the threshold is not a disagreement', () => {
    const [t] = totalsOf(criteria, [sheet('a', 'SELF', { nv: 8 }), sheet('a', 'REVIEWER', { nv: 6 }, 'r1')]);
    expect(t?.disagreements).toEqual([]);
  });

  it('with the council policy, the consolidated sheet decides and individual reviewers do not count', () => {
    const sheets = [
      sheet('a', 'SELF', { nv: 9, pt: 9, cc: 9, dt: 4 }),
      sheet('a', 'REVIEWER', { nv: 5, pt: 5, cc: 5, dt: 2 }, 'r1'),
      sheet('a', 'COUNCIL', { nv: 8, pt: 8, cc: 8, dt: 4 }),
    ];
    const [c] = totalsOf(criteria, sheets, {
      reviewerScore: 'COUNCIL_CONSOLIDATED',
      disagreementThreshold: 0.2,
      decimals: 2,
    });
    expect(c).toMatchObject({ reviewerTotal: 80, finalTotal: 80, basis: 'REVIEWERS' });
    const [m] = totalsOf(criteria, sheets);
    // mean of one reviewer: 100 × (4·0.5 + 3·0.5 + 2·0.5 + 1·0.4)/10 = 49
    expect(m).toMatchObject({ reviewerTotal: 49, finalTotal: 49 });
  });

  it('flags criteria nobody scored and counts them as the minimum', () => {
    const [t] = totalsOf(criteria, [sheet('a', 'SELF', { nv: 10, pt: 10 })]);
    expect(t).toMatchObject({ missing: ['cc', 'dt'], finalTotal: 70, belowHalfCount: 2 });
  });

  it('refuses invalid sheets, listing every error', () => {
    const r = computeTotals(criteria, [
      sheet('a', 'SELF', { nv: 11, xx: 1 }),
      sheet('a', 'SELF', { nv: 5 }),
      sheet('a', 'REVIEWER', { pt: 3 }, 'r1'),
      sheet('a', 'REVIEWER', { pt: 4 }, 'r1'),
      sheet('b', 'REVIEWER', { pt: -1 }),
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual([
      'SCORE_OUT_OF_RANGE',
      'UNKNOWN_CRITERION',
      'DUPLICATE_SHEET',
      'DUPLICATE_SHEET',
      'REVIEWER_REQUIRED',
      'SCORE_OUT_OF_RANGE',
    ]);
    expect(r.errors[0]?.message).toBe(
      'Điểm của tiêu chí "Thực hiện nhiệm vụ chính trị" phải từ 0 đến 10. (bảng tự chấm)',
    );
    expect(computeTotals([], []).ok).toBe(false);
  });

  it('totals stay within 0–100 and the final equals the self total without reviewers (property)', () => {
    const arbSheet = fc.record({
      nv: fc.integer({ min: 0, max: 10 }),
      pt: fc.integer({ min: 0, max: 10 }),
      cc: fc.integer({ min: 0, max: 10 }),
      dt: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(arbSheet, fc.option(arbSheet, { nil: undefined }), (self, rev) => {
        const sheets = [sheet('a', 'SELF', self), ...(rev ? [sheet('a', 'REVIEWER', rev, 'r1')] : [])];
        const [t] = totalsOf(criteria, sheets);
        expect(t?.finalTotal).toBeGreaterThanOrEqual(0);
        expect(t?.finalTotal).toBeLessThanOrEqual(100);
        expect(t?.finalTotal).toBe(rev ? t?.reviewerTotal : t?.selfTotal);
      }),
      { numRuns: 100 },
    );
  });
});

describe('classification and proposals', () => {
  it('classifies at the band boundaries', () => {
    expect([90, 89.99, 80, 79.99, 65, 64.99, 50, 49.99].map((t) => classify(t))).toEqual([
      'XUAT_SAC',
      'TOT',
      'TOT',
      'KHA',
      'KHA',
      'TRUNG_BINH',
      'TRUNG_BINH',
      'YEU',
    ]);
    expect(classify(85, { XUAT_SAC: 95, TOT: 85, KHA: 70, TRUNG_BINH: 55 })).toBe('TOT');
    expect(validateBands({ XUAT_SAC: 80, TOT: 80, KHA: 65, TRUNG_BINH: 50 })).toEqual([
      'Ngưỡng xếp loại phải giảm dần: Xuất sắc > Tốt > Khá > Trung bình.',
    ]);
  });

  it('turns the top of the ranking into proposals in one step, keeping ties at the cut', () => {
    const totals = totalsOf(criteria, [
      sheet('a', 'SELF', { nv: 10, pt: 10, cc: 9, dt: 5 }),
      sheet('b', 'SELF', { nv: 9, pt: 9, cc: 9, dt: 4 }),
      sheet('c', 'SELF', { nv: 9, pt: 9, cc: 9, dt: 4 }),
      sheet('d', 'SELF', { nv: 7, pt: 7, cc: 7, dt: 3 }),
    ]);
    const ranking = classifyRanking(rankUnits(totals));
    const drafts = topForProposals(ranking, 2, 'TOT', {
      awardCode: 'GIAY_KHEN',
      reviewName: 'bình xét thi đua năm 2024',
    });
    expect(drafts.map((d) => [d.unitId, d.rank, d.classification, d.tiedAtCut])).toEqual([
      ['a', 1, 'XUAT_SAC', false],
      ['b', 2, 'TOT', true],
      ['c', 2, 'TOT', true],
    ]);
    expect(drafts[0]?.achievement).toBe(
      'Xếp thứ 1/4 trong bình xét thi đua năm 2024, đạt 98 điểm, xếp loại Xuất sắc.',
    );
    expect(drafts[0]?.awardCode).toBe('GIAY_KHEN');
    // b and c: 100 × (4·0.9 + 3·0.9 + 2·0.9 + 1·0.8)/10 = 89 → Tốt; d = 69 → Khá
    expect(topForProposals(ranking, 4, 'XUAT_SAC').map((d) => d.unitId)).toEqual(['a']);
    expect(topForProposals(ranking, 4, 'KHA').map((d) => d.unitId)).toEqual(['a', 'b', 'c', 'd']);
    expect(topForProposals(ranking, 1).map((d) => d.tiedAtCut)).toEqual([false]);
  });
});

describe('review lock', () => {
  const open: Review = { id: 'r', kind: 'TONG_KET', year: 2024, status: 'OPEN' };
  it('locks once and then refuses every edit', () => {
    const locked = lockReview(open, '2024-12-20', 'can-bo-tdkt');
    expect(locked.ok).toBe(true);
    if (!locked.ok) return;
    const msg = 'Kết quả bình xét đã khóa ngày 20/12/2024, không thể sửa';
    expect(checkReviewOpen(locked.review)).toEqual({ ok: false, code: 'REVIEW_LOCKED', message: msg });
    expect(() => assertReviewOpen(locked.review)).toThrow(ReviewLockedError);
    expect(() => assertReviewOpen(locked.review)).toThrow(msg);
    expect(() => assertReviewOpen(open)).not.toThrow();
    expect(checkScoreEdit(locked.review, criteria[0] as Criterion, 5)).toMatchObject({
      ok: false,
      code: 'REVIEW_LOCKED',
    });
    expect(checkScoreEdit(open, criteria[0] as Criterion, 12)).toMatchObject({
      ok: false,
      code: 'SCORE_OUT_OF_RANGE',
    });
    expect(checkScoreEdit(open, criteria[0] as Criterion, 7)).toEqual({ ok: true, value: 7 });
    expect(lockReview(locked.review, '2024-12-21', 'x')).toMatchObject({ ok: false, code: 'REVIEW_LOCKED' });
  });
});
