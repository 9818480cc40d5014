import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../core/auth/roles';
import type { Db } from '../db/connect';
import { nowIso } from '../db/ids';

export const SESSION_COOKIE = 'td_session';
export const SESSION_DAYS = 7;

export interface AuthUser {
  id: string;
  tenantId: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Create a server-side session; returns the cookie token (only its hash is stored). */
export async function createSession(db: Db, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await db
    .insertInto('sessions')
    .values({ id: digest(token), user_id: userId, created_at: nowIso(), expires_at: expiresAt.toISOString() })
    .execute();
  return { token, expiresAt };
}

export async function userForSession(db: Db, token: string | undefined): Promise<AuthUser | null> {
  if (!token) return null;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.tenant_id', 'users.username', 'users.display_name', 'users.role', 'users.unit_id', 'users.active', 'sessions.expires_at'])
    .where('sessions.id', '=', digest(token))
    .executeTakeFirst();
  if (row?.active !== 1 || row.expires_at < nowIso()) return null;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    unitId: row.unit_id,
  };
}

export async function destroySession(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.deleteFrom('sessions').where('id', '=', digest(token)).execute();
}
