import { randomInt } from 'node:crypto';
import type { UserRow } from '../../contract/accounts';
import { retryMessage } from '../../core/auth/login-throttle';
import { passwordProblems } from '../../core/auth/password-rules';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { AppError } from '../http/errors';
import type { SecurityOptions } from '../http/security-options';
import { accountKey, beginLoginAttempt, clearAccountThrottle } from './login-throttle-store';
import { hashPassword, verifyPassword } from './passwords';
import { type AuthUser, createSession, destroyUserSessions } from './sessions';
import { accountOfCommune, activeAdminCount, userRow } from './user-queries';

/** Refuse a password that breaks the strong-password rule, with every reason, in Vietnamese. */
export function assertStrongPassword(password: string, ctx: { username: string; displayName: string }): void {
  const problems = passwordProblems(password, ctx);
  if (problems.length) throw new AppError('WEAK_PASSWORD', problems.join(' '), { problems });
}

// No look-alike letters or digits (0/O, 1/l/I), so a password read aloud or copied by hand stays right.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A temporary password: four groups of four (about 79 bits), e.g. "k7mq-x2pd-…", that passes the rule. */
export function temporaryPassword(ctx: { username: string; displayName: string }): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
    );
    const pw = groups.join('-');
    if (passwordProblems(pw, ctx).length === 0) return pw;
  }
}

/**
 * The signed-in user changes their own password: the current one is required (wrong guesses count
 * towards the account's login throttle), the new one follows the rule; every other session of the user
 * ends and the current one is replaced by a fresh session. Returns the new session.
 */
export async function changeOwnPassword(
  db: Db,
  clock: Clock,
  actor: AuditActor,
  u: AuthUser,
  input: { currentPassword: string; newPassword: string },
  sec: SecurityOptions,
): Promise<{ token: string; expiresAt: Date }> {
  const row = await db
    .selectFrom('users')
    .select(['password_hash', 'active'])
    .where('id', '=', u.id)
    .executeTakeFirstOrThrow();
  const now = sec.now();
  const gate = await beginLoginAttempt(
    db,
    [{ key: accountKey(u.username), policy: sec.loginThrottle.account }],
    now,
  );
  if (!gate.allowed) throw new AppError('TOO_MANY_ATTEMPTS', retryMessage(gate.retryAt, now));
  if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
    await writeAudit(db, clock, actor, {
      entityType: 'user',
      entityId: u.id,
      action: 'password_change_failed',
      summary: `${u.displayName} đổi mật khẩu không thành công (sai mật khẩu hiện tại)`,
    });
    throw new AppError('WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng.');
  }
  await clearAccountThrottle(db, u.username);
  if (input.newPassword === input.currentPassword) {
    throw new AppError('SAME_PASSWORD', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
  }
  assertStrongPassword(input.newPassword, { username: u.username, displayName: u.displayName });
  const hash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 0, password_changed_at: isoNow(clock) })
      .where('id', '=', u.id)
      .execute();
    const ended = await destroyUserSessions(trx, u.id);
    const session = await createSession(trx, clock, u.id);
    await writeAudit(trx, clock, actor, {
      entityType: 'user',
      entityId: u.id,
      action: 'password_changed',
      summary: `${u.displayName} đổi mật khẩu (kết thúc ${Math.max(0, ended - 1)} phiên đăng nhập khác)`,
      data: { otherSessionsEnded: Math.max(0, ended - 1) },
    });
    return session;
  });
}

async function targetUser(db: Db, admin: AuthUser, userId: string) {
  const t = await db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', userId)
    .where('tenant_id', '=', admin.tenantId)
    .executeTakeFirst();
  if (!t) throw new AppError('NOT_FOUND', 'Không tìm thấy người dùng.');
  return t;
}

/**
 * An administrator resets a user's password: typed by the administrator (same rule) or generated and
 * shown once; the user must change it at the next login; their sessions end and a lock is lifted.
 */
export async function resetPassword(
  db: Db,
  clock: Clock,
  actor: AuditActor,
  admin: AuthUser,
  userId: string,
  typed: string | undefined,
): Promise<{ temporaryPassword: string | null; user: UserRow }> {
  const t = await targetUser(db, admin, userId);
  if (t.id === admin.id)
    throw new AppError('OWN_ACCOUNT', 'Hãy dùng "Đổi mật khẩu" để đổi mật khẩu của chính mình.');
  const ctx = { username: t.username, displayName: t.display_name };
  if (typed !== undefined) assertStrongPassword(typed, ctx);
  const password = typed ?? temporaryPassword(ctx);
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 1, password_changed_at: isoNow(clock) })
      .where('id', '=', t.id)
      .execute();
    const ended = await destroyUserSessions(trx, t.id);
    await writeAudit(trx, clock, actor, {
      entityType: 'user',
      entityId: t.id,
      action: 'password_reset',
      summary: `${admin.displayName} đặt lại mật khẩu của ${t.display_name} (${t.username}); phải đổi khi đăng nhập`,
      data: { sessionsEnded: ended, generated: typed === undefined },
    });
  });
  await clearAccountThrottle(db, t.username);
  return { temporaryPassword: typed === undefined ? password : null, user: await userRow(db, admin, t.id) };
}

/**
 * Deactivate or reactivate an account. Deactivating ends its sessions; an administrator cannot
 * deactivate themselves, nor the last active administrator of the commune.
 */
export async function setUserActive(
  db: Db,
  clock: Clock,
  actor: AuditActor,
  admin: AuthUser,
  userId: string,
  active: boolean,
): Promise<UserRow> {
  await db.transaction().execute(async (trx) => {
    const t = await accountOfCommune(trx, admin, userId);
    if ((t.active === 1) === active) return;
    if (!active) {
      if (t.id === admin.id)
        throw new AppError('OWN_ACCOUNT', 'Không thể tự ngừng tài khoản của chính mình.');
      if (t.role === 'ADMIN') {
        if ((await activeAdminCount(trx, admin.tenantId)) <= 1)
          throw new AppError('LAST_ADMIN', 'Không thể ngừng quản trị viên cuối cùng của xã.');
      }
    }
    await trx
      .updateTable('users')
      .set({ active: active ? 1 : 0 })
      .where('id', '=', t.id)
      .execute();
    const ended = active ? 0 : await destroyUserSessions(trx, t.id);
    await writeAudit(trx, clock, actor, {
      entityType: 'user',
      entityId: t.id,
      action: active ? 'user_reactivated' : 'user_deactivated',
      summary: `${admin.displayName} ${active ? 'mở lại' : 'ngừng'} tài khoản ${t.display_name} (${t.username})`,
      data: active ? undefined : { sessionsEnded: ended },
    });
  });
  return userRow(db, admin, userId);
}
