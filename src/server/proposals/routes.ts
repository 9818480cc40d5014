import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PROPOSAL_ACTIONS } from '../../core/dossier/proposal-workflow';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { AppError } from '../http/errors';
import { actOnProposal, createProposal, updateProposal } from './proposal-commands';
import { PROPOSAL_GUARDS } from './proposal-guards';
import { getProposal, listProposals } from './proposal-queries';

const currentYear = new Date().getFullYear();

export const ProposalBody = z.object({
  unitId: z.string().optional(),
  movementId: z.string().nullable().optional(),
  awardCode: z.string().min(1, 'Chưa chọn hình thức khen thưởng'),
  subjectKind: z.enum(['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'], {
    message: 'Đối tượng phải là cá nhân, tập thể hoặc hộ gia đình',
  }),
  personId: z.string().nullable().optional(),
  subjectUnitId: z.string().nullable().optional(),
  householdId: z.string().nullable().optional(),
  achievement: z.string().trim().max(5000, 'Tóm tắt thành tích quá dài (tối đa 5000 ký tự)'),
  year: z
    .number()
    .int()
    .min(2000, 'Năm thành tích không hợp lệ')
    .max(currentYear + 1, 'Năm thành tích không hợp lệ'),
});

const IdParams = z.object({ id: z.string() });
/** The dossier named by `:id`; a reader with a declared conflict of interest gets its public part. */
const DOSSIER = { dossier: { param: 'id', part: 'public-view' } } as const;

export const proposalRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/proposals',
      {
        config: { dossier: { list: true } },
        schema: {
          querystring: z.object({
            status: z.string().optional(),
            movementId: z.string().optional(),
            q: z.string().optional(),
            year: z.coerce.number().int().optional(),
          }),
        },
      },
      async (req) => listProposals(db, requireUser(req), req.query),
    );

    app.get('/proposals/:id', { config: DOSSIER, schema: { params: IdParams } }, async (req) =>
      getProposal(db, requireUser(req), req.params.id),
    );

    app.post('/proposals', { schema: { body: ProposalBody } }, async (req, reply) => {
      const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'TRUONG_DON_VI']);
      const id = await createProposal(db, u, actorOf(req, u), req.body);
      return reply.status(201).send(await getProposal(db, u, id));
    });

    app.put(
      '/proposals/:id',
      {
        config: DOSSIER,
        schema: { params: IdParams, body: ProposalBody.extend({ version: z.number().int() }) },
      },
      async (req) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'TRUONG_DON_VI']);
        await updateProposal(db, u, actorOf(req, u), req.params.id, req.body.version, req.body);
        return getProposal(db, u, req.params.id);
      },
    );

    app.post(
      '/proposals/:id/actions/:action',
      {
        config: DOSSIER,
        schema: {
          params: z.object({ id: z.string(), action: z.string() }),
          body: z
            .object({
              reason: z.string().trim().max(2000).optional(),
              missing: z.array(z.string().trim().max(500)).max(30).optional(),
            })
            .default({}),
        },
      },
      async (req) => {
        const u = requireUser(req);
        const action = PROPOSAL_ACTIONS.find((a) => a === req.params.action);
        if (!action || action === 'decide') {
          throw new AppError('UNKNOWN_ACTION', `Không có thao tác "${req.params.action}".`);
        }
        await actOnProposal(db, u, actorOf(req, u), req.params.id, action, req.body ?? {}, PROPOSAL_GUARDS);
        return getProposal(db, u, req.params.id);
      },
    );
  };
