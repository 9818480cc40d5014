import { checkReviewOpen, checkScoreEdit } from '../../core/scoring';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { nowIso } from '../db/ids';
import { AppError, forbidden, fromCore } from '../http/errors';
import { completeInboxTasks } from '../inbox/inbox-tasks';
import { asCoreReview, loadReview, reviewCriteria } from './review-results';

export interface SheetInput {
  unitId: string;
  role: 'SELF' | 'REVIEWER';
  scores: {
    criterionId: string;
    value: number;
    evidence?: string | null | undefined;
    note?: string | null | undefined;
  }[];
}

/** Roles that score as council reviewers (thành viên Hội đồng, and the officer who prepares the council's work). */
export const REVIEWER_ROLES = ['THANH_VIEN_HD', 'CAN_BO_TDKT', 'CHU_TICH', 'ADMIN'] as const;

/**
 * Saves one score sheet (the unit's self score, or the signed-in reviewer's sheet) for a unit of a
 * review, replacing that sheet's earlier scores. Refused when the review is locked (409 REVIEW_LOCKED)
 * or a score lies outside its criterion's range (400, the criterion named).
 */
export async function saveSheet(
  db: Db,
  u: AuthUser,
  actor: AuditActor,
  reviewId: string,
  b: SheetInput,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const review = await loadReview(trx, u.tenantId, reviewId);
    const core = asCoreReview(review);
    const open = checkReviewOpen(core);
    if (!open.ok) throw new AppError(open.code, `${open.message}.`);
    if (b.role === 'SELF') {
      if (u.role === 'TRUONG_DON_VI' ? u.unitId !== b.unitId : !['ADMIN', 'CAN_BO_TDKT'].includes(u.role)) {
        throw forbidden('Chỉ trưởng đơn vị được tự chấm điểm cho đơn vị mình.');
      }
    } else if (!(REVIEWER_ROLES as readonly string[]).includes(u.role)) {
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
    const now = nowIso();
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
        { tenantId: u.tenantId, unitId: b.unitId, kinds: ['SELF_SCORE'], reviewId },
        u.id,
      );
    const unit = await trx
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', b.unitId)
      .executeTakeFirst();
    await writeAudit(trx, actor, {
      entityType: 'review',
      entityId: reviewId,
      action: b.role === 'SELF' ? 'self-score' : 'review-score',
      summary: `${b.role === 'SELF' ? 'Tự chấm điểm' : 'Chấm điểm thẩm định'}: ${unit?.name ?? b.unitId} — ${review.title}`,
      data: { unitId: b.unitId, role: b.role, scores: b.scores },
    });
  });
}

/** Refuses a change to a locked review with the core's message. */
export function assertOpen(review: Parameters<typeof asCoreReview>[0]): void {
  const r = checkReviewOpen(asCoreReview(review));
  if (!r.ok) throw fromCore(r);
}
