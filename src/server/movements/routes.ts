import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compareVietnamese, foldVietnamese } from '../../core/text';
import { writeAudit } from '../audit/audit-log';
import { newId, nowIso } from '../db/ids';
import type { AppDeps } from '../http/app';
import { actorOf, requireUser } from '../http/context';
import { AppError, notFound } from '../http/errors';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

export const MovementBody = z
  .object({
    name: z.string().trim().min(5, 'Tên phong trào quá ngắn').max(300),
    type: z.enum(['THUONG_XUYEN', 'THEO_DOT', 'CHUYEN_DE'], { message: 'Hình thức thi đua không hợp lệ' }),
    scope: z.enum(['QUOC_GIA', 'TINH', 'XA', 'DON_VI']).default('XA'),
    fields: z.array(z.string().trim().min(1)).max(20).default([]),
    basis: z.string().trim().max(500).nullable().optional(),
    description: z.string().trim().max(5000).nullable().optional(),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
    year: z.number().int().min(2000).max(2100).nullable().optional(),
  })
  .refine((m) => !m.startDate || !m.endDate || m.startDate <= m.endDate, {
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
    path: ['endDate'],
  });

export const movementRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get('/movements', { schema: { querystring: z.object({ q: z.string().optional() }) } }, async (req) => {
    const u = requireUser(req);
    let q = db.selectFrom('movements').selectAll().where('tenant_id', '=', u.tenantId);
    for (const w of foldVietnamese(req.query.q ?? '').split(' ').filter(Boolean)) q = q.where('search_text', 'like', `%${w}%`);
    const rows = await q.execute();
    return rows
      .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || compareVietnamese(a.name, b.name))
      .map((m) => ({
        id: m.id, name: m.name, type: m.type, scope: m.scope, fields: JSON.parse(m.fields) as string[], basis: m.basis,
        description: m.description, startDate: m.start_date, endDate: m.end_date, year: m.year, status: m.status,
      }));
  });

  app.post('/movements', { schema: { body: MovementBody } }, async (req, reply) => {
    const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT']);
    const b = req.body;
    const id = newId();
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('movements').values({
        id, tenant_id: u.tenantId, name: b.name, search_text: foldVietnamese(b.name), type: b.type, scope: b.scope,
        fields: JSON.stringify(b.fields), basis: b.basis ?? null, description: b.description ?? null,
        start_date: b.startDate ?? null, end_date: b.endDate ?? null, year: b.year ?? (b.startDate ? Number(b.startDate.slice(0, 4)) : null),
        launched_by: 'Chủ tịch UBND xã', status: 'DRAFT', created_by: u.id, created_at: nowIso(),
      }).execute();
      await writeAudit(trx, actorOf(req, u), { entityType: 'movement', entityId: id, action: 'create', summary: `Tạo phong trào "${b.name}"`, data: b });
    });
    return reply.status(201).send({ id });
  });

  app.post('/movements/:id/launch', { schema: { params: z.object({ id: z.string() }) } }, async (req) => {
    const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT']);
    return db.transaction().execute(async (trx) => {
      const m = await trx.selectFrom('movements').selectAll().where('id', '=', req.params.id).where('tenant_id', '=', u.tenantId).executeTakeFirst();
      if (!m) throw notFound('phong trào');
      if (m.status !== 'DRAFT') throw new AppError(409, 'ILLEGAL_TRANSITION', 'Phong trào đã được phát động.');
      await trx.updateTable('movements').set({ status: 'LAUNCHED' }).where('id', '=', m.id).execute();
      await writeAudit(trx, actorOf(req, u), { entityType: 'movement', entityId: m.id, action: 'launch', summary: `Phát động phong trào "${m.name}"` });
      return { id: m.id, status: 'LAUNCHED' };
    });
  });
};
