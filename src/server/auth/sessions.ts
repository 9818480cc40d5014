import { createHash, randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Role } from '../../core/auth/roles';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';

export const SESSION_COOKIE = 'td_session';
export const SESSION_DAYS = 7;

export interface AuthUser {
  id: string;
  tenantId: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  /** Set after an administrator's reset: only the password change is open until then. */
  mustChangePassword?: boolean;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Create a server-side session; returns the cookie token (only its hash is stored). */
export async function createSession(
  db: Db | Transaction<Database>,
  clock: Clock,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(clock.now().getTime() + SESSION_DAYS * 86_400_000);
  await db
    .insertInto('sessions')
    .values({
      id: digest(token),
      user_id: userId,
      created_at: isoNow(clock),
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  return { token, expiresAt };
}

export async function userForSession(
  db: Db,
  clock: Clock,
  token: string | undefined,
): Promise<AuthUser | null> {
  if (!token) return null;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.tenant_id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.unit_id',
      'users.active',
      'users.must_change_password',
      'sessions.expires_at',
    ])
    .where('sessions.id', '=', digest(token))
    .executeTakeFirst();
  if (row?.active !== 1 || row.expires_at < isoNow(clock)) return null;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    unitId: row.unit_id,
    mustChangePassword: row.must_change_password === 1,
  };
}

export async function destroySession(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.deleteFrom('sessions').where('id', '=', digest(token)).execute();
}

/** End every session of a user, or every one but the session whose token is `keep`. */
export async function destroyUserSessions(
  db: Db | Transaction<Database>,
  userId: string,
  keep?: string,
): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep) q = q.where('id', '!=', digest(keep));
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows);
}
