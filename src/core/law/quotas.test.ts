import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, profileFrom, type QuotaSetting } from './profile';
import { checkQuotaGate, type QuotaEntry, quotaCap, quotaLine } from './quotas';

const quota = (code: string): QuotaSetting => {
  const q = DEFAULT_PROFILE.quotas.find((x) => x.awardCode === code);
  if (!q) throw new Error(code);
  return q;
};
const CSTDCS = quota('CSTDCS');
const TTLDXS = quota('TTLDXS');
const hard = (q: QuotaSetting): QuotaSetting => ({ ...q, enforcement: 'HARD' });
const held = (n: number, overridden = false): QuotaEntry[] =>
  Array.from({ length: n }, (_, i) => ({ subject: `h${i}`, stage: 'HELD' as const, overridden }));

describe('quota caps at the boundary', () => {
  it.each([
    // CSTĐCS ≤ 15 % of LĐTT, no minimum: floor(0.15 × base)
    [0.15, 6, false, 0],
    [0.15, 7, false, 1], // 1.05
    [0.15, 13, false, 1], // 1.95
    [0.15, 14, false, 2], // 2.1
    [0.15, 20, false, 3], // exactly 3
    // TTLĐXS ≤ 20 % of TTLĐTT, at least one when 20 % is a positive fraction below one
    [0.2, 0, true, 0],
    [0.2, 1, true, 1],
    [0.2, 4, true, 1], // 0.8 → 1
    [0.2, 5, true, 1],
    [0.2, 9, true, 1], // 1.8
    [0.2, 10, true, 2],
  ])('ratio %s of %s (min one: %s) → %s', (ratio, base, minOne, cap) => {
    expect(quotaCap(ratio, base, minOne)).toBe(cap);
  });
});

describe('a step against a quota (CSTĐCS of 14 LĐTT: cap 2)', () => {
  it.each([
    // held before the step, enforcement, → refused / needs an exception
    [0, 'HARD', false, false], // cap − 2 + 1
    [1, 'HARD', false, false], // cap − 1 → reaches the cap
    [2, 'HARD', true, false], // at the cap → one beyond
    [3, 'HARD', true, false],
    [1, 'SOFT', false, false],
    [2, 'SOFT', false, true],
  ] as const)('%s held, %s → refused %s, exception needed %s', (n, enforcement, refused, needs) => {
    const q = { ...CSTDCS, enforcement };
    const r = checkQuotaGate(q, 14, held(n), 'approve', [{ subject: 'new', overridden: false }]);
    expect([r.cap, r.count, r.refused, r.needsException]).toEqual([2, n + 1, refused, needs]);
  });

  it('says the count, the cap and the base in Vietnamese', () => {
    const r = checkQuotaGate(hard(CSTDCS), 14, held(2), 'sign', [{ subject: 'new', overridden: false }]);
    expect(r.line).toBe('CSTĐCS: 3/2 — tối đa 15% của 14 người đạt LĐTT');
    expect(quotaLine(TTLDXS, 4, 1)).toBe('TTLĐXS: 1/1 — tối đa 20% của 4 tập thể đạt TTLĐTT, ít nhất 1');
  });

  it('counts at each step only those past it: the submitted do not block an approval', () => {
    const entries: QuotaEntry[] = [
      { subject: 'a', stage: 'SUBMITTED', overridden: false },
      { subject: 'b', stage: 'SUBMITTED', overridden: false },
      { subject: 'c', stage: 'FORWARDED', overridden: false },
      { subject: 'd', stage: 'APPROVED', overridden: false },
    ];
    const acting = [{ subject: 'c', overridden: false }];
    expect(checkQuotaGate(hard(CSTDCS), 14, entries, 'approve', acting).count).toBe(2);
    expect(checkQuotaGate(hard(CSTDCS), 14, entries, 'forward', acting).count).toBe(2);
    expect(
      checkQuotaGate(hard(CSTDCS), 14, entries, 'submit', [{ subject: 'e', overridden: false }]).count,
    ).toBe(5);
    // the same subject twice (a proposal and its own entry) counts once
    expect(
      checkQuotaGate(hard(CSTDCS), 14, entries, 'sign', [{ subject: 'd', overridden: false }]).count,
    ).toBe(1);
  });

  it('SOFT: a subject with a recorded exception does not use the quota; HARD ignores exceptions', () => {
    const withException = [...held(1), { subject: 'x', stage: 'HELD' as const, overridden: true }];
    const acting = [{ subject: 'y', overridden: false }];
    const soft = checkQuotaGate(CSTDCS, 14, withException, 'sign', acting);
    expect([soft.count, soft.countWithoutExceptions, soft.needsException]).toEqual([3, 2, false]);
    expect(checkQuotaGate(hard(CSTDCS), 14, withException, 'sign', acting).refused).toBe(true);
    // beyond the cap, the step of a subject that carries its own exception goes on
    const own = checkQuotaGate(CSTDCS, 14, held(2), 'sign', [{ subject: 'y', overridden: true }]);
    expect(own.needsException).toBe(false);
  });

  it('TTLĐXS at least one: of 4 collectives the first passes, the second is beyond', () => {
    const first = checkQuotaGate(hard(TTLDXS), 4, [], 'sign', [{ subject: 't1', overridden: false }]);
    const second = checkQuotaGate(hard(TTLDXS), 4, held(1), 'sign', [{ subject: 't2', overridden: false }]);
    expect([first.refused, second.refused]).toEqual([false, true]);
    // no base in the system at all (nobody holds or is sent for TTLĐTT): the ratio cannot be computed
    const unknown = checkQuotaGate(hard(TTLDXS), 0, held(3), 'sign', [{ subject: 't1', overridden: false }]);
    expect([unknown.baseUnknown, unknown.refused, unknown.needsException]).toEqual([true, false, false]);
    const soft = checkQuotaGate(TTLDXS, 0, held(3), 'sign', [{ subject: 't1', overridden: false }]);
    expect(soft.needsException).toBe(false);
  });
});

describe('enforcement setting', () => {
  it('defaults to SOFT, and fills profiles stored before the setting existed', () => {
    expect(DEFAULT_PROFILE.quotas.map((q) => q.enforcement)).toEqual(['SOFT', 'SOFT']);
    const { enforcement: _, ...old } = CSTDCS;
    const p = profileFrom({ quotas: [old as QuotaSetting, hard(TTLDXS)] });
    expect(p.quotas.map((q) => q.enforcement)).toEqual(['SOFT', 'HARD']);
  });
});
