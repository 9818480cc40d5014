import type { IsoDate } from '../calendar/iso-date';
import type { ErrorCode } from '../errors/error-codes';
import { formatDateVi } from '../text';
import { type Criterion, type ScoreCheck, validateScore } from './criteria';

/** A review (đợt bình xét): a mid-year sơ kết or the year-end tổng kết, of a movement or of the year. */
export const REVIEW_KINDS = ['SO_KET', 'TONG_KET'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
/** A review is open for scoring until its results are locked. */
export const REVIEW_STATUSES = ['OPEN', 'LOCKED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  SO_KET: 'Sơ kết', // preliminary (mid-year) review
  TONG_KET: 'Tổng kết', // final (year-end) review
};

export interface Review {
  id: string;
  kind: ReviewKind;
  year: number;
  movementId?: string;
  status: ReviewStatus;
  lockedOn?: IsoDate;
  lockedBy?: string;
}

export type ReviewCheck = { ok: true } | { ok: false; code: ErrorCode; message: string };

export function checkReviewOpen(review: Review): ReviewCheck {
  if (review.status !== 'LOCKED') return { ok: true };
  const when = review.lockedOn ? ` ngày ${formatDateVi(review.lockedOn)}` : '';
  return { ok: false, code: 'REVIEW_LOCKED', message: `Kết quả bình xét đã khóa${when}, không thể sửa` };
}

export class ReviewLockedError extends Error {
  readonly code = 'REVIEW_LOCKED';
  constructor(message: string) {
    super(message);
    this.name = 'ReviewLockedError';
  }
}

/** Throws `ReviewLockedError` ("Kết quả bình xét đã khóa ngày dd/mm/yyyy, không thể sửa") when locked. */
export function assertReviewOpen(review: Review): void {
  const r = checkReviewOpen(review);
  if (!r.ok) throw new ReviewLockedError(r.message);
}

/** A score typed into a review: refused when the review is locked or the score is out of range. */
export function checkScoreEdit(review: Review, criterion: Criterion, value: unknown): ScoreCheck {
  const open = checkReviewOpen(review);
  if (!open.ok) return open;
  return validateScore(criterion, value);
}

/** Locks the review when it closes; the results are final from then on. */
export function lockReview(
  review: Review,
  today: IsoDate,
  by: string,
): { ok: true; review: Review } | { ok: false; code: ErrorCode; message: string } {
  const open = checkReviewOpen(review);
  if (!open.ok) return open;
  return { ok: true, review: { ...review, status: 'LOCKED', lockedOn: today, lockedBy: by } };
}
