import type { Transaction } from 'kysely';
import { lockReview as coreLockReview, REVIEW_KIND_LABELS, type ReviewKind } from '../../core/scoring';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { newId, nowIso, today } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, fromCore } from '../http/errors';
import { addInboxTasks } from '../inbox/inbox-tasks';
import { asCoreReview, loadReview, reviewResults } from '../scoring/review-results';
import { computeReviewFigures } from './review-figures-queries';

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
      created_at: nowIso(),
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
  await writeAudit(trx, actor, {
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
  u: AuthUser,
  actor: AuditActor,
  reviewId: string,
): Promise<void> {
  const review = await loadReview(trx, u.tenantId, reviewId);
  const locked = coreLockReview(asCoreReview(review), today(), u.displayName);
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
  const { figures } = await computeReviewFigures(trx, u.tenantId, results);
  await trx
    .updateTable('reviews')
    .set({
      status: 'LOCKED',
      locked_on: locked.review.lockedOn ?? today(),
      locked_by: u.displayName,
      figures: JSON.stringify(figures),
    })
    .where('id', '=', reviewId)
    .execute();
  await writeAudit(trx, actor, {
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
