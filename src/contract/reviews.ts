/**
 * Reviews (sơ kết, tổng kết) of a movement or of the year: the record with its computed figures and
 * free-text assessment, per-unit reports, score sheets, the ranking with the tie rules, and the lock.
 */

import { CLASSIFICATIONS, REVIEW_KINDS, REVIEW_STATUSES, SHEET_ROLES } from '../core/scoring';
import { Id, IdParams } from './common';
import { endpoint } from './endpoint';
import { isoDate } from './iso-date';
import { Criterion, CriterionInput } from './movements';
import { TargetsSummary } from './targets';
import { z } from './zod';

export const ReviewListItem = z.object({
  id: Id,
  movementId: Id.nullable(),
  kind: z.enum(REVIEW_KINDS),
  kindLabel: z.string(),
  round: z.number(),
  year: z.number(),
  title: z.string(),
  status: z.enum(REVIEW_STATUSES),
  lockedOn: z.string().nullable(),
});
export type ReviewListItem = z.infer<typeof ReviewListItem>;

/** An annual review (bình xét cuối năm) not tied to a movement, with its own criteria and units. */
export const NewReview = z.object({
  kind: z.enum(REVIEW_KINDS),
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(5, 'Tên đợt bình xét quá ngắn').max(300).optional(),
  unitIds: z.array(z.string()).min(1, 'Chưa chọn đơn vị tham gia bình xét').max(500),
  criteria: z.array(CriterionInput).min(1, 'Bộ tiêu chí chưa có tiêu chí nào').max(100),
  scoreDeadline: isoDate.nullable().optional(),
});
export type NewReview = z.infer<typeof NewReview>;

export const Assessment = z.object({
  assessment: z.string().trim().max(20000, 'Nội dung đánh giá quá dài'),
});

/** The figures of a review record (báo cáo sơ kết, tổng kết), computed from the data — never typed. */
export const ReviewFigures = z.object({
  participants: z.number(),
  registered: z.number(),
  registrationShare: z.number(),
  scored: z.number(),
  byClassification: z.record(z.string(), z.number()),
  averageTotal: z.number(),
  unitsWithDisagreements: z.number(),
  targets: TargetsSummary,
  asOf: z.string(),
  /** Commendation proposals made from this review, and the awards decided on them. */
  proposals: z.number(),
  awards: z.number(),
});
export type ReviewFigures = z.infer<typeof ReviewFigures>;

/** A unit's own figures in the review record (core `unitReviewFigures`). */
export const UnitReviewFigures = z.object({
  unitId: Id,
  registered: z.boolean(),
  registeredTitles: z.array(z.string()),
  result: z
    .object({
      rank: z.number(),
      of: z.number(),
      finalTotal: z.number(),
      classification: z.enum(CLASSIFICATIONS),
      disagreements: z.number(),
    })
    .nullable(),
  targets: TargetsSummary,
});

