import {
  CLASSIFICATION_LABELS,
  type Classified,
  type Criterion,
  checkReviewOpen,
  classifyRanking,
  computeTotals,
  DEFAULT_SCORING_POLICY,
  DEFAULT_TIE_BREAK,
  type Review,
  rankUnits,
  type ScoreSheet,
  TIE_BREAK_LABELS,
  type UnitTotals,
} from '../../core/scoring';
import type { Db } from '../db/connect';
import type { ReviewTable } from '../db/schema';
import { AppError, fromCore, notFound } from '../http/errors';
import { loadCriteria } from '../movements/movement-queries';

export interface ReviewUnit {
  id: string;
  name: string;
  kind: string;
}

export interface ReviewResults {
  review: ReviewTable;
  criteria: Criterion[];
  units: ReviewUnit[];
  /** Ranked and classified units that have at least one score sheet. */
  ranking: Classified<UnitTotals>[];
  /** Units of the review with no score at all yet. */
  unscored: string[];
  sheets: (ScoreSheet & { reviewerName?: string })[];
  tieRules: { rule: string; label: string }[];
}

export const asCoreReview = (r: ReviewTable): Review => ({
  id: r.id,
  kind: r.kind === 'SO_KET' ? 'SO_KET' : 'TONG_KET',
  year: r.year,
  ...(r.movement_id ? { movementId: r.movement_id } : {}),
  status: r.status === 'LOCKED' ? 'LOCKED' : 'OPEN',
  ...(r.locked_on ? { lockedOn: r.locked_on } : {}),
  ...(r.locked_by ? { lockedBy: r.locked_by } : {}),
});

export async function loadReview(db: Db, tenantId: string, reviewId: string): Promise<ReviewTable> {
  const r = await db
    .selectFrom('reviews')
    .selectAll()
    .where('id', '=', reviewId)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!r) throw notFound('đợt sơ kết, tổng kết');
  return r;
}

/** Refuses a change to a locked review with the core's message. */
export function assertOpen(review: ReviewTable): void {
  const r = checkReviewOpen(asCoreReview(review));
  if (!r.ok) throw fromCore(r);
}

/** Criteria of a review: the movement's criteria, or the review's own for an annual review. */
export function reviewCriteria(db: Db, r: ReviewTable): Promise<Criterion[]> {
  return r.movement_id ? loadCriteria(db, 'MOVEMENT', r.movement_id) : loadCriteria(db, 'REVIEW', r.id);
}

/** Score sheets, totals, disagreements, ranks and classes of a review, all from the core. */
export async function reviewResults(db: Db, tenantId: string, reviewId: string): Promise<ReviewResults> {
  const review = await loadReview(db, tenantId, reviewId);
  const criteria = await reviewCriteria(db, review);
  const units = await db
    .selectFrom('review_units as ru')
    .innerJoin('organisations as o', 'o.id', 'ru.unit_id')
    .select(['o.id', 'o.name', 'o.kind'])
    .where('ru.review_id', '=', review.id)
    .orderBy('o.name')
    .execute();
  const entries = await db
    .selectFrom('score_entries as s')
    .leftJoin('users as u', 'u.id', 's.reviewer_id')
    .select([
      's.unit_id',
      's.role',
      's.reviewer_id',
      's.criterion_id',
      's.value',
      's.evidence',
      's.note',
      'u.display_name',
    ])
    .where('s.review_id', '=', review.id)
    .execute();
  const sheetMap = new Map<string, ScoreSheet & { reviewerName?: string }>();
  for (const e of entries) {
    const key = `${e.unit_id}|${e.role}|${e.reviewer_id}`;
    let sheet = sheetMap.get(key);
    if (!sheet) {
      sheet = {
        unitId: e.unit_id,
        role: e.role,
        scores: [],
        ...(e.role === 'REVIEWER'
          ? { reviewerId: e.reviewer_id, reviewerName: e.display_name ?? e.reviewer_id }
          : {}),
      };
      sheetMap.set(key, sheet);
    }
    sheet.scores.push({
      criterionId: e.criterion_id,
      value: Number(e.value),
      ...(e.evidence ? { evidence: e.evidence } : {}),
      ...(e.note ? { note: e.note } : {}),
    });
  }
  const sheets = [...sheetMap.values()];
  let ranking: Classified<UnitTotals>[] = [];
  if (criteria.length > 0 && sheets.length > 0) {
    const totals = computeTotals(criteria, sheets, DEFAULT_SCORING_POLICY);
    if (!totals.ok) {
      throw new AppError(
        'SCORES_INVALID',
        `Bảng điểm chưa hợp lệ: ${totals.errors.map((e) => e.message).join('; ')}`,
        totals.errors,
      );
    }
    ranking = classifyRanking(rankUnits(totals.totals, DEFAULT_TIE_BREAK)).sort((a, b) => a.rank - b.rank);
  }
  const scored = new Set(ranking.map((r) => r.unitId));
  return {
    review,
    criteria,
    units,
    ranking,
    sheets,
    unscored: units.filter((u) => !scored.has(u.id)).map((u) => u.id),
    tieRules: (['TOTAL', ...DEFAULT_TIE_BREAK] as const).map((rule) => ({
      rule,
      label: TIE_BREAK_LABELS[rule],
    })),
  };
}

export const classificationLabel = (c: string): string =>
  CLASSIFICATION_LABELS[c as keyof typeof CLASSIFICATION_LABELS] ?? c;
