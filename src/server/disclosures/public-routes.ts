import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAward } from '../../core/law';
import { writeAudit } from '../audit/audit-log';
import { newId, nowIso, today } from '../db/ids';
import type { AppDeps } from '../deps';
import { AppError, notFound } from '../http/errors';

/**
 * Public pages (no login): the lists under disclosure, and comments or objections from anyone.
 * Only what is public is shown: names, units, proposed award and achievement summary.
 */
export const disclosurePublicRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/disclosures', async () => {
      const rows = await db
        .selectFrom('disclosures as d')
        .innerJoin('organisations as c', 'c.id', 'd.tenant_id')
        .select(['d.id', 'd.title', 'd.starts_on', 'd.ends_on', 'c.name as commune'])
        .where('d.starts_on', '<=', today())
        .orderBy('d.ends_on', 'desc')
        .limit(100)
        .execute();
      return rows.map((d) => ({
        id: d.id,
        title: d.title,
        startsOn: d.starts_on,
        endsOn: d.ends_on,
        commune: d.commune,
        open: d.ends_on >= today(),
      }));
    });

    app.get('/disclosures/:id', { schema: { params: z.object({ id: z.string() }) } }, async (req) => {
      const d = await db
        .selectFrom('disclosures as d')
        .innerJoin('organisations as c', 'c.id', 'd.tenant_id')
        .select(['d.id', 'd.title', 'd.starts_on', 'd.ends_on', 'c.name as commune'])
        .where('d.id', '=', req.params.id)
        .executeTakeFirst();
      if (!d || d.starts_on > today()) throw notFound('danh sách công khai');
      const items = await db
        .selectFrom('disclosure_items as i')
        .innerJoin('proposals as p', 'p.id', 'i.proposal_id')
        .innerJoin('organisations as o', 'o.id', 'p.unit_id')
        .select(['p.id', 'p.subject_name', 'p.award_code', 'p.achievement', 'o.name as unit_name'])
        .where('i.disclosure_id', '=', d.id)
        .execute();
      return {
        id: d.id,
        title: d.title,
        startsOn: d.starts_on,
        endsOn: d.ends_on,
        commune: d.commune,
        open: d.ends_on >= today(),
        items: items.map((p) => ({
          proposalId: p.id,
          subjectName: p.subject_name,
          unitName: p.unit_name,
          awardName: getAward(p.award_code)?.name ?? p.award_code,
          achievement: p.achievement,
        })),
      };
    });

    app.post(
      '/disclosures/:id/objections',
      {
        schema: {
          params: z.object({ id: z.string() }),
          body: z.object({
            proposalId: z.string().min(1, 'Chưa chọn người/tập thể được góp ý'),
            kind: z.enum(['GOP_Y', 'PHAN_ANH'], { message: 'Loại ý kiến phải là góp ý hoặc phản ánh' }),
            authorName: z.string().trim().max(100).optional(),
            authorContact: z.string().trim().max(100).optional(),
            content: z
              .string()
              .trim()
              .min(10, 'Nội dung ý kiến cần ít nhất 10 ký tự')
              .max(3000, 'Nội dung quá dài'),
          }),
        },
      },
      async (req, reply) => {
        const b = req.body;
        return db.transaction().execute(async (trx) => {
          const d = await trx
            .selectFrom('disclosures')
            .selectAll()
            .where('id', '=', req.params.id)
            .executeTakeFirst();
          if (!d) throw notFound('danh sách công khai');
          const now = today();
          if (now < d.starts_on || now > d.ends_on)
            throw new AppError('DISCLOSURE_CLOSED', 'Danh sách này không còn trong thời gian nhận ý kiến.');
          const item = await trx
            .selectFrom('disclosure_items')
            .select('proposal_id')
            .where('disclosure_id', '=', d.id)
            .where('proposal_id', '=', b.proposalId)
            .executeTakeFirst();
          if (!item)
            throw new AppError('NOT_IN_LIST', 'Người/tập thể này không có trong danh sách công khai.');
          const id = newId();
          await trx
            .insertInto('objections')
            .values({
              id,
              tenant_id: d.tenant_id,
              disclosure_id: d.id,
              proposal_id: b.proposalId,
              kind: b.kind,
              author_name: b.authorName || null,
              author_contact: b.authorContact || null,
              content: b.content,
              status: 'OPEN',
              resolution: null,
              resolved_by: null,
              resolved_at: null,
              created_at: nowIso(),
            })
            .execute();
          await writeAudit(
            trx,
            {
              id: null,
              displayName: b.authorName || 'Người dân (ẩn danh)',
              tenantId: d.tenant_id,
              requestId: String(req.id),
            },
            {
              entityType: 'proposal',
              entityId: b.proposalId,
              action: b.kind === 'PHAN_ANH' ? 'objection' : 'comment',
              summary:
                b.kind === 'PHAN_ANH'
                  ? 'Nhận phản ánh trong thời gian công khai'
                  : 'Nhận góp ý trong thời gian công khai',
            },
          );
          return reply
            .status(201)
            .send({ id, message: 'Cảm ơn bạn. Ý kiến đã được ghi nhận và sẽ được xem xét, trả lời.' });
        });
      },
    );
  };
