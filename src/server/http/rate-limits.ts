import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';
import type { RateLimitOptions, RouteLimit } from './security-options';

type Bucket = keyof RateLimitOptions;

/** Which limit a request falls under, by its route (not its raw URL), or none for signed-in work. */
function bucketOf(req: FastifyRequest): Bucket | null {
  const url = req.routeOptions.url;
  if (!url) return null;
  if (req.method === 'POST' && url === '/api/auth/login') return 'login';
  if (req.method === 'POST' && url === '/api/setup') return 'setup';
  if (req.method === 'POST' && url === '/api/public/ballots/:id/votes') return 'ballotVote';
  if (req.method === 'GET' && url.startsWith('/api/public/ballots/:id')) return 'ballotRead';
  if (url.startsWith('/api/public/'))
    return req.method === 'GET' || req.method === 'HEAD' ? 'publicRead' : 'publicWrite';
  return null;
}

/**
 * A fixed-window counter per key, in memory. The plugin's own LocalStore hands every caller the same
 * mutable record, so in a burst of concurrent requests even the first ones read the final count and are
 * refused; this store answers each call with its own snapshot. Windows that ended are swept as it goes.
 */
class WindowStore {
  private readonly counts = new Map<string, { current: number; start: number }>();
  private lastSweep = Date.now();

  incr(
    key: string,
    cb: (err: Error | null, res?: { current: number; ttl: number }) => void,
    timeWindow: number,
  ): void {
    const now = Date.now();
    if (now - this.lastSweep > 60_000) {
      for (const [k, v] of this.counts) if (now - v.start >= timeWindow) this.counts.delete(k);
      this.lastSweep = now;
    }
    let c = this.counts.get(key);
    if (!c || now - c.start >= timeWindow) {
      c = { current: 0, start: now };
      this.counts.set(key, c);
    }
    c.current += 1;
    cb(null, { current: c.current, ttl: c.start + timeWindow - now });
  }

  child(): WindowStore {
    return new WindowStore();
  }
}

/** "30 giây" / "5 phút" / "2 giờ". */
function waitText(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, seconds)} giây`;
  if (seconds < 5400) return `${Math.ceil(seconds / 60)} phút`;
  return `${Math.ceil(seconds / 3600)} giờ`;
}

/**
 * Per-address limits on the routes anyone can call without signing in (login, first-run setup, the
 * public pages, objections), answered with 429 `RATE_LIMITED`, a Vietnamese message and `Retry-After`.
 * Counters live in memory (one per process, reset on restart): they only need to blunt floods, and the
 * login throttle that must survive restarts is kept in the database. The secret-ballot vote is limited
 * per ballot, never per address, so nothing about the voter is kept.
 */
export async function installRateLimits(
  app: FastifyInstance,
  limits: RateLimitOptions | false,
): Promise<void> {
  if (!limits) return;
  await app.register(fastifyRateLimit, { global: false, store: WindowStore });
  const make = (bucket: Bucket, limit: RouteLimit, key: (req: FastifyRequest) => string) =>
    app.createRateLimit({
      max: limit.max,
      timeWindow: limit.windowMs,
      keyGenerator: (req) => `${bucket}:${key(req)}`,
    });
  const byAddress = (req: FastifyRequest) => req.ip;
  const byBallot = (req: FastifyRequest) => String((req.params as { id?: unknown }).id ?? '');
  const checks: Record<Bucket, ReturnType<typeof make>> = {
    login: make('login', limits.login, byAddress),
    setup: make('setup', limits.setup, byAddress),
    publicRead: make('publicRead', limits.publicRead, byAddress),
    publicWrite: make('publicWrite', limits.publicWrite, byAddress),
    ballotVote: make('ballotVote', limits.ballotVote, byBallot),
    ballotRead: make('ballotRead', limits.ballotRead, byBallot),
  };
  app.addHook('onRequest', async (req, reply) => {
    const bucket = bucketOf(req);
    if (!bucket) return;
    const r = await checks[bucket](req);
    if (r.isAllowed || !r.isExceeded) return;
    reply.header('retry-after', String(r.ttlInSeconds));
    throw new AppError(
      'RATE_LIMITED',
      `Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ${waitText(r.ttlInSeconds)}.`,
    );
  });
}
