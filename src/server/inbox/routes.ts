import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { writeAudit } from '../audit/audit-log';
import { nowIso } from '../db/ids';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { AppError, forbidden, notFound } from '../http/errors';

/**
 * The inbox (Việc cần làm): tasks sent to units — register for a movement, score yourself, send the
 * review report. A unit head sees their unit's tasks; the officer, chairman and admin see every unit's.
 */
export const inboxRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/inbox',
      { schema: { querystring: z.object({ status: z.enum(['OPEN', 'DONE', 'ALL']).default('OPEN') }) } },
      async (req) => {
        const u = requireUser(req);
        let q = db
          .selectFrom('inbox_tasks as t')
          .innerJoin('organisations as o', 'o.id', 't.unit_id')
          .selectAll('t')
          .select('o.name as unit_name')
          .where('t.tenant_id', '=', u.tenantId);
        if (u.role === 'TRUONG_DON_VI') q = q.where('t.unit_id', '=', u.unitId ?? '');
        else if (!['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH'].includes(u.role)) return [];
        if (req.query.status !== 'ALL') q = q.where('t.status', '=', req.query.status);
        const rows = await q
          .orderBy('t.status', 'desc')
          .orderBy('t.due_date')
          .orderBy('t.created_at', 'desc')
          .limit(500)
          .execute();
        return rows.map((t) => ({
          id: t.id,
          unitId: t.unit_id,
          unitName: t.unit_name,
          kind: t.kind,
          title: t.title,
          body: t.body,
          link: t.link,
          dueDate: t.due_date,
          movementId: t.movement_id,
          reviewId: t.review_id,
          status: t.status,
          doneAt: t.done_at,
          createdAt: t.created_at,
        }));
      },
    );

    /** The side menu's badge: the open tasks the same person's "Việc cần làm" page lists (own unit for a unit head, every unit for the officer). */
    app.get('/inbox/count', async (req) => {
      const u = requireUser(req);
      let q = db
        .selectFrom('inbox_tasks')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('tenant_id', '=', u.tenantId)
        .where('status', '=', 'OPEN');
      if (u.role === 'TRUONG_DON_VI') q = q.where('unit_id', '=', u.unitId ?? '');
      else if (!['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH'].includes(u.role)) return { open: 0 };
      const r = await q.executeTakeFirst();
      return { open: Number(r?.n ?? 0) };
    });

    app.post('/inbox/:id/done', { schema: { params: z.object({ id: z.string() }) } }, async (req) => {
      const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'TRUONG_DON_VI']);
      return db.transaction().execute(async (trx) => {
        const t = await trx
          .selectFrom('inbox_tasks')
          .selectAll()
          .where('id', '=', req.params.id)
          .where('tenant_id', '=', u.tenantId)
          .executeTakeFirst();
        if (!t) throw notFound('việc cần làm');
        if (u.role === 'TRUONG_DON_VI' && t.unit_id !== u.unitId)
          throw forbidden('Việc này không thuộc đơn vị của bạn.');
        if (t.status === 'DONE') throw new AppError('ALREADY_DONE', 'Việc này đã được đánh dấu hoàn thành.');
        await trx
          .updateTable('inbox_tasks')
          .set({ status: 'DONE', done_by: u.id, done_at: nowIso() })
          .where('id', '=', t.id)
          .execute();
        await writeAudit(trx, actorOf(req, u), {
          entityType: 'inbox_task',
          entityId: t.id,
          action: 'done',
          summary: `Hoàn thành việc: ${t.title}`,
        });
        return { id: t.id, status: 'DONE' };
      });
    });
  };
