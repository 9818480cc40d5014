/**
 * Locking a review's results. A movement's sơ kết being held is closed through the movement's lifecycle
 * (which locks it and returns the movement to running); any other review is locked on its own.
 */
import type { ReviewView } from '../../contract/reviews';
import type { AuditActor } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import { transitionMovementCommand } from '../movements/movement-commands';
import { assertOpen, loadReview } from '../scoring/review-results';
import { lockReviewResults } from './review-commands';
import { reviewView } from './review-queries';

export async function lockReview(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  reviewId: string,
): Promise<ReviewView> {
  const review = await loadReview(db, u.tenantId, reviewId);
  assertOpen(review);
  const movement = review.movement_id
    ? await db
        .selectFrom('movements')
        .select('status')
        .where('id', '=', review.movement_id)
        .executeTakeFirst()
    : undefined;
  if (review.kind === 'SO_KET' && review.movement_id && movement?.status === 'MID_REVIEW') {
    await transitionMovementCommand(db, clock, u, actor, review.movement_id, 'closeMidReview');
  } else {
    await db.transaction().execute((trx) => lockReviewResults(trx, clock, u, actor, review.id));
  }
  return reviewView(db, clock, u, review.id);
}
