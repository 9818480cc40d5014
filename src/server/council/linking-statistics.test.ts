import { describe, expect, it } from 'vitest';
import { chanceTail, choiceMatchPmf, fixedPointPmf } from './linking-statistics';

describe('null distributions of the ballot adversary suite', () => {
  it('fixed points of a random permutation: exact for n = 3, mean 1 for every n', () => {
    // Permutations of 3: identity (3 fixed), three transpositions (1 each), two 3-cycles (0).
    expect(fixedPointPmf(3).map((p) => Math.round(p * 6))).toEqual([2, 3, 0, 1]);
    for (const n of [1, 5, 15, 25]) {
      const pmf = fixedPointPmf(n);
      expect(pmf.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
      expect(pmf.reduce((s, p, j) => s + p * j, 0)).toBeCloseTo(1, 9);
    }
  });

  it('choice matches of a shuffled vote list: exact for 4 votes with 2 agreeing', () => {
    // Arrangements of AADD against AADD: 1 of 6 matches 4, 4 match 2, 1 matches 0.
    expect(choiceMatchPmf(4, 2).map((p) => Math.round(p * 6))).toEqual([1, 0, 4, 0, 1]);
    expect(choiceMatchPmf(5, 5)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('the tail test accepts chance and rejects a linking adversary', () => {
    const chance = Array.from({ length: 12 }, () => ({
      size: 15,
      agree: 8,
      receiptsNamed: 1,
      choicesNamed: 8,
    }));
    expect(chanceTail(chance).receipts).toBeGreaterThan(0.1);
    expect(chanceTail(chance).choices).toBeGreaterThan(0.1);
    const linked = chance.map((x) => ({ ...x, receiptsNamed: 15, choicesNamed: 15 }));
    expect(chanceTail(linked).receipts).toBeLessThan(1e-12);
    expect(chanceTail(linked).choices).toBeLessThan(1e-12);
  });
});
