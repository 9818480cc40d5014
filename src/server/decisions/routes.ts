import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { certificatesFor } from '../certificates/certificate-data';
import { renderCertificatesPdf } from '../documents';
import type { AppDeps } from '../http/app';
import { actorOf, requireUser } from '../http/context';
import { notFound } from '../http/errors';
import { getDecision, listDecisions } from './decision-queries';
import { issueDecision } from './issue-decision';

const IdParams = z.object({ id: z.string() });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

export const decisionRoutes = ({ db, config }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get('/decisions', async (req) => listDecisions(db, requireUser(req)));
  app.get('/decisions/:id', { schema: { params: IdParams } }, async (req) => getDecision(db, requireUser(req), req.params.id));

  app.post(
    '/decisions',
    { schema: { body: z.object({ proposalIds: z.array(z.string()).min(1, 'Chưa chọn đề nghị nào').max(2000), decisionDate: isoDate }) } },
    async (req, reply) => {
      const u = requireUser(req, ['CHU_TICH']);
      const id = await issueDecision(db, u, actorOf(req, u), req.body);
      return reply.status(201).send(await getDecision(db, u, id));
    },
  );

  /** All certificates of a decision in one PDF, for printing. */
  app.get('/decisions/:id/certificates.pdf', { schema: { params: IdParams } }, async (req, reply) => {
    const u = requireUser(req);
    const d = await getDecision(db, u, req.params.id);
    const items = await certificatesFor(db, u.tenantId, config.publicUrl, { decisionId: d.id });
    const pdf = await renderCertificatesPdf(items);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="giay-khen-qd-${d.number}-${d.year}.pdf"`)
      .send(pdf);
  });

  /** One awardee's certificate. */
  app.get('/awards/:id/certificate.pdf', { schema: { params: IdParams } }, async (req, reply) => {
    const u = requireUser(req);
    const items = await certificatesFor(db, u.tenantId, config.publicUrl, { awardId: req.params.id });
    if (items.length === 0) throw notFound('giấy khen');
    const pdf = await renderCertificatesPdf(items);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="giay-khen-so-${items[0]?.registerNumber}.pdf"`)
      .send(pdf);
  });
};
