import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../contract/iso-date';
import { rewardAmount } from '../../core/law';
import { certificatesFor } from '../certificates/certificate-data';
import type { AppDeps } from '../deps';
import { renderCertificatesPdf } from '../documents';
import { actorOf, requireUser } from '../http/context';
import { AppError, notFound } from '../http/errors';
import { awardRegister, getDecision, listDecisions } from './decision-queries';
import { fundStatus } from './fund-routes';
import { issueDecision } from './issue-decision';
import { REVOCATION_GROUNDS, revokeAwards } from './revoke-decision';

const IdParams = z.object({ id: z.string() });

export const decisionRoutes =
  ({ db, config }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/decisions', async (req) => listDecisions(db, requireUser(req)));
    app.get('/decisions/:id', { schema: { params: IdParams } }, async (req) =>
      getDecision(db, requireUser(req), req.params.id),
    );
    app.get(
      '/awards',
      {
        schema: {
          querystring: z.object({
            year: z.coerce
              .number({ message: 'Năm phải là số' })
              .int('Năm phải là số nguyên')
              .min(2000, 'Năm không hợp lệ')
              .max(2100, 'Năm không hợp lệ'),
          }),
        },
      },
      async (req) => awardRegister(db, requireUser(req), req.query.year),
    );

    app.post(
      '/decisions',
      {
        schema: {
          body: z.object({
            proposalIds: z.array(z.string()).min(1, 'Chưa chọn đề nghị nào').max(2000),
            decisionDate: isoDate,
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req, ['CHU_TICH']);
        const id = await issueDecision(db, config.keysDir, u, actorOf(req, u), req.body);
        return reply.status(201).send(await getDecision(db, u, id));
      },
    );

    /** What signing would cost, against the year's emulation fund (a warning, not a refusal). */
    app.post(
      '/decisions/preview',
      {
        schema: {
          body: z.object({
            proposalIds: z.array(z.string()).min(1, 'Chưa chọn đề nghị nào').max(2000),
            decisionDate: isoDate,
          }),
        },
      },
      async (req) => {
        const u = requireUser(req);
        const rows = await db
          .selectFrom('proposals')
          .select(['award_code', 'subject_kind'])
          .where('tenant_id', '=', u.tenantId)
          .where('id', 'in', req.body.proposalIds)
          .execute();
        if (rows.length !== new Set(req.body.proposalIds).size)
          throw new AppError('UNKNOWN_PROPOSAL', 'Có đề nghị không tồn tại.');
        const total = rows.reduce(
          (s, r) => s + rewardAmount(r.award_code, r.subject_kind as 'INDIVIDUAL', req.body.decisionDate),
          0,
        );
        const fund = await fundStatus(db, u.tenantId, Number(req.body.decisionDate.slice(0, 4)));
        const exceeds = fund.amount !== null && fund.spent + total > fund.amount;
        return {
          total,
          fund,
          warning: exceeds
            ? `Tổng tiền thưởng (${total.toLocaleString('vi-VN')} đ) cộng số đã chi (${fund.spent.toLocaleString('vi-VN')} đ) vượt quỹ thi đua, khen thưởng năm ${fund.year} (${(fund.amount ?? 0).toLocaleString('vi-VN')} đ).`
            : null,
        };
      },
    );

    app.post(
      '/decisions/:id/revoke',
      {
        schema: {
          params: IdParams,
          body: z.object({
            ground: z.enum(['a', 'b', 'c', 'd'], { message: 'Căn cứ hủy bỏ phải là a, b, c hoặc d' }),
            reason: z.string().trim().min(10, 'Cần ghi rõ lý do (ít nhất 10 ký tự)').max(3000),
            awardIds: z.array(z.string()).max(2000).optional(),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req, ['CHU_TICH']);
        const r = await revokeAwards(db, config.keysDir, u, actorOf(req, u), req.params.id, req.body);
        return { ...r, decision: await getDecision(db, u, req.params.id) };
      },
    );

    app.get('/revocation-grounds', async () =>
      Object.entries(REVOCATION_GROUNDS).map(([code, label]) => ({ code, label })),
    );

    /** All certificates of a decision in one PDF, for printing. */
    app.get('/decisions/:id/certificates.pdf', { schema: { params: IdParams } }, async (req, reply) => {
      const u = requireUser(req);
      const d = await getDecision(db, u, req.params.id);
      const items = await certificatesFor(db, u.tenantId, config.publicUrl, { decisionId: d.id });
      if (items.length === 0)
        throw new AppError(
          'CERTIFICATES_REVOKED',
          'Mọi giấy khen của quyết định này đã bị thu hồi, không in được.',
        );
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
      if (items.length === 0) {
        const revoked = await db
          .selectFrom('awards')
          .select('id')
          .where('id', '=', req.params.id)
          .where('tenant_id', '=', u.tenantId)
          .where('revoked_at', 'is not', null)
          .executeTakeFirst();
        if (revoked) throw new AppError('CERTIFICATE_REVOKED', 'Giấy khen này đã bị thu hồi, không in được.');
        throw notFound('giấy khen');
      }
      const pdf = await renderCertificatesPdf(items);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="giay-khen-so-${items[0]?.registerNumber}.pdf"`)
        .send(pdf);
    });
  };
