import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { asPlanContent, PlanContentBody } from './plan-schema';
import { createPlan, issuePlan, reopenPlan, savePlan } from './plans-commands';
import { loadPlanRow, planSummary, planView } from './plans-store';

const Id = z.object({ id: z.string() });
const EDITORS = ['ADMIN', 'CAN_BO_TDKT'] as const;
/** The chairman signs the plan, so he may issue or reopen it as well as the officer. */
const ISSUERS = ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH'] as const;
const Version = z.number({ message: 'Thiếu phiên bản của kế hoạch' }).int().min(1);

/** The annual emulation and commendation plan (kế hoạch thi đua, khen thưởng) as data. */
export const planRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/plans', async (req) => {
      const u = requireUser(req);
      const rows = await db
        .selectFrom('plans')
        .selectAll()
        .where('tenant_id', '=', u.tenantId)
        .orderBy('year', 'desc')
        .execute();
      return rows.map(planSummary);
    });

    app.post(
      '/plans',
      {
        schema: {
          body: z.object({
            year: z
              .number()
              .int('Năm phải là số nguyên')
              .min(2000, 'Năm không hợp lệ')
              .max(2100, 'Năm không hợp lệ'),
            copyFromId: z.string().optional(),
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req, EDITORS);
        const id = await createPlan(db, u, actorOf(req, u), req.body);
        return reply.status(201).send(planView(await loadPlanRow(db, u, id)));
      },
    );

    app.get('/plans/:id', { schema: { params: Id } }, async (req) =>
      planView(await loadPlanRow(db, requireUser(req), req.params.id)),
    );

    app.put(
      '/plans/:id',
      { schema: { params: Id, body: z.object({ version: Version, content: PlanContentBody }) } },
      async (req) => {
        const u = requireUser(req, EDITORS);
        await savePlan(
          db,
          u,
          actorOf(req, u),
          req.params.id,
          req.body.version,
          asPlanContent(req.body.content),
        );
        return planView(await loadPlanRow(db, u, req.params.id));
      },
    );

    app.post(
      '/plans/:id/issue',
      { schema: { params: Id, body: z.object({ version: Version }) } },
      async (req) => {
        const u = requireUser(req, ISSUERS);
        await issuePlan(db, u, actorOf(req, u), req.params.id, req.body.version);
        return planView(await loadPlanRow(db, u, req.params.id));
      },
    );

    app.post(
      '/plans/:id/reopen',
      {
        schema: {
          params: Id,
          body: z.object({
            reason: z.string().trim().min(5, 'Cần nêu lý do mở lại kế hoạch (ít nhất 5 ký tự)').max(1000),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req, ISSUERS);
        await reopenPlan(db, u, actorOf(req, u), req.params.id, req.body.reason);
        return planView(await loadPlanRow(db, u, req.params.id));
      },
    );
  };
