import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLE_LABELS, type Role } from '../../core/auth/roles';
import type { AppDeps } from '../deps';
import { requireUser } from '../http/context';
import { resetPassword, setUserActive } from './password-commands';

const IdParams = z.object({ id: z.string().min(1).max(64) });

/** The commune's accounts, for its administrator: list, reset a password, deactivate and reactivate. */
export const userAdminRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/users', async (req) => {
      const admin = requireUser(req, ['ADMIN']);
      const rows = await db
        .selectFrom('users as u')
        .leftJoin('organisations as o', 'o.id', 'u.unit_id')
        .select([
          'u.id',
          'u.username',
          'u.display_name',
          'u.role',
          'u.active',
          'u.must_change_password',
          'u.last_login_at',
          'u.password_changed_at',
          'o.name as unit_name',
        ])
        .where('u.tenant_id', '=', admin.tenantId)
        .orderBy('u.username')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        username: r.username,
        displayName: r.display_name,
        role: r.role as Role,
        roleLabel: ROLE_LABELS[r.role as Role]?.vi ?? r.role,
        unitName: r.unit_name,
        active: r.active === 1,
        mustChangePassword: r.must_change_password === 1,
        lastLoginAt: r.last_login_at,
        passwordChangedAt: r.password_changed_at,
        self: r.id === admin.id,
      }));
    });

    /** Reset: the administrator types a password, or leaves it out and gets a temporary one, shown once. */
    app.post(
      '/users/:id/reset-password',
      { schema: { params: IdParams, body: z.object({ password: z.string().min(1).max(200).optional() }) } },
      async (req) => resetPassword(db, req, requireUser(req, ['ADMIN']), req.params.id, req.body.password),
    );

    app.post('/users/:id/deactivate', { schema: { params: IdParams } }, async (req) => {
      await setUserActive(db, req, requireUser(req, ['ADMIN']), req.params.id, false);
      return { ok: true };
    });

    app.post('/users/:id/reactivate', { schema: { params: IdParams } }, async (req) => {
      await setUserActive(db, req, requireUser(req, ['ADMIN']), req.params.id, true);
      return { ok: true };
    });
  };
