/** Reading reviews (sơ kết, tổng kết): the list, and one review as its page shows it. */
import type { ReviewListItem, ReviewView } from '../../contract/reviews';
import { can } from '../../core/auth/policy';
import { seesWholeCommune } from '../../core/auth/roles';
import { CLASSIFICATION_LABELS, REVIEW_KIND_LABELS } from '../../core/scoring';
import type { AuthUser } from '../auth/sessions';
import { type Clock, todayIn } from '../clock';
import type { Db } from '../db/connect';
import { reviewResults } from '../scoring/review-results';
import { computeReviewFigures, type ReviewFigures } from './review-figures-queries';

export async function listReviews(
  db: Db,
  u: AuthUser,
  filter: { movementId?: string | undefined; year?: number | undefined },
): Promise<ReviewListItem[]> {
  let q = db.selectFrom('reviews').selectAll().where('tenant_id', '=', u.tenantId);
  if (filter.movementId) q = q.where('movement_id', '=', filter.movementId);
  if (filter.year) q = q.where('year', '=', filter.year);
  const rows = await q.orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    movementId: r.movement_id,
    kind: r.kind,
    kindLabel: REVIEW_KIND_LABELS[r.kind],
    round: r.round,
    year: r.year,
    title: r.title,
    status: r.status,
    lockedOn: r.locked_on,
  }));
}

/**
 * A review with its score sheets, ranking, figures and units' reports. A unit head sees only their own
 * unit's sheets and report while the review is open, and the whole ranking once it is locked.
 */
export async function reviewView(db: Db, clock: Clock, u: AuthUser, reviewId: string): Promise<ReviewView> {
  const res = await reviewResults(db, u.tenantId, reviewId);
  const { review } = res;
  const unitRows = await db
    .selectFrom('review_units')
    .selectAll()
    .where('review_id', '=', review.id)
    .execute();
  const live = await computeReviewFigures(db, u.tenantId, res, todayIn(clock));
  // Scores and classes are frozen at the lock; proposals and awards made from the result keep counting.
  const figures: ReviewFigures = review.figures
    ? {
        ...(JSON.parse(review.figures) as ReviewFigures),
        proposals: live.figures.proposals,
        awards: live.figures.awards,
      }
    : live.figures;
  const ownOnly = !seesWholeCommune(u.role);
  const visible = (unitId: string) => !ownOnly || unitId === u.unitId;
  const locked = review.status === 'LOCKED';
  const names = new Map(res.units.map((x) => [x.id, x.name]));
  return {
    id: review.id,
    movementId: review.movement_id,
    kind: review.kind,
    kindLabel: REVIEW_KIND_LABELS[review.kind],
    round: review.round,
    year: review.year,
    title: review.title,
    status: locked ? 'LOCKED' : 'OPEN',
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
    canLock: !locked && can(u, 'review.lock'),
  };
}
