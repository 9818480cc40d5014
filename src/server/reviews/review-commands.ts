/** Changing reviews: open one (with its units' tasks), lock its results, the assessment and units' reports. */
import type { Transaction } from 'kysely';
import type { NewReview, ReviewView } from '../../contract/reviews';
import { can } from '../../core/auth/policy';
import { lockReview as coreLockReview, REVIEW_KIND_LABELS, type ReviewKind } from '../../core/scoring';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, forbidden, fromCore } from '../http/errors';
import { addInboxTasks } from '../inbox/inbox-tasks';
import { checkCriteria, replaceCriteria } from '../movements/criteria-commands';
import { asCoreReview, assertOpen, loadReview, reviewResults } from '../scoring/review-results';
import { computeReviewFigures } from './review-figures-queries';
import { reviewView } from './review-queries';

export interface OpenReviewInput {
  kind: ReviewKind;
  year: number;
  movementId: string | null;
  movementName?: string;
  round: number;
  unitIds: string[];
  scoreDeadline?: string | null;
  title?: string;
}

/**
 * Opens a review (sơ kết / tổng kết): its units, and for each unit a task to score itself and send its
 * report. Runs in the caller's transaction.
 */
export async function openReview(
  trx: Transaction<Database>,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  input: OpenReviewInput,
): Promise<string> {
  const id = newId();
  const label = REVIEW_KIND_LABELS[input.kind];
  const title =
    input.title ??
    (input.movementName
      ? `${label}${input.kind === 'SO_KET' && input.round > 1 ? ` lần ${input.round}` : ''} phong trào "${input.movementName}"`
      : `${label} công tác thi đua, khen thưởng năm ${input.year}`);
  await trx
    .insertInto('reviews')
    .values({
      id,
      tenant_id: u.tenantId,
      movement_id: input.movementId,
      kind: input.kind,
      round: input.round,
      year: input.year,
      title,
      status: 'OPEN',
      score_deadline: input.scoreDeadline ?? null,
      assessment: null,
      figures: null,
      locked_on: null,
      locked_by: null,
      created_by: u.id,
      created_at: isoNow(clock),
    })
    .execute();
  for (const unitId of input.unitIds) {
    await trx
      .insertInto('review_units')
      .values({
        review_id: id,
        unit_id: unitId,
        assessment: null,
        self_total: null,
        final_total: null,
        rank: null,
        tied: null,
        decided_by: null,
        classification: null,
        proposal_id: null,
      })
      .execute();
  }
  await addInboxTasks(
    trx,
    clock,
    input.unitIds.map((unitId) => ({
      tenantId: u.tenantId,
      unitId,
      kind: 'SELF_SCORE' as const,
      title: `Tự chấm điểm và gửi báo cáo: ${title}`,
      body: 'Đơn vị tự chấm điểm theo bộ tiêu chí, kèm minh chứng, và gửi báo cáo đánh giá của đơn vị.',
      link: `/cham-diem/${id}`,
      dueDate: input.scoreDeadline ?? null,
      movementId: input.movementId,
      reviewId: id,
      createdBy: u.id,
    })),
  );
  await writeAudit(trx, clock, actor, {
    entityType: 'review',
    entityId: id,
    action: 'open',
    summary: `Mở ${title}`,
    data: { ...input, title },
  });
  return id;
}

/**
 * Closes a review: computes totals, ranks and classes with the core and freezes them on the review's
 * units; from then on every score edit is refused (REVIEW_LOCKED). Runs in the caller's transaction.
 */
export async function lockReviewResults(
  trx: Transaction<Database>,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  reviewId: string,
): Promise<void> {
  const review = await loadReview(trx, u.tenantId, reviewId);
  const day = todayIn(clock);
  const locked = coreLockReview(asCoreReview(review), day, u.displayName);
  if (!locked.ok) throw fromCore(locked);
  const results = await reviewResults(trx, u.tenantId, reviewId);
  if (results.ranking.length === 0) {
    throw new AppError('NOTHING_SCORED', 'Chưa có đơn vị nào được chấm điểm, chưa thể khóa kết quả.');
  }
  for (const r of results.ranking) {
    await trx
      .updateTable('review_units')
      .set({
        self_total: r.selfTotal,
        final_total: r.finalTotal,
        rank: r.rank,
        tied: r.tied ? 1 : 0,
        decided_by: r.decidedBy,
        classification: r.classification,
      })
      .where('review_id', '=', reviewId)
      .where('unit_id', '=', r.unitId)
      .execute();
  }
  const { figures } = await computeReviewFigures(trx, u.tenantId, results, day);
  await trx
    .updateTable('reviews')
    .set({
      status: 'LOCKED',
      locked_on: locked.review.lockedOn ?? day,
      locked_by: u.displayName,
      figures: JSON.stringify(figures),
    })
    .where('id', '=', reviewId)
    .execute();
  await writeAudit(trx, clock, actor, {
    entityType: 'review',
    entityId: reviewId,
    action: 'lock',
    summary: `Khóa kết quả ${review.title}`,
    data: {
      ranking: results.ranking.map((r) => ({
        unitId: r.unitId,
        finalTotal: r.finalTotal,
        rank: r.rank,
        classification: r.classification,
      })),
    },
  });
}

/** An annual review (bình xét cuối năm) not tied to a movement, with its own criteria and units. */
export async function createAnnualReview(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: NewReview,
): Promise<{ id: string }> {
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
    const rid = await openReview(trx, clock, u, actor, {
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
  return { id };
}

/** The general assessment of a review (đánh giá chung), audited with the text before and after. */
export async function saveAssessment(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  reviewId: string,
  assessment: string,
): Promise<ReviewView> {
  await db.transaction().execute(async (trx) => {
    const review = await loadReview(trx, u.tenantId, reviewId);
    await trx
      .updateTable('reviews')
      .set({ assessment: assessment || null })
      .where('id', '=', review.id)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'review',
      entityId: review.id,
      action: 'assessment',
      summary: `Cập nhật đánh giá chung: ${review.title}`,
      data: { before: review.assessment, after: assessment },
    });
  });
  return reviewView(db, clock, u, reviewId);
}

/** The unit's own report (báo cáo sơ kết / tổng kết của đơn vị); closed once the review is locked. */
export async function saveUnitReport(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  reviewId: string,
  unitId: string,
  assessment: string,
): Promise<ReviewView> {
  if (!can(u, 'review.report', { unitId })) throw forbidden('Bạn chỉ được gửi báo cáo của đơn vị mình.');
  await db.transaction().execute(async (trx) => {
    const review = await loadReview(trx, u.tenantId, reviewId);
    assertOpen(review);
    const res = await trx
      .updateTable('review_units')
      .set({ assessment: assessment || null })
      .where('review_id', '=', review.id)
      .where('unit_id', '=', unitId)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw new AppError('NOT_IN_REVIEW', 'Đơn vị không thuộc đợt sơ kết, tổng kết này.');
    await writeAudit(trx, clock, actor, {
      entityType: 'review',
      entityId: review.id,
      action: 'unit-report',
      summary: `Gửi báo cáo của đơn vị: ${review.title}`,
      data: { unitId, assessment },
    });
  });
  return reviewView(db, clock, u, reviewId);
}
