/**
 * Signing in and out over HTTP: the use cases of `login.ts` and `password-commands.ts` with the session
 * cookie they set or clear (HttpOnly, SameSite=Lax, Secure behind HTTPS).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SignedIn } from '../../contract/accounts';
import type { AuditActor } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import type { SecurityOptions } from '../http/security-options';
import { login } from './login';
import { changeOwnPassword } from './password-commands';
import { type AuthUser, destroySession, SESSION_COOKIE } from './sessions';

/** What signing in needs besides the database: the clock, the throttle and the cookie's Secure flag. */
export interface SignInOptions {
  clock: Clock;
  security: SecurityOptions;
  secureCookies: boolean;
}

function setSessionCookie(reply: FastifyReply, o: SignInOptions, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: o.secureCookies,
    expires: expiresAt,
  });
}

/** Sign in (throttled and audited, see `login`) and set the session cookie. */
export async function signIn(
  db: Db,
  o: SignInOptions,
  req: FastifyRequest,
  reply: FastifyReply,
  input: { username: string; password: string },
): Promise<SignedIn> {
  const { token, expiresAt, user } = await login(db, o.clock, req, reply, input, o.security);
  setSessionCookie(reply, o, token, expiresAt);
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    unitId: user.unit_id,
    mustChangePassword: user.must_change_password === 1,
  };
}

/** End this session and clear its cookie. */
export async function signOut(db: Db, req: FastifyRequest, reply: FastifyReply): Promise<{ ok: true }> {
  await destroySession(db, req.cookies[SESSION_COOKIE]);
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  return { ok: true };
}

/** Change one's own password; every other session ends, this one is renewed (a new cookie). */
export async function changePassword(
  db: Db,
  o: SignInOptions,
  reply: FastifyReply,
  u: AuthUser,
  actor: AuditActor,
  input: { currentPassword: string; newPassword: string },
): Promise<{ ok: true }> {
  const { token, expiresAt } = await changeOwnPassword(db, o.clock, actor, u, input, o.security);
  setSessionCookie(reply, o, token, expiresAt);
  return { ok: true };
}
