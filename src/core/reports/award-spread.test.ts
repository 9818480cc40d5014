import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AwardFact,
  awardSpread,
  collectiveSizeClass,
  compareAwardSpread,
  isDirectWorkerAward,
} from './award-spread';

const ind = (x: Partial<AwardFact>): AwardFact => ({
  subjectKind: 'INDIVIDUAL',
  awardCode: 'GIAY_KHEN',
  ...x,
});
const col = (x: Partial<AwardFact>): AwardFact => ({
  subjectKind: 'COLLECTIVE',
  awardCode: 'GIAY_KHEN',
  ...x,
});

describe('awardSpread', () => {
  it('counts small collectives by size (threshold inclusive) or below-commune level', () => {
    const s = awardSpread([
      col({ collectiveSize: 30 }),
      col({ collectiveSize: 31 }),
      col({ collectiveSize: 120, belowCommuneLevel: true }), // thôn đông dân: still a unit below commune level
      col({}), // unknown
      col({ belowCommuneLevel: false }),
      { subjectKind: 'HOUSEHOLD', awardCode: 'GIAY_KHEN' },
    ]);
    expect(s.collectives).toBe(5);
    expect(s.households).toBe(1);
    expect(s.smallCollectives).toEqual({ count: 2, base: 5, share: 0.4 });
    expect(s.collectivesSizeUnknown).toBe(1);
    expect(
      awardSpread([col({ collectiveSize: 31 })], { smallCollectiveMaxSize: 40 }).smallCollectives.count,
    ).toBe(1);
  });

  it("follows the commune's marks: a unit marked small, a person marked a direct worker (not a leader)", () => {
    expect(collectiveSizeClass(col({ collectiveSize: 80, smallCollective: true }))).toBe('SMALL');
    expect(collectiveSizeClass(col({ collectiveSize: 80 }))).toBe('LARGE');
    expect(isDirectWorkerAward(ind({ category: 'CAN_BO', directWorker: true }))).toBe(false);
    expect(isDirectWorkerAward(ind({ isLeader: false, directWorker: true }))).toBe(true);
  });
  it('counts direct workers as the plan lists them, and leaders apart', () => {
    const s = awardSpread([
      ind({ category: 'NONG_DAN', gender: 'NU' }),
      ind({ category: 'HOC_SINH', gender: 'NAM' }),
      ind({ category: 'NGUOI_DAN' }),
      ind({ category: 'NGUOI_LAO_DONG_TRUC_TIEP', gender: 'NU' }),
      ind({ category: 'CONG_CHUC', gender: 'NU' }),
      ind({ category: 'CONG_CHUC', isLeader: true, gender: 'NAM' }),
      ind({ category: 'VIEN_CHUC', isLeader: false }),
      ind({ category: 'CAN_BO', gender: 'NAM' }),
      ind({}),
    ]);
    expect(s.individuals).toBe(9);
    expect(s.directWorkers).toEqual({ count: 6, base: 9, share: 6 / 9 });
    expect(s.leaders.count).toBe(2);
    expect(s.women).toEqual({ count: 3, base: 6, share: 0.5 });
    expect(s.byGender).toEqual({ NAM: 3, NU: 3, UNKNOWN: 3 });
    expect(s.byCategory.UNKNOWN).toBe(1);
    expect(s.byAward).toEqual({ GIAY_KHEN: 9 });
  });

  it('an empty list gives zero shares, not NaN', () => {
    const s = awardSpread([]);
    expect([s.smallCollectives.share, s.directWorkers.share, s.leaders.share, s.women.share]).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('never counts anyone as both leader and direct worker, nor collectives as people (property)', () => {
    const arb = fc.record({
      subjectKind: fc.constantFrom('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD' as const),
      category: fc.option(
        fc.constantFrom(
          'CAN_BO',
          'CONG_CHUC',
          'VIEN_CHUC',
          'NGUOI_LAO_DONG',
          'NGUOI_LAO_DONG_TRUC_TIEP',
          'NONG_DAN',
          'HOC_SINH',
          'NGUOI_DAN' as const,
        ),
        { nil: undefined },
      ),
      collectiveSize: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      isLeader: fc.option(fc.boolean(), { nil: undefined }),
      awardCode: fc.constantFrom('GIAY_KHEN', 'LDTT'),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 30 }), (awards) => {
        const s = awardSpread(awards);
        expect(s.directWorkers.count + s.leaders.count).toBeLessThanOrEqual(s.individuals);
        expect(s.individuals + s.collectives + s.households).toBe(s.total);
        expect(s.smallCollectives.count + s.collectivesSizeUnknown).toBeLessThanOrEqual(s.collectives);
        for (const a of awards) {
          if (a.subjectKind !== 'INDIVIDUAL') expect(isDirectWorkerAward(a)).toBe(false);
          if (a.subjectKind !== 'COLLECTIVE') expect(collectiveSizeClass(a)).toBeNull();
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('compareAwardSpread', () => {
  it('compares the shares year over year in percentage points and says whether the plan was followed', () => {
    const y2023 = awardSpread([
      col({ collectiveSize: 10 }),
      col({ collectiveSize: 50 }),
      col({ collectiveSize: 60 }),
      col({ collectiveSize: 70 }),
      ind({ category: 'CAN_BO' }),
      ind({ category: 'NONG_DAN' }),
    ]);
    const y2024 = awardSpread([
      col({ collectiveSize: 10 }),
      col({ belowCommuneLevel: true }),
      col({ collectiveSize: 60 }),
      ind({ category: 'CAN_BO' }),
      ind({ category: 'NONG_DAN' }),
    ]);
    const c = compareAwardSpread(y2023, y2024);
    expect(c.find((x) => x.metric === 'SMALL_COLLECTIVES')).toMatchObject({
      previous: 0.25,
      deltaPoints: 41.7,
      trend: 'UP',
      onPlan: true,
      label: 'Tỷ lệ khen thưởng tập thể nhỏ',
    });
    expect(c.find((x) => x.metric === 'DIRECT_WORKERS')).toMatchObject({
      deltaPoints: 0,
      trend: 'SAME',
      onPlan: false,
    });
    expect(c.find((x) => x.metric === 'LEADERS')?.onPlan).toBeNull();
  });
});
