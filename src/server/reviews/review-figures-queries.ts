import type { Participant, Registration } from '../../core/movements';
import {
  type MovementReviewFigures,
  movementReviewFigures,
  type UnitReviewFigures,
  unitReviewFigures,
} from '../../core/reports';
import type { Db } from '../db/connect';
import type { ReviewTable } from '../db/schema';
import { movementRegistrations } from '../registrations/registration-queries';
import type { ReviewResults } from '../scoring/review-results';
import { loadTargets } from '../targets/targets-queries';

/** The figures of a review record (báo cáo sơ kết, tổng kết), computed from the data — never typed. */
export interface ReviewFigures extends MovementReviewFigures {
  asOf: string;
  /** Commendation proposals made from this review, and the awards decided on them. */
  proposals: number;
  awards: number;
}

async function registrationsOf(db: Db, tenantId: string, review: ReviewTable): Promise<Registration[]> {
  if (!review.movement_id) return [];
  return (await movementRegistrations(db, tenantId, review.movement_id)).map((r) => ({
    subjectKind: r.subjectKind,
    subjectId: r.subjectId,
    registeredOn: r.registeredOn,
    titles: r.titles,
    targetIds: r.targetIds,
    ...(r.pledge ? { pledge: r.pledge } : {}),
  }));
}

export async function computeReviewFigures(
  db: Db,
  tenantId: string,
  results: ReviewResults,
  asOf: string,
): Promise<{ figures: ReviewFigures; units: UnitReviewFigures[] }> {
  const { review } = results;
  const participants: Participant[] = results.units.map((u) => ({ kind: 'UNIT', id: u.id, name: u.name }));
  const registrations = await registrationsOf(db, tenantId, review);
  const targets = await loadTargets(db, tenantId, review.year);
  const linked = await db
    .selectFrom('review_units')
    .select('proposal_id')
    .where('review_id', '=', review.id)
    .where('proposal_id', 'is not', null)
    .execute();
  const proposalIds = linked.map((l) => l.proposal_id as string);
  const awards = proposalIds.length
    ? await db
        .selectFrom('awards')
        .select('id')
        .where('proposal_id', 'in', proposalIds)
        .where('revoked_at', 'is', null)
        .execute()
    : [];
  const base = movementReviewFigures({
    asOf,
    participants,
    registrations,
    ranking: results.ranking,
    targets,
  });
  return {
    figures: { ...base, asOf, proposals: proposalIds.length, awards: awards.length },
    units: results.units.map((u) =>
      unitReviewFigures({ unitId: u.id, asOf, registrations, ranking: results.ranking, targets }),
    ),
  };
}
