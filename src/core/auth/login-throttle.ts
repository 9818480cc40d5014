/**
 * Login throttling as a pure state machine, one state per key (an account's username, or an address).
 * An attempt is counted as a failure *before* the password is checked, so a burst of concurrent attempts
 * cannot slip past the limit; a success then takes it back (`afterSuccess`).
 * After `maxFailures` failures within `windowMs` the key is locked for `lockoutMs`, doubled for each lock
 * in a row (capped at `maxLockoutMs`), so guessing slows down further while a real user is never locked
 * out for longer than the cap. A quiet day forgets the lock history.
 */
export interface ThrottleState {
  failures: number;
  windowStart: number; // ms since epoch
  lockedUntil: number | null;
  lockLevel: number; // locks in a row (0 = none yet)
}

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  lockoutMs: number;
  maxLockoutMs: number;
  /** Lock history is forgotten after this long without a lock. */
  forgetMs: number;
}

export type AttemptDecision =
  | { allowed: true; state: ThrottleState }
  | { allowed: false; retryAt: number; state: ThrottleState; lockedNow: boolean };

export const freshThrottle = (now: number): ThrottleState => ({
  failures: 0,
  windowStart: now,
  lockedUntil: null,
  lockLevel: 0,
});

/** Decide one login attempt for one key, counting it as a failure in advance. */
export function beginAttempt(prev: ThrottleState | null, now: number, p: ThrottlePolicy): AttemptDecision {
  let s = prev ?? freshThrottle(now);
  if (s.lockedUntil !== null && now < s.lockedUntil)
    return { allowed: false, retryAt: s.lockedUntil, state: s, lockedNow: false };
  if (s.lockedUntil !== null && now - s.lockedUntil > p.forgetMs) s = { ...freshThrottle(now) };
  else if (now - s.windowStart >= p.windowMs || (s.lockedUntil !== null && s.windowStart < s.lockedUntil)) {
    s = { ...s, failures: 0, windowStart: now };
  }
  if (s.failures >= p.maxFailures) {
    const lockedUntil = now + Math.min(p.lockoutMs * 2 ** s.lockLevel, p.maxLockoutMs);
    const state = {
      failures: s.failures,
      windowStart: s.windowStart,
      lockedUntil,
      lockLevel: s.lockLevel + 1,
    };
    return { allowed: false, retryAt: lockedUntil, state, lockedNow: true };
  }
  return { allowed: true, state: { ...s, failures: s.failures + 1 } };
}

/** The attempt succeeded: take back the failure counted in advance. */
export function afterSuccess(s: ThrottleState): ThrottleState {
  return { ...s, failures: Math.max(0, s.failures - 1) };
}

/** Vietnamese text for "try again at …" (local time of the server, hh:mm, with minutes to wait). */
export function retryMessage(retryAt: number, now: number): string {
  const minutes = Math.max(1, Math.ceil((retryAt - now) / 60_000));
  return `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
}
