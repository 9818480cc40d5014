import { describe, expect, it } from 'vitest';
import {
  afterSuccess,
  beginAttempt,
  retryMessage,
  type ThrottlePolicy,
  type ThrottleState,
} from './login-throttle';

const P: ThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockoutMs: 15 * 60_000,
  maxLockoutMs: 60 * 60_000,
  forgetMs: 86_400_000,
};
const MIN = 60_000;

function run(state: ThrottleState | null, now: number, n: number) {
  let s = state;
  const results: boolean[] = [];
  let retryAt = 0;
  for (let i = 0; i < n; i++) {
    const d = beginAttempt(s, now, P);
    s = d.state;
    results.push(d.allowed);
    if (!d.allowed) retryAt = d.retryAt;
  }
  return { s, results, retryAt };
}

describe('beginAttempt', () => {
  it('allows maxFailures attempts, then locks for lockoutMs', () => {
    const r = run(null, 0, 8);
    expect(r.results).toEqual([true, true, true, true, true, false, false, false]);
    expect(r.retryAt).toBe(15 * MIN);
    expect(r.s?.lockLevel).toBe(1);
  });

  it('doubles the lock each time in a row, capped at maxLockoutMs', () => {
    const first = run(null, 0, 6);
    const second = run(first.s, 15 * MIN, 6);
    expect(second.results.filter(Boolean)).toHaveLength(5);
    expect(second.retryAt).toBe(15 * MIN + 30 * MIN);
    const third = run(second.s, 45 * MIN, 6);
    expect(third.retryAt).toBe(45 * MIN + 60 * MIN);
    const fourth = run(third.s, 105 * MIN, 6);
    expect(fourth.retryAt - 105 * MIN).toBe(60 * MIN);
  });

  it('forgets failures after the window and the lock history after a quiet day', () => {
    const a = run(null, 0, 4);
    const b = beginAttempt(a.s, 16 * MIN, P);
    expect(b.allowed && b.state.failures).toBe(1);
    const locked = run(null, 0, 6).s;
    const later = run(locked, 15 * MIN + 86_400_001, 6);
    expect(later.retryAt - (15 * MIN + 86_400_001)).toBe(15 * MIN);
  });

  it('a success takes back the failure counted in advance', () => {
    const d = beginAttempt(null, 0, P);
    expect(d.allowed).toBe(true);
    expect(afterSuccess(d.state).failures).toBe(0);
  });

  it('says in Vietnamese how many minutes to wait', () => {
    expect(retryMessage(15 * MIN, 30_000)).toBe('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.');
  });
});
