import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CLASSIFICATION_LABELS, REVIEW_KIND_LABELS } from '../../core/scoring';
import { writeAudit } from '../audit/audit-log';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { AppError, forbidden } from '../http/errors';
import { checkCriteria, replaceCriteria, transitionMovementCommand } from '../movements/movement-commands';
import { CriterionBody } from '../movements/routes';
import { loadReview, reviewResults } from '../scoring/review-results';
import { assertOpen } from '../scoring/score-commands';
import { lockReviewResults, openReview } from './review-commands';
import { computeReviewFigures, type ReviewFigures } from './review-figures-queries';

const Params = z.object({ id: z.string() });
const MANAGERS = ['ADMIN', 'CAN_BO_TDKT'] as const;
const Assessment = z.object({ assessment: z.string().trim().max(20000, 'Nội dung đánh giá quá dài') });

/**
 * Reviews (sơ kết, tổng kết) of a movement or of the year: the record with its computed figures and
 * free-text assessment, per-unit reports, score sheets, ranking with the tie rules, and the lock.
 */
export const reviewRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/reviews',
      {
        schema: {
          querystring: z.object({
            movementId: z.string().optional(),
            year: z.coerce.number().int().optional(),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req);
        let q = db.selectFrom('reviews').selectAll().where('tenant_id', '=', u.tenantId);
        if (req.query.movementId) q = q.where('movement_id', '=', req.query.movementId);
        if (req.query.year) q = q.where('year', '=', req.query.year);
        const rows = await q.orderBy('created_at', 'desc').execute();
        return rows.map((r) => ({
          id: r.id,
          movementId: r.movement_id,
          kind: r.kind,
          kindLabel: REVIEW_KIND_LABELS[r.kind as 'SO_KET'],
          round: r.round,
          year: r.year,
          title: r.title,
          status: r.status,
          lockedOn: r.locked_on,
        }));
      },
    );

    /** An annual review (bình xét cuối năm) not tied to a movement, with its own criteria and units. */
    app.post(
      '/reviews',
      {
        schema: {
          body: z.object({
            kind: z.enum(['SO_KET', 'TONG_KET']),
            year: z.number().int().min(2000).max(2100),
            title: z.string().trim().min(5, 'Tên đợt bình xét quá ngắn').max(300).optional(),
            unitIds: z.array(z.string()).min(1, 'Chưa chọn đơn vị tham gia bình xét').max(500),
            criteria: z.array(CriterionBody).min(1, 'Bộ tiêu chí chưa có tiêu chí nào').max(100),
            scoreDeadline: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
              .nullable()
              .optional(),
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req, MANAGERS);
        const b = req.body;
        checkCriteria(b.criteria);
        const id = await db.transaction().execute(async (trx) => {
          const units = await trx
            .selectFrom('organisations')
            .select('id')
            .where('tenant_id', '=', u.tenantId)
            .where('id', 'in', b.unitIds)
            .execute();
          if (units.length !== new Set(b.unitIds).size)
            throw new AppError('UNKNOWN_UNIT', 'Có đơn vị không thuộc xã.');
          const rid = await openReview(trx, u, actorOf(req, u), {
            kind: b.kind,
            year: b.year,
            movementId: null,
            round: 1,
            unitIds: [...new Set(b.unitIds)],
            scoreDeadline: b.scoreDeadline ?? null,
            ...(b.title ? { title: b.title } : {}),
          });
          await replaceCriteria(trx, u.tenantId, 'REVIEW', rid, b.criteria);
          return rid;
        });
        return reply.status(201).send({ id });
      },
    );

    app.get('/reviews/:id', { schema: { params: Params } }, async (req) => {
      const u = requireUser(req);
      const res = await reviewResults(db, u.tenantId, req.params.id);
      const { review } = res;
      const unitRows = await db
        .selectFrom('review_units')
        .selectAll()
        .where('review_id', '=', review.id)
        .execute();
      const live = await computeReviewFigures(db, u.tenantId, res);
      // Scores and classes are frozen at the lock; proposals and awards made from the result keep counting.
      const figures: ReviewFigures = review.figures
        ? {
            ...(JSON.parse(review.figures) as ReviewFigures),
            proposals: live.figures.proposals,
            awards: live.figures.awards,
          }
        : live.figures;
      const ownOnly = u.role === 'TRUONG_DON_VI';
      const visible = (unitId: string) => !ownOnly || unitId === u.unitId;
      const locked = review.status === 'LOCKED';
      const names = new Map(res.units.map((x) => [x.id, x.name]));
      return {
        id: review.id,
        movementId: review.movement_id,
        kind: review.kind,
        kindLabel: REVIEW_KIND_LABELS[review.kind as 'SO_KET'],
        round: review.round,
        year: review.year,
        title: review.title,
        status: review.status,
        lockedOn: review.locked_on,
        lockedBy: review.locked_by,
        assessment: review.assessment,
        scoreDeadline: review.score_deadline,
        figures,
        criteria: res.criteria,
        units: res.units
          .filter((x) => visible(x.id))
          .map((x) => {
            const row = unitRows.find((r) => r.unit_id === x.id);
            return {
              ...x,
              assessment: row?.assessment ?? null,
              proposalId: row?.proposal_id ?? null,
              figures: live.units.find((f) => f.unitId === x.id) ?? null,
            };
          }),
        sheets: res.sheets.filter((s) => visible(s.unitId)),
        ranking: res.ranking
          .filter((r) => locked || visible(r.unitId))
          .map((r) => ({
            unitId: r.unitId,
            unitName: names.get(r.unitId) ?? r.unitId,
            rank: r.rank,
            tied: r.tied,
            decidedBy: r.decidedBy,
            selfTotal: r.selfTotal,
            reviewerTotal: r.reviewerTotal,
            finalTotal: r.finalTotal,
            basis: r.basis,
            classification: r.classification,
            classificationLabel: CLASSIFICATION_LABELS[r.classification],
            disagreements: r.disagreements,
            missing: r.missing,
            criteria: r.criteria,
          })),
        unscored: res.unscored.filter(visible),
        tieRules: res.tieRules,
        canLock: !locked && ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH'].includes(u.role),
      };
    });

    app.post('/reviews/:id/lock', { schema: { params: Params } }, async (req) => {
      const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH']);
      const review = await loadReview(db, u.tenantId, req.params.id);
      assertOpen(review);
      const movement = review.movement_id
        ? await db
            .selectFrom('movements')
            .select('status')
            .where('id', '=', review.movement_id)
            .executeTakeFirst()
        : undefined;
      if (review.kind === 'SO_KET' && review.movement_id && movement?.status === 'MID_REVIEW') {
        await transitionMovementCommand(db, u, actorOf(req, u), review.movement_id, 'closeMidReview');
      } else {
        await db.transaction().execute((trx) => lockReviewResults(trx, u, actorOf(req, u), review.id));
      }
      return { id: review.id, status: 'LOCKED' };
    });

    app.put('/reviews/:id/assessment', { schema: { params: Params, body: Assessment } }, async (req) => {
      const u = requireUser(req, MANAGERS);
      await db.transaction().execute(async (trx) => {
        const review = await loadReview(trx, u.tenantId, req.params.id);
        await trx
          .updateTable('reviews')
          .set({ assessment: req.body.assessment || null })
          .where('id', '=', review.id)
          .execute();
        await writeAudit(trx, actorOf(req, u), {
          entityType: 'review',
          entityId: review.id,
          action: 'assessment',
          summary: `Cập nhật đánh giá chung: ${review.title}`,
          data: { before: review.assessment, after: req.body.assessment },
        });
      });
      return { ok: true };
    });

    /** The unit's own report (báo cáo sơ kết / tổng kết của đơn vị); closed once the review is locked. */
    app.put(
      '/reviews/:id/units/:unitId/assessment',
      { schema: { params: z.object({ id: z.string(), unitId: z.string() }), body: Assessment } },
      async (req) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'TRUONG_DON_VI']);
        if (u.role === 'TRUONG_DON_VI' && u.unitId !== req.params.unitId)
          throw forbidden('Bạn chỉ được gửi báo cáo của đơn vị mình.');
        await db.transaction().execute(async (trx) => {
          const review = await loadReview(trx, u.tenantId, req.params.id);
          assertOpen(review);
          const res = await trx
            .updateTable('review_units')
            .set({ assessment: req.body.assessment || null })
            .where('review_id', '=', review.id)
            .where('unit_id', '=', req.params.unitId)
            .executeTakeFirst();
          if (Number(res.numUpdatedRows) !== 1)
            throw new AppError('NOT_IN_REVIEW', 'Đơn vị không thuộc đợt sơ kết, tổng kết này.');
          await writeAudit(trx, actorOf(req, u), {
            entityType: 'review',
            entityId: review.id,
            action: 'unit-report',
            summary: `Gửi báo cáo của đơn vị: ${review.title}`,
            data: { unitId: req.params.unitId, assessment: req.body.assessment },
          });
        });
        return { ok: true };
      },
    );
  };
