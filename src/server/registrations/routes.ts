import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { missingRegistrations, type Participant, registrationCoverage } from '../../core/movements';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { notFound } from '../http/errors';
import { deadlineOf, register, remindMissing, updateRegistration } from './registration-commands';
import { movementRegistrations } from './registration-queries';

const Pledge = {
  titles: z.array(z.string().trim().min(1)).max(10, 'Đăng ký tối đa 10 danh hiệu'),
  targetIds: z.array(z.string()).max(100).optional(),
  pledge: z.string().trim().max(3000, 'Nội dung cam kết quá dài').nullable().optional(),
};
const RegistrationBody = z.object({
  subjectKind: z.enum(['UNIT', 'INDIVIDUAL'], { message: 'Đối tượng đăng ký phải là đơn vị hoặc cá nhân' }),
  subjectId: z.string().min(1, 'Chưa chọn đơn vị hoặc cá nhân đăng ký'),
  ...Pledge,
});
const Params = z.object({ id: z.string() });
const WRITERS = ['ADMIN', 'CAN_BO_TDKT', 'TRUONG_DON_VI'] as const;

/** Registration (đăng ký thi đua) for a movement: register, edit before the deadline, who is missing, reminders. */
export const registrationRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/movements/:id/registrations', { schema: { params: Params } }, async (req) => {
      const u = requireUser(req);
      const m = await db
        .selectFrom('movements')
        .selectAll()
        .where('id', '=', req.params.id)
        .where('tenant_id', '=', u.tenantId)
        .executeTakeFirst();
      if (!m) throw notFound('phong trào');
      const participants: Participant[] = (
        await db
          .selectFrom('movement_units as mu')
          .innerJoin('organisations as o', 'o.id', 'mu.unit_id')
          .select(['o.id', 'o.name'])
          .where('mu.movement_id', '=', m.id)
          .orderBy('o.name')
          .execute()
      ).map((p) => ({ kind: 'UNIT', id: p.id, name: p.name }));
      let regs = await movementRegistrations(db, u.tenantId, m.id);
      const asCore = regs.map((r) => ({
        subjectKind: r.subjectKind,
        subjectId: r.subjectId,
        registeredOn: r.registeredOn,
        titles: r.titles,
      }));
      const coverage = registrationCoverage(participants, asCore);
      let missing = missingRegistrations(participants, asCore);
      if (u.role === 'TRUONG_DON_VI') {
        regs = regs.filter((r) => r.ownerUnitId === u.unitId);
        missing = missing.filter((p) => p.id === u.unitId);
      }
      return { deadline: deadlineOf(m), status: m.status, registrations: regs, missing, coverage };
    });

    app.post(
      '/movements/:id/registrations',
      { schema: { params: Params, body: RegistrationBody } },
      async (req, reply) => {
        const u = requireUser(req, WRITERS);
        const id = await register(db, u, actorOf(req, u), req.params.id, req.body);
        return reply.status(201).send({ id });
      },
    );

    app.put('/registrations/:id', { schema: { params: Params, body: z.object(Pledge) } }, async (req) => {
      const u = requireUser(req, WRITERS);
      await updateRegistration(db, u, actorOf(req, u), req.params.id, req.body);
      return { id: req.params.id };
    });

    app.post(
      '/movements/:id/reminders',
      { schema: { params: Params, body: z.object({ unitIds: z.array(z.string()).max(500).optional() }) } },
      async (req) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT']);
        return remindMissing(db, u, actorOf(req, u), req.params.id, req.body.unitIds);
      },
    );
  };
