import type { FastifyReply, FastifyRequest } from 'fastify';
import { retryMessage } from '../../core/auth/login-throttle';
import type { Role } from '../../core/auth/roles';
import { writeAudit } from '../audit/audit-log';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { AppError } from '../http/errors';
import type { SecurityOptions } from '../http/security-options';
import { soleTenant } from './instance';
import { accountKey, addressKey, beginLoginAttempt, loginSucceeded } from './login-throttle-store';
import { hashPassword, verifyPassword } from './passwords';
import { createSession } from './sessions';

// A dummy hash so an unknown user costs as much time as a wrong password.
let dummyHash: Promise<string> | null = null;

type FailReason = 'UNKNOWN_USER' | 'WRONG_PASSWORD' | 'LOCKED' | 'INACTIVE';
const REASON_VI: Record<FailReason, string> = {
  UNKNOWN_USER: 'không có tên đăng nhập này',
  WRONG_PASSWORD: 'sai mật khẩu',
  LOCKED: 'tạm khóa do sai nhiều lần',
  INACTIVE: 'tài khoản đã ngừng hoạt động',
};

const badCredentials = () => new AppError('BAD_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');

/**
 * Sign in: throttled per account and per address (state in the database), every attempt in the audit
 * log — success or failure with its reason and the address, never the password.
 */
export async function login(
  db: Db,
  clock: Clock,
  req: FastifyRequest,
  reply: FastifyReply,
  input: { username: string; password: string },
  sec: SecurityOptions,
): Promise<{
  token: string;
  expiresAt: Date;
  user: {
    id: string;
    username: string;
    display_name: string;
    role: Role;
    unit_id: string | null;
    must_change_password: number;
  };
}> {
  const username = input.username.toLowerCase();
  const now = sec.now();
  const account = accountKey(username);
  const address = addressKey(req.ip);
  const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  const fail = async (reason: FailReason) => {
    const tenantId = user?.tenant_id ?? (await soleTenant(db));
    await writeAudit(
      db,
      clock,
      { id: null, displayName: `Tên đăng nhập "${username}"`, tenantId, requestId: String(req.id) },
      {
        entityType: 'user',
        entityId: user?.id ?? '-',
        action: 'login_failed',
        summary: `Đăng nhập không thành công (${REASON_VI[reason]}): "${username}"`,
        data: { username, reason, ip: req.ip },
      },
    );
  };

  const gate = await beginLoginAttempt(
    db,
    [
      { key: address, policy: sec.loginThrottle.address },
      { key: account, policy: sec.loginThrottle.account },
    ],
    now,
  );
  if (!gate.allowed) {
    await fail('LOCKED');
    reply.header('retry-after', String(Math.max(1, Math.ceil((gate.retryAt - now) / 1000))));
    throw new AppError('TOO_MANY_ATTEMPTS', retryMessage(gate.retryAt, now), {
      retryAt: new Date(gate.retryAt).toISOString(),
    });
  }

  dummyHash ??= hashPassword('không-có-người-dùng-này');
  const ok = await verifyPassword(user ? user.password_hash : await dummyHash, input.password);
  if (!user) {
    await fail('UNKNOWN_USER');
    throw badCredentials();
  }
  if (!ok) {
    await fail(user.active === 1 ? 'WRONG_PASSWORD' : 'INACTIVE');
    throw badCredentials();
  }
  if (user.active !== 1) {
    await fail('INACTIVE');
    throw new AppError(
      'ACCOUNT_INACTIVE',
      'Tài khoản này đã ngừng hoạt động. Hãy liên hệ quản trị hệ thống.',
    );
  }
  await loginSucceeded(db, account, address, now);
  return db.transaction().execute(async (trx) => {
    const { token, expiresAt } = await createSession(trx, clock, user.id);
    await trx
      .updateTable('users')
      .set({ last_login_at: isoNow(clock) })
      .where('id', '=', user.id)
      .execute();
    await writeAudit(
      trx,
      clock,
      { id: user.id, displayName: user.display_name, tenantId: user.tenant_id, requestId: String(req.id) },
      {
        entityType: 'user',
        entityId: user.id,
        action: 'login',
        summary: `${user.display_name} đăng nhập`,
        data: { ip: req.ip },
      },
    );
    return { token, expiresAt, user };
  });
}
