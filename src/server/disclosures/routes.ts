import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../contract/iso-date';
import { seesWholeCommune } from '../../core/auth/roles';
import { checkNewDisclosurePeriod } from '../../core/dossier/disclosure-rules';
import { getAward } from '../../core/law';
import { formatDateVi } from '../../core/text';
import { writeAudit } from '../audit/audit-log';
import { newId, nowIso, today } from '../db/ids';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { AppError, notFound } from '../http/errors';
import { conflictsOf } from '../proposals/dossier-access';

const IdParams = z.object({ id: z.string() });

/** Officer side of public disclosure (công khai): publish a list, see and handle objections. */
export const disclosureRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/disclosures', async (req) => {
      const u = requireUser(req);
      const rows = await db
        .selectFrom('disclosures')
        .selectAll()
        .where('tenant_id', '=', u.tenantId)
        .orderBy('starts_on', 'desc')
        .execute();
      const counts = await db
        .selectFrom('objections')
        .select(['disclosure_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('tenant_id', '=', u.tenantId)
        .groupBy(['disclosure_id', 'status'])
        .execute();
      return rows.map((d) => ({
        id: d.id,
        title: d.title,
        startsOn: d.starts_on,
        endsOn: d.ends_on,
        openObjections: counts
          .filter((c) => c.disclosure_id === d.id && c.status === 'OPEN')
          .reduce((s, c) => s + Number(c.n), 0),
        objections: counts.filter((c) => c.disclosure_id === d.id).reduce((s, c) => s + Number(c.n), 0),
      }));
    });

    app.get(
      '/disclosures/:id',
      { config: { dossier: { list: true } }, schema: { params: IdParams } },
      async (req) => {
        const u = requireUser(req);
        const d = await db
          .selectFrom('disclosures')
          .selectAll()
          .where('id', '=', req.params.id)
          .where('tenant_id', '=', u.tenantId)
          .executeTakeFirst();
        if (!d) throw notFound('đợt công khai');
        const items = await db
          .selectFrom('disclosure_items as i')
          .innerJoin('proposals as p', 'p.id', 'i.proposal_id')
          .innerJoin('organisations as o', 'o.id', 'p.unit_id')
          .select([
            'p.id',
            'p.subject_name',
            'p.award_code',
            'p.achievement',
            'p.status',
            'p.unit_id',
            'o.name as unit_name',
          ])
          .where('i.disclosure_id', '=', d.id)
          .execute();
        // A unit head reads the comments and objections on their own unit's proposals only (the list itself is public).
        // Nor on a dossier they declared a conflict of interest with (the list is public, the objections are not).
        const conflicts = await conflictsOf(db, u);
        const ownUnit = new Set(
          items
            .filter((p) => (seesWholeCommune(u.role) || p.unit_id === u.unitId) && !conflicts.has(p.id))
            .map((p) => p.id),
        );
        const objections = (
          await db
            .selectFrom('objections')
            .selectAll()
            .where('disclosure_id', '=', d.id)
            .orderBy('created_at')
            .execute()
        ).filter((o) => ownUnit.has(o.proposal_id));
        return {
          id: d.id,
          title: d.title,
          startsOn: d.starts_on,
          endsOn: d.ends_on,
          items: items.map((p) => ({
            proposalId: p.id,
            subjectName: p.subject_name,
            awardName: getAward(p.award_code)?.name ?? p.award_code,
            achievement: p.achievement,
            unitName: p.unit_name,
            status: p.status,
          })),
          objections: objections.map((o) => ({
            id: o.id,
            proposalId: o.proposal_id,
            kind: o.kind,
            authorName: o.author_name,
            content: o.content,
            status: o.status,
            resolution: o.resolution,
            resolvedAt: o.resolved_at,
            createdAt: o.created_at,
          })),
        };
      },
    );

    app.post(
      '/disclosures',
      {
        schema: {
          body: z.object({
            title: z.string().trim().min(5, 'Tiêu đề quá ngắn').max(300),
            startsOn: isoDate,
            endsOn: isoDate,
            proposalIds: z.array(z.string()).min(1, 'Chưa chọn đề nghị nào để công khai').max(2000),
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT']);
        const b = req.body;
        // Dates already past would leave nobody time to object: refused whoever calls (422, the field named).
        const period = checkNewDisclosurePeriod({ startsOn: b.startsOn, endsOn: b.endsOn }, today());
        if (!period.ok) {
          throw new AppError(period.code, period.message, [{ path: period.field, message: period.message }]);
        }
        const id = newId();
        await db.transaction().execute(async (trx) => {
          const props = await trx
            .selectFrom('proposals')
            .select(['id', 'status', 'subject_name'])
            .where('tenant_id', '=', u.tenantId)
            .where('id', 'in', b.proposalIds)
            .execute();
          if (props.length !== new Set(b.proposalIds).size)
            throw new AppError('UNKNOWN_PROPOSAL', 'Có đề nghị không tồn tại.');
          const bad = props.filter((p) => !['SUBMITTED', 'FORWARDED', 'APPROVED'].includes(p.status));
          if (bad.length)
            throw new AppError(
              'NOT_DISCLOSABLE',
              `Chỉ công khai đề nghị đang được xét: ${bad.map((p) => p.subject_name).join(', ')}.`,
            );
          await trx
            .insertInto('disclosures')
            .values({
              id,
              tenant_id: u.tenantId,
              title: b.title,
              starts_on: b.startsOn,
              ends_on: b.endsOn,
              created_by: u.id,
              created_at: nowIso(),
            })
            .execute();
          await trx
            .insertInto('disclosure_items')
            .values(props.map((p) => ({ disclosure_id: id, proposal_id: p.id })))
            .execute();
          await writeAudit(trx, actorOf(req, u), {
            entityType: 'disclosure',
            entityId: id,
            action: 'publish',
            summary: `Công khai danh sách "${b.title}" (${props.length} đề nghị) từ ${formatDateVi(b.startsOn)} đến ${formatDateVi(b.endsOn)}`,
            data: b,
          });
          for (const p of props) {
            await writeAudit(trx, actorOf(req, u), {
              entityType: 'proposal',
              entityId: p.id,
              action: 'disclose',
              summary: `Công khai đến hết ngày ${b.endsOn.split('-').reverse().join('/')}`,
            });
          }
        });
        return reply.status(201).send({ id });
      },
    );

    app.post(
      '/objections/:id/resolve',
      {
        schema: {
          params: IdParams,
          body: z.object({
            status: z.enum(['UPHELD', 'DISMISSED', 'NOTED'], { message: 'Kết quả xử lý không hợp lệ' }),
            resolution: z.string().trim().min(5, 'Cần ghi rõ cách xử lý').max(3000),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT']);
        return db.transaction().execute(async (trx) => {
          const o = await trx
            .selectFrom('objections')
            .selectAll()
            .where('id', '=', req.params.id)
            .where('tenant_id', '=', u.tenantId)
            .executeTakeFirst();
          if (!o) throw notFound('ý kiến');
          if (o.status !== 'OPEN') throw new AppError('ALREADY_RESOLVED', 'Ý kiến này đã được xử lý.');
          const res = await trx
            .updateTable('objections')
            .set({
              status: req.body.status,
              resolution: req.body.resolution,
              resolved_by: u.displayName,
              resolved_at: nowIso(),
            })
            .where('id', '=', o.id)
            .where('status', '=', 'OPEN')
            .executeTakeFirst();
          if (Number(res.numUpdatedRows) !== 1)
            throw new AppError('ALREADY_RESOLVED', 'Ý kiến này vừa được xử lý bởi người khác.');
          const label = { UPHELD: 'phản ánh đúng', DISMISSED: 'phản ánh không có cơ sở', NOTED: 'ghi nhận' }[
            req.body.status
          ];
          await writeAudit(trx, actorOf(req, u), {
            entityType: 'proposal',
            entityId: o.proposal_id,
            action: 'objection-resolved',
            summary: `Xử lý ý kiến công khai: ${label} — ${req.body.resolution}`,
            data: { objectionId: o.id, status: req.body.status },
          });
          return { id: o.id, status: req.body.status };
        });
      },
    );
  };
