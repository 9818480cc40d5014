import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connect';
import type { AppDeps } from '../deps';
import { requireUser } from '../http/context';
import { conflictsOf } from '../proposals/dossier-access';

const HIDDEN_HISTORY = '(Không hiển thị: bạn đã khai báo xung đột lợi ích với hồ sơ này)';

export async function auditTrail(db: Db, tenantId: string, entityType: string, entityId: string) {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorName: r.actor_name,
    action: r.action,
    summary: r.summary,
    data: r.data ? (JSON.parse(r.data) as unknown) : null,
  }));
}

export const auditRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    /** The commune's audit log, newest first (officer, chairman, admin). */
    app.get(
      '/audit',
      {
        config: { dossier: { list: true } },
        schema: {
          querystring: z.object({
            entityType: z.string().optional(),
            entityId: z.string().optional(),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH']);
        let q = db.selectFrom('audit_log').selectAll().where('tenant_id', '=', u.tenantId);
        if (req.query.entityType) q = q.where('entity_type', '=', req.query.entityType);
        if (req.query.entityId) q = q.where('entity_id', '=', req.query.entityId);
        const rows = await q.orderBy('id', 'desc').limit(req.query.limit).execute();
        // The history of a dossier the reader declared a conflict of interest with is its private part.
        const conflicts = await conflictsOf(db, u);
        const hidden = (r: { entity_type: string; entity_id: string }) =>
          r.entity_type === 'proposal' && conflicts.has(r.entity_id);
        return rows.map((r) => ({
          id: r.id,
          at: r.at,
          actorName: r.actor_name,
          entityType: r.entity_type,
          entityId: r.entity_id,
          action: r.action,
          summary: hidden(r) ? HIDDEN_HISTORY : r.summary,
        }));
      },
    );
  };
