/** Scoring (chấm điểm): score sheets of a review, and turning the locked ranking into proposals. */

import { Id, IdParams } from './common';
import { endpoint } from './endpoint';
import { ReviewView } from './reviews';
import { z } from './zod';

/** One score sheet: the unit's self score, or the signed-in reviewer's sheet. */
export const SheetInput = z.object({
  unitId: z.string().min(1, 'Chưa chọn đơn vị được chấm'),
  role: z.enum(['SELF', 'REVIEWER'], { message: 'Loại phiếu chấm không hợp lệ' }),
  scores: z
    .array(
      z.object({
        criterionId: z.string().min(1),
        value: z.number({ message: 'Điểm phải là một số' }),
        evidence: z.string().trim().max(1000, 'Minh chứng quá dài').nullable().optional(),
        note: z.string().trim().max(1000, 'Ghi chú quá dài').nullable().optional(),
      }),
    )
    .min(1, 'Chưa chấm tiêu chí nào')
    .max(100),
});
export type SheetInput = z.infer<typeof SheetInput>;

export const RankingProposalsInput = z.object({
  unitIds: z.array(z.string()).min(1, 'Chưa chọn đơn vị nào để đề nghị khen thưởng').max(200),
  awardCode: z.string().min(1, 'Chưa chọn hình thức khen thưởng'),
  /** SUBMITTED sends them on to checking at once; DRAFT leaves them for the officer to complete. */
  status: z.enum(['DRAFT', 'SUBMITTED']).default('DRAFT'),
});
export type RankingProposalsInput = z.infer<typeof RankingProposalsInput>;

export const scoringApi = {
  saveScores: endpoint({
    method: 'PUT',
    path: '/reviews/:id/scores',
    summary:
      'Lưu một phiếu chấm điểm (đơn vị tự chấm, hoặc phiếu thẩm định của người đăng nhập); trả lại đợt bình xét',
    access: 'signed-in',
    params: IdParams,
    body: SheetInput,
    response: ReviewView,
    errors: [
      'NOT_FOUND',
      'REVIEW_LOCKED',
      'NOT_IN_REVIEW',
      'UNKNOWN_CRITERION',
      'DUPLICATE_SCORE',
      'SCORE_OUT_OF_RANGE',
      'SCORE_NOT_A_NUMBER',
      'FORBIDDEN',
    ],
  }),
  proposeFromRanking: endpoint({
    method: 'POST',
    path: '/reviews/:id/proposals',
    summary:
      'Lập đề nghị khen thưởng cho các đơn vị được chọn từ bảng xếp hạng đã khóa (một đề nghị mỗi đơn vị)',
    access: 'review.propose',
    params: IdParams,
    body: RankingProposalsInput,
    status: 201,
    response: z.object({ proposalIds: z.array(Id) }),
    errors: [
      'NOT_FOUND',
      'REVIEW_OPEN',
      'UNKNOWN_AWARD',
      'AWARD_NOT_FOR_COLLECTIVE',
      'UNITS_REQUIRED',
      'NOT_RANKED',
      'ALREADY_PROPOSED',
    ],
  }),
};
