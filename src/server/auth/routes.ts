import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLE_LABELS, type Role } from '../../core/auth/roles';
import { writeAudit } from '../audit/audit-log';
import type { Db } from '../db/connect';
import { AppError } from '../http/errors';
import { requireUser } from '../http/context';
import { hashPassword, verifyPassword } from './passwords';
import { SESSION_COOKIE, createSession, destroySession } from './sessions';

const LoginBody = z.object({
  username: z.string().trim().min(1, 'Chưa nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Chưa nhập mật khẩu').max(200),
});

// A dummy hash so an unknown user costs as much time as a wrong password.
let dummyHash: Promise<string> | null = null;

export function authRoutes(db: Db, opts: { secureCookies: boolean }): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/auth/login', { schema: { body: LoginBody } }, async (req, reply) => {
      const { username, password } = req.body;
      const user = await db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
      dummyHash ??= hashPassword('không-có-người-dùng-này');
      let ok = false;
      if (user && user.active === 1) ok = await verifyPassword(user.password_hash, password);
      else await verifyPassword(await dummyHash, password);
      if (!user || !ok) {
        throw new AppError(401, 'BAD_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');
      }
      const { token, expiresAt } = await createSession(db, user.id);
      await writeAudit(db, { id: user.id, displayName: user.display_name, tenantId: user.tenant_id, requestId: String(req.id) }, {
        entityType: 'user', entityId: user.id, action: 'login', summary: `${user.display_name} đăng nhập`,
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/', httpOnly: true, sameSite: 'lax', secure: opts.secureCookies, expires: expiresAt,
      });
      return { id: user.id, username: user.username, displayName: user.display_name, role: user.role as Role, unitId: user.unit_id };
    });

    app.post('/auth/logout', async (req, reply) => {
      await destroySession(db, req.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    });

    app.get('/auth/me', async (req) => {
      const u = requireUser(req);
      const tenant = await db.selectFrom('organisations').select(['name', 'code']).where('id', '=', u.tenantId).executeTakeFirst();
      const unit = u.unitId
        ? await db.selectFrom('organisations').select(['name']).where('id', '=', u.unitId).executeTakeFirst()
        : undefined;
      return {
        id: u.id,
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        roleLabel: ROLE_LABELS[u.role].vi,
        unitId: u.unitId,
        unitName: unit?.name ?? null,
        tenantId: u.tenantId,
        tenantName: tenant?.name ?? '',
      };
    });
  };
}
