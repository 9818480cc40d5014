/** Score sheets (phiếu chấm điểm) of a review: the unit's self score and each reviewer's sheet. */
import type { ReviewView } from '../../contract/reviews';
import type { SheetInput } from '../../contract/scoring';
import { can } from '../../core/auth/policy';
import { checkReviewOpen, checkScoreEdit } from '../../core/scoring';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { AppError, forbidden } from '../http/errors';
import { completeInboxTasks } from '../inbox/inbox-tasks';
import { reviewView } from '../reviews/review-queries';
import { asCoreReview, loadReview, reviewCriteria } from './review-results';

/**
 * Saves one score sheet (the unit's self score, or the signed-in reviewer's sheet) for a unit of a
 * review, replacing that sheet's earlier scores, and answers the review as its page shows it. Refused
 * when the review is locked (409 REVIEW_LOCKED) or a score lies outside its criterion's range (400,
 * the criterion named).
 */
export async function saveSheet(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  reviewId: string,
  b: SheetInput,
): Promise<ReviewView> {
  if (!can(u, 'score.self') && !can(u, 'score.review')) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const review = await loadReview(trx, u.tenantId, reviewId);
    const core = asCoreReview(review);
    const open = checkReviewOpen(core);
    if (!open.ok) throw new AppError(open.code, `${open.message}.`);
    if (b.role === 'SELF') {
      if (!can(u, 'score.self', { unitId: b.unitId })) {
        throw forbidden('Chỉ trưởng đơn vị được tự chấm điểm cho đơn vị mình.');
      }
    } else if (!can(u, 'score.review')) {
      throw forbidden('Chỉ thành viên Hội đồng hoặc cán bộ thi đua được chấm điểm thẩm định.');
    }
    const inReview = await trx
      .selectFrom('review_units')
      .select('unit_id')
      .where('review_id', '=', reviewId)
      .where('unit_id', '=', b.unitId)
      .executeTakeFirst();
    if (!inReview) throw new AppError('NOT_IN_REVIEW', 'Đơn vị không thuộc đợt chấm điểm này.');
    const criteria = await reviewCriteria(trx, review);
    const seen = new Set<string>();
    for (const s of b.scores) {
      const c = criteria.find((x) => x.id === s.criterionId);
      if (!c)
        throw new AppError('UNKNOWN_CRITERION', 'Có tiêu chí không thuộc bộ tiêu chí của đợt chấm điểm.');
      if (seen.has(c.id)) throw new AppError('DUPLICATE_SCORE', `Tiêu chí "${c.name}" được chấm hai lần.`);
      seen.add(c.id);
      const check = checkScoreEdit(core, c, s.value);
      if (!check.ok) throw new AppError(check.code, check.message, { criterionId: c.id });
    }
    const reviewerId = b.role === 'REVIEWER' ? u.id : '';
    await trx
      .deleteFrom('score_entries')
      .where('review_id', '=', reviewId)
      .where('unit_id', '=', b.unitId)
      .where('role', '=', b.role)
      .where('reviewer_id', '=', reviewerId)
      .execute();
    const now = isoNow(clock);
    for (const s of b.scores) {
      await trx
        .insertInto('score_entries')
        .values({
          review_id: reviewId,
          unit_id: b.unitId,
          role: b.role,
          reviewer_id: reviewerId,
          criterion_id: s.criterionId,
          value: s.value,
          evidence: s.evidence?.trim() || null,
          note: s.note?.trim() || null,
          updated_by: u.id,
          updated_at: now,
        })
        .execute();
    }
    if (b.role === 'SELF')
      await completeInboxTasks(
        trx,
        clock,
        { tenantId: u.tenantId, unitId: b.unitId, kinds: ['SELF_SCORE'], reviewId },
        u.id,
      );
    const unit = await trx
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', b.unitId)
      .executeTakeFirst();
    await writeAudit(trx, clock, actor, {
      entityType: 'review',
      entityId: reviewId,
      action: b.role === 'SELF' ? 'self-score' : 'review-score',
      summary: `${b.role === 'SELF' ? 'Tự chấm điểm' : 'Chấm điểm thẩm định'}: ${unit?.name ?? b.unitId} — ${review.title}`,
      data: { unitId: b.unitId, role: b.role, scores: b.scores },
    });
  });
  return reviewView(db, clock, u, reviewId);
}
