import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { today } from '../db/ids';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { TARGET_MANAGERS } from './target-access';
import { isoDate, ProgressBody, TargetBody, Year } from './target-schemas';
import { addProgress, createTarget, retractProgress, updateTarget } from './targets-commands';
import { targetsView } from './targets-view';

const Id = z.object({ id: z.string() });

/** Targets (chỉ tiêu) of a year with progress; the summary is computed by the core. */
export const targetRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/targets',
      { schema: { querystring: z.object({ year: Year.optional(), asOf: isoDate.optional() }) } },
      async (req) => {
        const u = requireUser(req);
        const asOf = req.query.asOf ?? today();
        return targetsView(db, u, req.query.year ?? Number(asOf.slice(0, 4)), asOf);
      },
    );

    app.post('/targets', { schema: { body: TargetBody } }, async (req, reply) => {
      const u = requireUser(req, TARGET_MANAGERS);
      const id = await createTarget(db, u, actorOf(req, u), req.body);
      return reply.status(201).send({ id });
    });

    app.put('/targets/:id', { schema: { params: Id, body: TargetBody } }, async (req) => {
      const u = requireUser(req, TARGET_MANAGERS);
      await updateTarget(db, u, actorOf(req, u), req.params.id, req.body);
      return { id: req.params.id };
    });

    app.post('/targets/:id/progress', { schema: { params: Id, body: ProgressBody } }, async (req, reply) => {
      const u = requireUser(req);
      const id = await addProgress(db, u, actorOf(req, u), req.params.id, req.body);
      return reply.status(201).send({ id });
    });

    app.delete(
      '/targets/:id/progress/:entryId',
      {
        schema: {
          params: z.object({ id: z.string(), entryId: z.string() }),
          querystring: z.object({
            reason: z.string().trim().min(5, 'Cần nêu lý do xóa số liệu (ít nhất 5 ký tự)').max(1000),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req);
        await retractProgress(db, u, actorOf(req, u), req.params.id, req.params.entryId, req.query.reason);
        return { ok: true };
      },
    );
  };
