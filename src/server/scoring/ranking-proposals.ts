import type { RankingProposalsInput } from '../../contract/scoring';
import { getAward } from '../../core/law';
import { topForProposals } from '../../core/scoring';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import { AppError } from '../http/errors';
import { actOnProposalIn, createProposalIn } from '../proposals/proposal-commands';
import { PROPOSAL_GUARDS } from '../proposals/proposal-guards';
import { reviewResults } from './review-results';

/**
 * Turns chosen units of a locked ranking into commendation proposals (one per unit) for `awardCode`,
 * with the achievement summary the core writes from the rank, total and class. Everything is checked
 * first; the proposals, their submission (through the same law, council and disclosure guards as the
 * proposal screen) and their links to the review are written in one transaction — all or none.
 */
export async function proposalsFromRanking(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  reviewId: string,
  b: RankingProposalsInput,
): Promise<{ proposalIds: string[] }> {
  const results = await reviewResults(db, u.tenantId, reviewId);
  const { review } = results;
  if (review.status !== 'LOCKED') {
    throw new AppError(
      'REVIEW_OPEN',
      'Cần khóa kết quả chấm điểm, xếp hạng trước khi lập đề nghị khen thưởng.',
    );
  }
  const award = getAward(b.awardCode);
  if (!award) throw new AppError('UNKNOWN_AWARD', `Không có hình thức khen thưởng mã "${b.awardCode}".`);
  if (!award.subjects.includes('COLLECTIVE')) {
    throw new AppError('AWARD_NOT_FOR_COLLECTIVE', `${award.name} không dành cho tập thể.`);
  }
  const unique = [...new Set(b.unitIds)];
  if (unique.length === 0)
    throw new AppError('UNITS_REQUIRED', 'Chưa chọn đơn vị nào để đề nghị khen thưởng.');
  const drafts = topForProposals(results.ranking, results.ranking.length, 'YEU', {
    awardCode: b.awardCode,
    reviewName: review.title,
  });
  const linked = await db
    .selectFrom('review_units')
    .select(['unit_id', 'proposal_id'])
    .where('review_id', '=', reviewId)
    .execute();
  const names = new Map(results.units.map((x) => [x.id, x.name]));
  for (const unitId of unique) {
    if (!drafts.some((d) => d.unitId === unitId))
      throw new AppError('NOT_RANKED', `${names.get(unitId) ?? 'Đơn vị'} không có trong bảng xếp hạng.`);
    if (linked.find((l) => l.unit_id === unitId)?.proposal_id) {
      throw new AppError(
        'ALREADY_PROPOSED',
        `${names.get(unitId)} đã được lập đề nghị khen thưởng từ đợt này.`,
      );
    }
  }
  // All or nothing: every proposal, its submission (with the law's checks) and its link in one transaction.
  return db.transaction().execute(async (trx) => {
    const proposalIds: string[] = [];
    for (const unitId of unique) {
      const d = drafts.find((x) => x.unitId === unitId);
      if (!d) continue;
      const id = await createProposalIn(trx, clock, u, actor, {
        unitId,
        subjectUnitId: unitId,
        movementId: review.movement_id,
        awardCode: b.awardCode,
        subjectKind: 'COLLECTIVE',
        achievement: d.achievement,
        year: review.year,
      });
      if (b.status === 'SUBMITTED')
        await actOnProposalIn(trx, clock, u, actor, id, 'submit', {}, PROPOSAL_GUARDS);
      await trx
        .updateTable('review_units')
        .set({ proposal_id: id })
        .where('review_id', '=', reviewId)
        .where('unit_id', '=', unitId)
        .execute();
      await writeAudit(trx, clock, actor, {
        entityType: 'review',
        entityId: reviewId,
        action: 'propose',
        summary: `Lập đề nghị ${award.name} cho ${names.get(unitId)} (xếp thứ ${d.rank}) từ ${review.title}`,
        data: {
          unitId,
          proposalId: id,
          awardCode: b.awardCode,
          rank: d.rank,
          finalTotal: d.finalTotal,
          status: b.status,
        },
      });
      proposalIds.push(id);
    }
    return { proposalIds };
  });
}
