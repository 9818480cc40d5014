import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { webLink } from '../../contract/web-link';
import { DISCOVERY_SOURCES, EXAMPLE_ACTIONS, EXAMPLE_STAGES } from '../../core/examples';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import {
  addExampleEntry,
  addReplication,
  createExample,
  type EntryInput,
  linkAward,
  moveExample,
  updateExample,
} from './example-commands';
import { proposeExample } from './example-proposal';
import { getExample, listExamples, listPublicExamples } from './example-queries';

const MANAGERS = ['ADMIN', 'CAN_BO_TDKT'] as const;
/** A calendar date that exists (2024-02-30 is refused), with the field named in the message. */
const isoDate = (what: string) =>
  z
    .string({ message: `${what} phải có dạng YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what} phải có dạng YYYY-MM-DD`)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `${what} không có thật`);
const text = (what: string, min: number, max: number) =>
  z.string().trim().min(min, `${what} cần ít nhất ${min} ký tự`).max(max, `${what} dài quá ${max} ký tự`);
const link = webLink('Đường dẫn', 500).nullable().optional();
const IdParams = z.object({ id: z.string() });

const CreateBody = z.object({
  subjectKind: z.enum(['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'], {
    message: 'Đối tượng phải là cá nhân, tập thể hoặc hộ gia đình',
  }),
  personId: z.string().nullable().optional(),
  subjectUnitId: z.string().nullable().optional(),
  householdId: z.string().nullable().optional(),
  movementId: z.string().nullable().optional(),
  field: text('Lĩnh vực', 2, 100),
  title: text('Tên điển hình', 5, 300),
  model: text('Mô hình, cách làm hay', 10, 3000),
  discoverySource: z.enum(DISCOVERY_SOURCES, { message: 'Cách phát hiện không hợp lệ' }),
  discoveryNote: z.string().trim().max(2000).nullable().optional(),
  discoveredOn: isoDate('Ngày phát hiện'),
  internalNote: z.string().trim().max(2000).nullable().optional(),
});

const UpdateBody = z.object({
  version: z.number().int(),
  movementId: z.string().nullable().optional(),
  field: text('Lĩnh vực', 2, 100),
  title: text('Tên điển hình', 5, 300),
  model: text('Mô hình, cách làm hay', 10, 3000),
  discoveryNote: z.string().trim().max(2000).nullable().optional(),
  summaryText: z.string().trim().max(20000, 'Bài tổng kết quá dài').nullable().optional(),
  internalNote: z.string().trim().max(2000).nullable().optional(),
});

/** Typical examples (điển hình tiên tiến, Law Art. 17(4)-(5)): officers manage, unit heads nominate, others read. */
export const exampleRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/examples',
      {
        schema: {
          querystring: z.object({
            stage: z.enum(EXAMPLE_STAGES, { message: 'Khâu không hợp lệ' }).optional(),
            field: z.string().optional(),
            year: z.coerce
              .number()
              .int()
              .min(2000, 'Năm không hợp lệ')
              .max(2100, 'Năm không hợp lệ')
              .optional(),
            q: z.string().max(200).optional(),
          }),
        },
      },
      async (req) => listExamples(db, requireUser(req), req.query),
    );

    app.get('/examples/:id', { schema: { params: IdParams } }, async (req) =>
      getExample(db, requireUser(req), req.params.id),
    );

    app.post('/examples', { schema: { body: CreateBody } }, async (req, reply) => {
      const u = requireUser(req, [...MANAGERS, 'TRUONG_DON_VI']);
      const id = await createExample(db, u, actorOf(req, u), req.body);
      return reply.status(201).send({ id });
    });

    app.put('/examples/:id', { schema: { params: IdParams, body: UpdateBody } }, async (req) => {
      const u = requireUser(req, MANAGERS);
      await updateExample(db, u, actorOf(req, u), req.params.id, req.body);
      return getExample(db, u, req.params.id);
    });

    app.post(
      '/examples/:id/transitions',
      {
        schema: {
          params: IdParams,
          body: z.object({
            action: z.enum(EXAMPLE_ACTIONS, { message: 'Thao tác không hợp lệ' }),
            on: isoDate('Ngày chuyển khâu').optional(),
            reason: z.string().trim().max(2000).optional(),
            note: z.string().trim().max(2000).optional(),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req, MANAGERS);
        const stage = await moveExample(db, u, actorOf(req, u), req.params.id, req.body);
        return { stage };
      },
    );

    const Entry = z.object({
      date: isoDate('Ngày'),
      content: text('Nội dung', 5, 3000),
      outlet: z.string().trim().max(200).nullable().optional(),
      link,
      byWhom: z.string().trim().max(200).nullable().optional(),
    });
    const entryRoute = (
      path: string,
      kind: 'EVIDENCE' | 'MEDIA' | 'NURTURING',
      body: z.ZodType<EntryInput>,
    ) =>
      app.post(`/examples/:id/${path}`, { schema: { params: IdParams, body } }, async (req, reply) => {
        const u = requireUser(req, MANAGERS);
        const id = await addExampleEntry(db, u, actorOf(req, u), req.params.id, kind, req.body);
        return reply.status(201).send({ id });
      });
    entryRoute('evidence', 'EVIDENCE', Entry);
    entryRoute('media', 'MEDIA', Entry.extend({ outlet: text('Tên cơ quan báo chí, truyền thông', 2, 200) }));
    entryRoute('nurturing', 'NURTURING', Entry.extend({ byWhom: text('Người, đơn vị thực hiện', 2, 200) }));

    app.post(
      '/examples/:id/replications',
      {
        schema: {
          params: IdParams,
          body: z.object({
            unitId: z.string().min(1, 'Chưa chọn đơn vị áp dụng'),
            adoptedOn: isoDate('Ngày áp dụng'),
            result: text('Kết quả áp dụng', 5, 2000),
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req, MANAGERS);
        const id = await addReplication(db, u, actorOf(req, u), req.params.id, req.body);
        return reply.status(201).send({ id });
      },
    );

    app.post(
      '/examples/:id/awards',
      {
        schema: { params: IdParams, body: z.object({ awardId: z.string().min(1, 'Chưa chọn khen thưởng') }) },
      },
      async (req, reply) => {
        const u = requireUser(req, MANAGERS);
        await linkAward(db, u, actorOf(req, u), req.params.id, req.body.awardId);
        return reply.status(201).send({ ok: true });
      },
    );

    app.post(
      '/examples/:id/propose',
      {
        schema: {
          params: IdParams,
          body: z.object({
            awardCode: z.string().min(1, 'Chưa chọn hình thức khen thưởng'),
            year: z.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ').optional(),
            achievement: z.string().trim().max(2000).optional(),
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req, MANAGERS);
        const proposalId = await proposeExample(db, u, actorOf(req, u), req.params.id, req.body);
        return reply.status(201).send({ proposalId });
      },
    );
  };

/** For citizens (no login), under /api/public: summed-up and replicating examples only. */
export const examplePublicRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/examples', async () => listPublicExamples(db));
  };
