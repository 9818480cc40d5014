import { createHash } from 'node:crypto';
import {
  afterSuccess,
  beginAttempt,
  type ThrottlePolicy,
  type ThrottleState,
} from '../../core/auth/login-throttle';
import type { Db } from '../db/connect';

/**
 * Login throttling state in the database (table `login_throttle`), so it survives a restart and is
 * shared by every server process on one database. Each key's row is locked while it is decided
 * (an upsert takes PostgreSQL's row lock; SQLite runs one transaction at a time).
 */
export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

export const accountKey = (username: string) => `user:${username.toLowerCase()}`;
/** The address is kept only as a SHA-256, enough to count attempts. */
export const addressKey = (ip: string) =>
  `addr:${createHash('sha256').update(ip).digest('hex').slice(0, 32)}`;

const toState = (r: {
  failures: number;
  window_start: string;
  locked_until: string | null;
  lock_level: number;
}): ThrottleState => ({
  failures: r.failures,
  windowStart: Date.parse(r.window_start),
  lockedUntil: r.locked_until ? Date.parse(r.locked_until) : null,
  lockLevel: r.lock_level,
});

async function lockRow(trx: Db, key: string, now: number): Promise<ThrottleState | null> {
  const at = new Date(now).toISOString();
  await trx
    .insertInto('login_throttle')
    .values({ key, failures: 0, window_start: at, locked_until: null, lock_level: 0, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ key }))
    .execute();
  const row = await trx
    .selectFrom('login_throttle')
    .selectAll()
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return row.failures === 0 && row.lock_level === 0 && row.locked_until === null ? null : toState(row);
}

async function saveRow(trx: Db, key: string, s: ThrottleState, now: number): Promise<void> {
  await trx
    .updateTable('login_throttle')
    .set({
      failures: s.failures,
      window_start: new Date(s.windowStart).toISOString(),
      locked_until: s.lockedUntil === null ? null : new Date(s.lockedUntil).toISOString(),
      lock_level: s.lockLevel,
      updated_at: new Date(now).toISOString(),
    })
    .where('key', '=', key)
    .execute();
}

export type BeginResult = { allowed: true } | { allowed: false; retryAt: number; lockedNow: boolean };

/** Count one attempt on every key (in advance, as a failure); refused when any key is locked. */
export async function beginLoginAttempt(db: Db, keys: ThrottleKey[], now: number): Promise<BeginResult> {
  return db.transaction().execute(async (trx) => {
    let refusal: BeginResult = { allowed: true };
    for (const k of keys) {
      const d = beginAttempt(await lockRow(trx, k.key, now), now, k.policy);
      await saveRow(trx, k.key, d.state, now);
      if (!d.allowed && (refusal.allowed || d.retryAt > refusal.retryAt)) {
        refusal = { allowed: false, retryAt: d.retryAt, lockedNow: d.lockedNow };
      }
    }
    return refusal;
  });
}

/**
 * A successful login: the account's failures are cleared (its lock history stays until a quiet day passes,
 * so locks keep growing for a guessed account); the address gets back the failure counted in advance.
 */
export async function loginSucceeded(db: Db, account: string, address: string, now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Same order as beginLoginAttempt (address, then account), so two transactions never wait on each other.
    const state = await lockRow(trx, address, now);
    if (state) await saveRow(trx, address, afterSuccess(state), now);
    const mine = await lockRow(trx, account, now);
    if (mine) await saveRow(trx, account, { ...mine, failures: 0 }, now);
    // Rows nobody has touched for two days (typos, unknown names) are of no use any more.
    await trx
      .deleteFrom('login_throttle')
      .where('updated_at', '<', new Date(now - 2 * 86_400_000).toISOString())
      .execute();
  });
}

/** An administrator's reset also lifts a lock on the account. */
export async function clearAccountThrottle(db: Db, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', accountKey(username)).execute();
}
