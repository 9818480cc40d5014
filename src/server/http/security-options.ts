import type { ThrottlePolicy } from '../../core/auth/login-throttle';

/** Per-address request limits of one group of routes: at most `max` requests per `windowMs`. */
export interface RouteLimit {
  max: number;
  windowMs: number;
}

export interface RateLimitOptions {
  /** POST /api/auth/login, per address (failed logins are throttled separately, see `loginThrottle`). */
  login: RouteLimit;
  /** POST /api/setup, per address. */
  setup: RouteLimit;
  /** Public reads under /api/public (certificate check, disclosures, examples, ballots' keys), per address. */
  publicRead: RouteLimit;
  /** Objections to a public disclosure (each one blocks a decision until handled), per address. */
  publicWrite: RouteLimit;
  /** Casting a secret-ballot vote, per ballot — never per address, so nothing ties a vote to a voter. */
  ballotVote: RouteLimit;
  /**
   * Reading a ballot's public view or recount, per ballot: the members' browsers poll it during the meeting,
   * usually from one office address, so a per-address limit would refuse a whole council.
   */
  ballotRead: RouteLimit;
}

export interface SecurityOptions {
  loginThrottle: { account: ThrottlePolicy; address: ThrottlePolicy };
  /** `false` turns per-address limits off (only where a test says so). */
  rateLimits: RateLimitOptions | false;
  /** The clock of the login throttle (tests move it forward). */
  now: () => number;
}

const MIN = 60_000;

const num = (v: string | undefined, fallback: number) => {
  const n = Number(v);
  return v !== undefined && v !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * Defaults, overridable by the environment (README, "Bảo mật khi triển khai"):
 * LOGIN_MAX_FAILURES (per account, 5), LOGIN_MAX_FAILURES_PER_ADDRESS (20), LOGIN_LOCK_MINUTES (15,
 * doubling up to 4×), RATE_LIMIT_PUBLIC_PER_MINUTE (120), RATE_LIMIT_OBJECTIONS_PER_HOUR (10).
 */
export function securityOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SecurityOptions {
  const lockMs = num(env.LOGIN_LOCK_MINUTES, 15) * MIN;
  const policy = (maxFailures: number): ThrottlePolicy => ({
    maxFailures,
    windowMs: 15 * MIN,
    lockoutMs: lockMs,
    maxLockoutMs: 4 * lockMs,
    forgetMs: 24 * 60 * MIN,
  });
  return {
    loginThrottle: {
      account: policy(num(env.LOGIN_MAX_FAILURES, 5)),
      address: policy(num(env.LOGIN_MAX_FAILURES_PER_ADDRESS, 20)),
    },
    rateLimits: {
      login: { max: 60, windowMs: MIN },
      setup: { max: 10, windowMs: 10 * MIN },
      publicRead: { max: num(env.RATE_LIMIT_PUBLIC_PER_MINUTE, 120), windowMs: MIN },
      publicWrite: { max: num(env.RATE_LIMIT_OBJECTIONS_PER_HOUR, 10), windowMs: 60 * MIN },
      ballotVote: { max: 300, windowMs: MIN },
      ballotRead: { max: 1200, windowMs: MIN },
    },
    now: Date.now,
  };
}
