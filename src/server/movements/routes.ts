import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  availableMovementActions,
  MOVEMENT_ACTIONS,
  type MovementState,
  NATIONAL_MOVEMENTS,
} from '../../core/movements';
import { compareVietnamese, foldVietnamese } from '../../core/text';
import { containsText } from '../db/like-pattern';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { createMovement, transitionMovementCommand, updateMovement } from './movement-commands';
import { loadMovement, toMovementDto } from './movement-queries';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

export const CriterionBody = z.object({
  name: z.string().trim().min(2, 'Tên tiêu chí quá ngắn').max(500),
  group: z.string().trim().max(200).nullable().optional(),
  description: z.string().trim().max(2000).nullable().optional(),
  weight: z.number({ message: 'Trọng số phải là một số' }).positive('Trọng số phải lớn hơn 0').max(1000),
  minScore: z
    .number({ message: 'Điểm tối thiểu phải là một số' })
    .min(0, 'Điểm tối thiểu không được âm')
    .max(1000),
  maxScore: z
    .number({ message: 'Điểm tối đa phải là một số' })
    .positive('Điểm tối đa phải lớn hơn 0')
    .max(1000),
});

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
    launchedBy: z.string().trim().max(200).nullable().optional(),
    catalogueCode: z.string().trim().max(50).nullable().optional(),
    registrationDeadline: isoDate.nullable().optional(),
    calendarDayId: z.string().max(100).nullable().optional(),
    participantUnitIds: z.array(z.string()).max(500).optional(),
    criteria: z.array(CriterionBody).max(100).optional(),
  })
  .refine((m) => !m.startDate || !m.endDate || m.startDate <= m.endDate, {
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
    path: ['endDate'],
  })
  .refine((m) => !m.registrationDeadline || !m.endDate || m.registrationDeadline <= m.endDate, {
    message: 'Hạn đăng ký phải trước ngày kết thúc phong trào',
    path: ['registrationDeadline'],
  });

const MANAGERS = ['ADMIN', 'CAN_BO_TDKT'] as const;
const Params = z.object({ id: z.string() });

/**
 * Movements (phong trào thi đua): the commune's catalogue (national movements it implements and its
 * own), participants and criteria, and the lifecycle of Điều 17 Luật TĐKT 2022 with audited transitions.
 */
export const movementRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/movements',
      { schema: { querystring: z.object({ q: z.string().optional(), status: z.string().optional() }) } },
      async (req) => {
        const u = requireUser(req);
        let q = db.selectFrom('movements').selectAll().where('tenant_id', '=', u.tenantId);
        for (const w of foldVietnamese(req.query.q ?? '')
          .split(' ')
          .filter(Boolean))
          q = q.where(containsText('search_text', w));
        if (req.query.status) q = q.where('status', '=', req.query.status as MovementState);
        const rows = await q.execute();
        const counts = await db
          .selectFrom('movement_units as mu')
          .innerJoin('movements as m', 'm.id', 'mu.movement_id')
          .select(['mu.movement_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('m.tenant_id', '=', u.tenantId)
          .groupBy('mu.movement_id')
          .execute();
        const mine =
          u.role === 'TRUONG_DON_VI'
            ? new Set(
                (
                  await db
                    .selectFrom('movement_units')
                    .select('movement_id')
                    .where('unit_id', '=', u.unitId ?? '')
                    .execute()
                ).map((r) => r.movement_id),
              )
            : null;
        return rows
          .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || compareVietnamese(a.name, b.name))
          .map((m) => ({
            ...toMovementDto(m),
            participantCount: Number(counts.find((c) => c.movement_id === m.id)?.n ?? 0),
            myUnitTakesPart: mine ? mine.has(m.id) : null,
          }));
      },
    );

    /** The national movements the commune may implement, marked when it already has them. */
    app.get('/movements/catalogue', async (req) => {
      const u = requireUser(req);
      const rows = await db
        .selectFrom('movements')
        .select(['catalogue_code', 'name'])
        .where('tenant_id', '=', u.tenantId)
        .execute();
      const names = new Set(rows.map((r) => foldVietnamese(r.name)));
      const codes = new Set(rows.map((r) => r.catalogue_code).filter(Boolean));
      return NATIONAL_MOVEMENTS.map((n) => ({
        ...n,
        inCommune: codes.has(n.code) || names.has(foldVietnamese(n.name)),
      }));
    });

    app.get('/movements/:id', { schema: { params: Params } }, async (req) => {
      const u = requireUser(req);
      const m = await loadMovement(db, u.tenantId, req.params.id);
      const reviews = await db
        .selectFrom('reviews')
        .select(['id', 'kind', 'round', 'title', 'status', 'locked_on', 'created_at'])
        .where('movement_id', '=', m.id)
        .orderBy('created_at')
        .execute();
      return {
        ...m,
        actions: ['ADMIN', 'CAN_BO_TDKT'].includes(u.role) ? availableMovementActions(m.status) : [],
        reviews: reviews.map((r) => ({
          id: r.id,
          kind: r.kind,
          round: r.round,
          title: r.title,
          status: r.status,
          lockedOn: r.locked_on,
        })),
      };
    });

    app.post('/movements', { schema: { body: MovementBody } }, async (req, reply) => {
      const u = requireUser(req, MANAGERS);
      const id = await createMovement(db, u, actorOf(req, u), req.body);
      return reply.status(201).send({ id });
    });

    app.put('/movements/:id', { schema: { params: Params, body: MovementBody } }, async (req) => {
      const u = requireUser(req, MANAGERS);
      await updateMovement(db, u, actorOf(req, u), req.params.id, req.body);
      return loadMovement(db, u.tenantId, req.params.id);
    });

    app.post(
      '/movements/:id/transitions',
      {
        schema: {
          params: Params,
          body: z.object({ action: z.enum(MOVEMENT_ACTIONS, { message: 'Thao tác không hợp lệ' }) }),
        },
      },
      async (req) => {
        const u = requireUser(req, MANAGERS);
        const status = await transitionMovementCommand(
          db,
          u,
          actorOf(req, u),
          req.params.id,
          req.body.action,
        );
        return { id: req.params.id, status };
      },
    );

    /** Kept for existing clients: the same as the `launch` transition. */
    app.post('/movements/:id/launch', { schema: { params: Params } }, async (req) => {
      const u = requireUser(req, MANAGERS);
      const status = await transitionMovementCommand(db, u, actorOf(req, u), req.params.id, 'launch');
      return { id: req.params.id, status };
    });
  };
