import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { proposalsFromRanking } from './ranking-proposals';
import { saveSheet } from './score-commands';

const Params = z.object({ id: z.string() });
const SheetBody = z.object({
  unitId: z.string().min(1, 'Chưa chọn đơn vị được chấm'),
  role: z.enum(['SELF', 'REVIEWER'], { message: 'Loại phiếu chấm không hợp lệ' }),
  scores: z
    .array(
      z.object({
        criterionId: z.string().min(1),
        value: z.number({ message: 'Điểm phải là một số' }),
        evidence: z.string().trim().max(1000, 'Minh chứng quá dài').nullable().optional(),
        note: z.string().trim().max(1000, 'Ghi chú quá dài').nullable().optional(),
      }),
    )
    .min(1, 'Chưa chấm tiêu chí nào')
    .max(100),
});

/** Scoring (chấm điểm): score sheets of a review, and turning the locked ranking into proposals. */
export const scoringRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.put('/reviews/:id/scores', { schema: { params: Params, body: SheetBody } }, async (req) => {
      const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH', 'THANH_VIEN_HD', 'TRUONG_DON_VI']);
      await saveSheet(db, u, actorOf(req, u), req.params.id, req.body);
      return { ok: true };
    });

    app.post(
      '/reviews/:id/proposals',
      {
        schema: {
          params: Params,
          body: z.object({
            unitIds: z.array(z.string()).min(1, 'Chưa chọn đơn vị nào để đề nghị khen thưởng').max(200),
            awardCode: z.string().min(1, 'Chưa chọn hình thức khen thưởng'),
            status: z.enum(['DRAFT', 'SUBMITTED']).default('DRAFT'),
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT']);
        const r = await proposalsFromRanking(db, u, actorOf(req, u), req.params.id, req.body);
        return reply.status(201).send(r);
      },
    );
  };
