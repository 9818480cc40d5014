import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLE_LABELS, type Role } from '../../core/auth/roles';
import type { Db } from '../db/connect';
import { requireUser } from '../http/context';
import type { SecurityOptions } from '../http/security-options';
import { instanceStatus } from './instance';
import { login } from './login';
import { changeOwnPassword } from './password-commands';
import { destroySession, SESSION_COOKIE } from './sessions';
import { setupInstance } from './setup';

const LoginBody = z.object({
  username: z.string().trim().min(1, 'Chưa nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Chưa nhập mật khẩu').max(200),
});

const NewPassword = z.string().min(1, 'Chưa nhập mật khẩu mới').max(200, 'Mật khẩu dài quá 200 ký tự');

const SetupBody = z
  .object({
    communeName: z.string().trim().min(3, 'Chưa nhập tên xã').max(200),
    communeCode: z
      .string()
      .trim()
      .max(40)
      .regex(/^[A-Za-z0-9-]*$/, 'Mã xã chỉ gồm chữ không dấu, số và dấu gạch')
      .optional(),
    username: z
      .string()
      .trim()
      .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự')
      .max(50)
      .regex(/^[A-Za-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch'),
    displayName: z.string().trim().min(2, 'Chưa nhập họ tên').max(100),
    password: NewPassword,
    passwordConfirm: z.string(),
  })
  .refine((b) => b.password === b.passwordConfirm, {
    message: 'Mật khẩu nhập lại không khớp',
    path: ['passwordConfirm'],
  });

export function authRoutes(
  db: Db,
  opts: { secureCookies: boolean; security: SecurityOptions },
): FastifyPluginAsyncZod {
  return async (app) => {
    const cookieOpts = (expiresAt: Date) => ({
      path: '/',
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: opts.secureCookies,
      expires: expiresAt,
    });

    app.post('/auth/login', { schema: { body: LoginBody } }, async (req, reply) => {
      const { token, expiresAt, user } = await login(db, req, reply, req.body, opts.security);
      reply.setCookie(SESSION_COOKIE, token, cookieOpts(expiresAt));
      return {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        role: user.role as Role,
        unitId: user.unit_id,
        mustChangePassword: user.must_change_password === 1,
      };
    });

    app.post('/auth/logout', async (req, reply) => {
      await destroySession(db, req.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    });

    app.get('/auth/me', async (req) => {
      const u = requireUser(req);
      const tenant = await db
        .selectFrom('organisations')
        .select(['name', 'code'])
        .where('id', '=', u.tenantId)
        .executeTakeFirst();
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
        mustChangePassword: u.mustChangePassword === true,
      };
    });

    /** Change one's own password; every other session ends, this one is renewed. */
    app.post(
      '/auth/password',
      {
        schema: {
          body: z.object({
            currentPassword: z.string().min(1, 'Chưa nhập mật khẩu hiện tại').max(200),
            newPassword: NewPassword,
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req);
        const { token, expiresAt } = await changeOwnPassword(db, req, u, req.body, opts.security);
        reply.setCookie(SESSION_COOKIE, token, cookieOpts(expiresAt));
        return { ok: true };
      },
    );

    /** Before sign-in: is this a demo (show the banner) and is the first-run setup still to do. */
    app.get('/public/instance', async () => instanceStatus(db));

    /** First run only: the commune and its first administrator; 409 once any account exists. */
    app.post('/setup', { schema: { body: SetupBody } }, async (req, reply) => {
      const { passwordConfirm: _, ...input } = req.body;
      const r = await setupInstance(db, input, String(req.id));
      return reply.status(201).send(r);
    });
  };
}
