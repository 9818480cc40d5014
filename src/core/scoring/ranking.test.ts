import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RankInput, rankUnits, type TieBreakRule } from './ranking';

const unit = (unitId: string, finalTotal: number, topWeightScore = 0, belowHalfCount = 0): RankInput => ({
  unitId,
  finalTotal,
  topWeightScore,
  belowHalfCount,
});

// Few distinct values so that ties (and ties after tie-breaks) are common.
const arbUnits = fc.uniqueArray(
  fc.record({
    unitId: fc.string({ minLength: 1, maxLength: 4 }),
    finalTotal: fc.constantFrom(70, 80.5, 85, 92.25, 100),
    topWeightScore: fc.constantFrom(0, 0.5, 1),
    belowHalfCount: fc.integer({ min: 0, max: 2 }),
  }),
  { selector: (u) => u.unitId, maxLength: 12 },
);
const arbRules = fc.constantFrom<TieBreakRule[]>(
  [],
  ['TOP_WEIGHT_CRITERION'],
  ['FEWER_BELOW_HALF'],
  ['TOP_WEIGHT_CRITERION', 'FEWER_BELOW_HALF'],
  ['FEWER_BELOW_HALF', 'TOP_WEIGHT_CRITERION'],
);

function key(u: RankInput, rules: TieBreakRule[]): number[] {
  return [
    u.finalTotal,
    ...rules.map((r) => (r === 'TOP_WEIGHT_CRITERION' ? u.topWeightScore : -u.belowHalfCount)),
  ];
}
function ahead(a: RankInput, b: RankInput, rules: TieBreakRule[]): boolean {
  const ka = key(a, rules);
  const kb = key(b, rules);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] as number) > (kb[i] as number);
  return false;
}
const rankMap = (units: RankInput[], rules: TieBreakRule[]) =>
  new Map(rankUnits(units, rules).map((r) => [r.unitId, r.rank]));

describe('ranking invariants (property)', () => {
  it('rank of each unit = 1 + number of units strictly ahead of it', () => {
    fc.assert(
      fc.property(arbUnits, arbRules, (units, rules) => {
        for (const r of rankUnits(units, rules)) {
          expect(r.rank).toBe(1 + units.filter((o) => ahead(o, r, rules)).length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('ranks are non-decreasing when sorted by total, descending', () => {
    fc.assert(
      fc.property(arbUnits, arbRules, (units, rules) => {
        const sorted = [...rankUnits(units, rules)].sort((a, b) => b.finalTotal - a.finalTotal);
        for (let i = 1; i < sorted.length; i++)
          expect((sorted[i] as RankInput & { rank: number }).rank).toBeGreaterThanOrEqual(
            (sorted[i - 1] as { rank: number }).rank,
          );
      }),
      { numRuns: 200 },
    );
  });

  it('units equal after the tie-breaks share a rank and are marked tied; others do not', () => {
    fc.assert(
      fc.property(arbUnits, arbRules, (units, rules) => {
        const ranked = rankUnits(units, rules);
        for (const a of ranked) {
          const equals = ranked.filter((b) => b !== a && !ahead(a, b, rules) && !ahead(b, a, rules));
          for (const b of equals) expect(b.rank).toBe(a.rank);
          expect(a.tied).toBe(equals.length > 0);
          expect(a.decidedBy === 'TIED').toBe(a.tied);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the order of the input does not change any rank', () => {
    fc.assert(
      fc.property(
        arbUnits.chain((u) =>
          fc.tuple(fc.constant(u), fc.shuffledSubarray(u, { minLength: u.length, maxLength: u.length })),
        ),
        arbRules,
        ([units, shuffled], rules) => {
          expect(rankMap(shuffled, rules)).toEqual(rankMap(units, rules));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the output is a ranking: the first rank is 1 and ranks skip after ties ("1224")', () => {
    fc.assert(
      fc.property(arbUnits, arbRules, (units, rules) => {
        const ranked = rankUnits(units, rules);
        expect(ranked).toHaveLength(units.length);
        ranked.forEach((r, i) => {
          const prev = ranked[i - 1];
          if (!prev) expect(r.rank).toBe(1);
          else expect(r.rank === prev.rank || r.rank === i + 1).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('ranking examples and tie-breakers', () => {
  it('ranks 1224 and leaves true ties unbroken (no alphabetical rule)', () => {
    const r = rankUnits([unit('c', 90), unit('a', 95), unit('b', 90), unit('d', 80)]);
    expect(r.map((x) => [x.unitId, x.rank, x.decidedBy])).toEqual([
      ['a', 1, 'TOTAL'],
      ['b', 2, 'TIED'],
      ['c', 2, 'TIED'],
      ['d', 4, 'TOTAL'],
    ]);
  });

  it('breaks ties by the top-weighted criterion, then by fewer criteria below half, in the order given', () => {
    const units = [unit('x', 88, 0.7, 0), unit('y', 88, 0.9, 2), unit('z', 88, 0.7, 1)];
    expect(rankUnits(units).map((r) => [r.unitId, r.rank, r.decidedBy])).toEqual([
      ['y', 1, 'TOP_WEIGHT_CRITERION'],
      ['x', 2, 'FEWER_BELOW_HALF'],
      ['z', 3, 'FEWER_BELOW_HALF'],
    ]);
    expect(rankUnits(units, ['FEWER_BELOW_HALF']).map((r) => [r.unitId, r.rank])).toEqual([
      ['x', 1],
      ['z', 2],
      ['y', 3],
    ]);
    expect(rankUnits(units, []).map((r) => r.rank)).toEqual([1, 1, 1]);
  });

  it('refuses totals that are not numbers', () => {
    expect(() => rankUnits([unit('a', Number.NaN)])).toThrow('Điểm của đơn vị a không hợp lệ');
  });
});