export const ScoreSheet = z.object({
  unitId: Id,
  role: z.enum(SHEET_ROLES),
  reviewerId: z.string().optional(),
  reviewerName: z.string().optional(),
  scores: z.array(
    z.object({
      criterionId: Id,
      value: z.number(),
      evidence: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
});

export const Disagreement = z.object({
  criterionId: Id,
  kind: z.string(),
  gap: z.number(),
  threshold: z.number(),
  message: z.string(),
});

export const RankRow = z.object({
  unitId: Id,
  unitName: z.string(),
  rank: z.number(),
  tied: z.boolean(),
  /** TOTAL, a tie-break rule, or TIED (see `tieRules`). */
  decidedBy: z.string(),
  selfTotal: z.number().nullable(),
  reviewerTotal: z.number().nullable(),
  finalTotal: z.number(),
  basis: z.string(),
  classification: z.enum(CLASSIFICATIONS),
  classificationLabel: z.string(),
  disagreements: z.array(Disagreement),
  missing: z.array(Id),
  criteria: z.array(
    z.object({
      criterionId: Id,
      self: z.number().nullable(),
      reviewers: z.array(z.object({ reviewerId: z.string(), value: z.number() })),
      reviewerMean: z.number().nullable(),
      council: z.number().nullable(),
      consensus: z.number().nullable(),
      final: z.number(),
      finalSource: z.string(),
    }),
  ),
});
export type RankRow = z.infer<typeof RankRow>;

/** A review as its page shows it; a unit head sees only their own unit until the results are locked. */
export const ReviewView = z.object({
  id: Id,
  movementId: Id.nullable(),
  kind: z.enum(REVIEW_KINDS),
  kindLabel: z.string(),
  round: z.number(),
  year: z.number(),
  title: z.string(),
  status: z.enum(REVIEW_STATUSES),
  lockedOn: z.string().nullable(),
  lockedBy: z.string().nullable(),
  assessment: z.string().nullable(),
  scoreDeadline: z.string().nullable(),
  figures: ReviewFigures,
  criteria: z.array(Criterion),
  units: z.array(
    z.object({
      id: Id,
      name: z.string(),
      kind: z.string(),
      /** The unit's own report. */
      assessment: z.string().nullable(),
      proposalId: Id.nullable(),
      figures: UnitReviewFigures.nullable(),
    }),
  ),
  sheets: z.array(ScoreSheet),
  ranking: z.array(RankRow),
  unscored: z.array(Id),
  tieRules: z.array(z.object({ rule: z.string(), label: z.string() })),
  canLock: z.boolean(),
});
export type ReviewView = z.infer<typeof ReviewView>;

export const reviewsApi = {
  listReviews: endpoint({
    method: 'GET',
    path: '/reviews',
    summary: 'Các đợt sơ kết, tổng kết (của phong trào hoặc bình xét năm)',
    access: 'review.read',
    query: z.object({
      movementId: z.string().optional(),
      year: z.coerce.number().int().optional(),
    }),
    response: z.array(ReviewListItem),
  }),
  createReview: endpoint({
    method: 'POST',
    path: '/reviews',
    summary: 'Mở đợt bình xét năm (không gắn phong trào) với bộ tiêu chí và đơn vị riêng',
    access: 'review.manage',
    body: NewReview,
    status: 201,
    response: z.object({ id: Id }),
    errors: ['INVALID_CRITERIA', 'UNKNOWN_UNIT', 'FORBIDDEN'],
  }),
  getReview: endpoint({
    method: 'GET',
    path: '/reviews/:id',
    summary: 'Một đợt sơ kết, tổng kết: phiếu chấm, xếp hạng, số liệu báo cáo, báo cáo của đơn vị',
    access: 'review.read',
    params: IdParams,
    response: ReviewView,
    errors: ['NOT_FOUND', 'SCORES_INVALID'],
  }),
  lockReview: endpoint({
    method: 'POST',
    path: '/reviews/:id/lock',
    summary: 'Khóa kết quả chấm điểm, xếp hạng (sơ kết của phong trào: phong trào trở lại triển khai)',
    access: 'review.lock',
    params: IdParams,
    response: ReviewView,
    errors: ['NOT_FOUND', 'REVIEW_LOCKED', 'NOTHING_SCORED', 'SCORES_INVALID'],
  }),
  saveAssessment: endpoint({
    method: 'PUT',
    path: '/reviews/:id/assessment',
    summary: 'Đánh giá chung của đợt sơ kết, tổng kết',
    access: 'review.manage',
    params: IdParams,
    body: Assessment,
    response: ReviewView,
    errors: ['NOT_FOUND'],
  }),
  saveUnitReport: endpoint({
    method: 'PUT',
    path: '/reviews/:id/units/:unitId/assessment',
    summary: 'Báo cáo của đơn vị (trưởng đơn vị: đơn vị mình; đóng khi đã khóa kết quả)',
    access: 'review.report',
    params: z.object({ id: z.string(), unitId: z.string() }),
    body: Assessment,
    response: ReviewView,
    errors: ['NOT_FOUND', 'REVIEW_LOCKED', 'NOT_IN_REVIEW', 'FORBIDDEN'],
  }),
};
