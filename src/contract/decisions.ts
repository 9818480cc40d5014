/**
 * Decisions (quyết định khen thưởng), the register of certificates (sổ theo dõi khen thưởng), the year's
 * emulation fund (quỹ thi đua, khen thưởng) and the revocation of awards.
 */

import {
  AWARD_SUBJECT_KINDS,
  DECISION_STATUSES,
  REVOCATION_GROUND_CODES,
} from '../core/decisions/decision-records';
import { Id, IdParams, IsoDate, Timestamp } from './common';
import { endpoint, FileAnswer } from './endpoint';
import { isoDate } from './iso-date';
import { z } from './zod';

export const DecisionSummary = z.object({
  id: Id,
  number: z.number(),
  year: z.number(),
  symbol: z.string(),
  /** "12/QĐ-UBND" */
  label: z.string(),
  decisionDate: IsoDate,
  title: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  signerName: z.string(),
  signerTitle: z.string(),
  status: z.enum(DECISION_STATUSES),
  totalAmount: z.number(),
});
export type DecisionSummary = z.infer<typeof DecisionSummary>;

/** One awardee of a decision, in register order. */
export const DecisionAward = z.object({
  id: Id,
  registerNumber: z.number(),
  subjectKind: z.enum(AWARD_SUBJECT_KINDS),
  subjectName: z.string(),
  subjectDescription: z.string(),
  achievement: z.string(),
  amount: z.number(),
  /** Why the amount is less than the award's reward money (several titles for the same achievement). */
  amountNote: z.string().nullable(),
  verifyCode: z.string(),
  proposalId: Id.nullable(),
  revokedAt: Timestamp.nullable(),
  revokedReason: z.string().nullable(),
});
export type DecisionAward = z.infer<typeof DecisionAward>;

export const Decision = DecisionSummary.extend({ awards: z.array(DecisionAward) });
export type Decision = z.infer<typeof Decision>;

/** An entry of the register of certificates of a year. */
export const RegisterEntry = z.object({
  id: Id,
  registerNumber: z.number(),
  awardCode: z.string(),
  awardName: z.string(),
  subjectKind: z.enum(AWARD_SUBJECT_KINDS),
  subjectName: z.string(),
  /** The proposing unit (none for an award without a proposal). */
  unitName: z.string().nullable(),
  achievementYear: z.number(),
  amount: z.number(),
  verifyCode: z.string(),
  revokedAt: Timestamp.nullable(),
  revokedReason: z.string().nullable(),
  decisionId: Id,
  /** "12/QĐ-UBND" */
  decision: z.string(),
  decisionDate: IsoDate,
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

/** The year's emulation fund and what signed decisions (awards not revoked) spend from it. */
export const Fund = z.object({
  year: z.number(),
  /** Null until the fund of the year is entered. */
  amount: z.number().nullable(),
  note: z.string().nullable(),
  spent: z.number(),
});
export type Fund = z.infer<typeof Fund>;

const Year = z.coerce.number().int().min(2000).max(2100);
export const YearParams = z.object({ year: Year });

export const NewDecision = z.object({
  proposalIds: z.array(z.string()).min(1, 'Chưa chọn đề nghị nào').max(2000),
  decisionDate: isoDate,
});
export type NewDecision = z.infer<typeof NewDecision>;

/** What one proposal would be paid, and why less than the award's reward money when it is. */
export const PreviewLine = z.object({
  proposalId: Id,
  subjectName: z.string(),
  awardCode: z.string(),
  amount: z.number(),
  fullAmount: z.number(),
  note: z.string().nullable(),
});

export const DecisionPreview = z.object({
  total: z.number(),
  lines: z.array(PreviewLine),
  /** Whether the commune chairman may sign it on the date under the province profile, and who decides. */
  authority: z.object({ allowed: z.boolean(), message: z.string(), decider: z.string().nullable() }),
  fund: Fund,
  /** Set when the reward money would exceed the year's fund (a warning, not a refusal). */
  warning: z.string().nullable(),
});
export type DecisionPreview = z.infer<typeof DecisionPreview>;

export const Revocation = z.object({
  ground: z.enum(REVOCATION_GROUND_CODES, { message: 'Căn cứ hủy bỏ phải là a, b, c hoặc d' }),
  reason: z.string().trim().min(10, 'Cần ghi rõ lý do (ít nhất 10 ký tự)').max(3000),
  /** The awards to revoke; all the decision's awards not yet revoked when omitted. */
  awardIds: z.array(z.string()).max(2000).optional(),
});
export type Revocation = z.infer<typeof Revocation>;

export const FundAmount = z.object({
  amount: z.number().int('Số tiền phải là số nguyên đồng').min(0, 'Số tiền không được âm').max(1e12),
  note: z.string().trim().max(500).optional(),
});
export type FundAmount = z.infer<typeof FundAmount>;

export const RevocationGroundOption = z.object({
  code: z.enum(REVOCATION_GROUND_CODES),
  label: z.string(),
});

export const decisionsApi = {
  listDecisions: endpoint({
    method: 'GET',
    path: '/decisions',
    summary: 'Các quyết định khen thưởng của xã, mới nhất trước',
    access: 'decision.read',
    response: z.array(DecisionSummary),
  }),
  getDecision: endpoint({
    method: 'GET',
    path: '/decisions/:id',
    summary: 'Một quyết định và các đối tượng được khen theo thứ tự số sổ',
    access: 'decision.read',
    params: IdParams,
    response: Decision,
    errors: ['NOT_FOUND'],
  }),
  awardRegister: endpoint({
    method: 'GET',
    path: '/awards',
    summary: 'Sổ theo dõi khen thưởng của một năm (trưởng đơn vị: của đơn vị mình)',
    access: 'award.read',
    query: z.object({
      year: z.coerce
        .number({ message: 'Năm phải là số' })
        .int('Năm phải là số nguyên')
        .min(2000, 'Năm không hợp lệ')
        .max(2100, 'Năm không hợp lệ'),
    }),
    response: z.array(RegisterEntry),
    errors: ['VALIDATION'],
  }),
  signDecision: endpoint({
    method: 'POST',
    path: '/decisions',
    summary: 'Chủ tịch ký quyết định khen thưởng cho các đề nghị đã duyệt (cùng một hình thức)',
    access: 'decision.sign',
    body: NewDecision,
    status: 201,
    response: Decision,
    errors: [
      'VALIDATION',
      'FORBIDDEN',
      'EMPTY_DECISION',
      'UNKNOWN_PROPOSAL',
      'MIXED_AWARDS',
      'DUPLICATE_IN_DECISION',
      'AWARD_ALREADY_GRANTED',
      'NO_AUTHORITY',
      'QUOTA_EXCEEDED',
      'QUOTA_EXCEPTION_REQUIRED',
      'CONCURRENT_DECISION',
      'IN_DISCLOSURE',
      'UNRESOLVED_OBJECTION',
      'OBJECTION_UPHELD',
      'DISCLOSURE_REQUIRED',
      'SIGNING_KEY_MISSING',
      'SIGNING_KEY_CONFLICT',
    ],
  }),
  previewDecision: endpoint({
    method: 'POST',
    path: '/decisions/preview',
    summary: 'Tổng tiền thưởng nếu ký, so với quỹ thi đua, khen thưởng của năm (cảnh báo, không từ chối)',
    access: 'decision.read',
    body: NewDecision,
    response: DecisionPreview,
    errors: ['VALIDATION', 'UNKNOWN_PROPOSAL'],
  }),
  revokeDecision: endpoint({
    method: 'POST',
    path: '/decisions/:id/revoke',
    summary:
      'Hủy bỏ khen thưởng, thu hồi giấy khen và tiền thưởng (Khoản 2 Điều 93 Luật Thi đua, khen thưởng)',
    access: 'decision.revoke',
    params: IdParams,
    body: Revocation,
    response: z.object({ revoked: z.number(), amountToRecover: z.number(), decision: Decision }),
    errors: [
      'VALIDATION',
      'FORBIDDEN',
      'NOT_FOUND',
      'NOTHING_TO_REVOKE',
      'ALREADY_REVOKED',
      'REVOCATION_LIST_UNVERIFIABLE',
      'SIGNING_KEY_MISSING',
    ],
  }),
  revocationGrounds: endpoint({
    method: 'GET',
    path: '/revocation-grounds',
    summary: 'Các căn cứ hủy bỏ khen thưởng (Khoản 2 Điều 93 Luật Thi đua, khen thưởng)',
    access: 'public',
    response: z.array(RevocationGroundOption),
  }),
  decisionCertificates: endpoint({
    method: 'GET',
    path: '/decisions/:id/certificates.pdf',
    summary: 'Mọi giấy khen còn hiệu lực của một quyết định, một tệp PDF để in',
    access: 'decision.read',
    params: IdParams,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'CERTIFICATES_REVOKED', 'DOCUMENT_INCOMPLETE'],
  }),
  awardCertificate: endpoint({
    method: 'GET',
    path: '/awards/:id/certificate.pdf',
    summary: 'Giấy khen của một đối tượng (PDF)',
    access: 'award.read',
    params: IdParams,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'CERTIFICATE_REVOKED', 'DOCUMENT_INCOMPLETE'],
  }),
  getFund: endpoint({
    method: 'GET',
    path: '/funds/:year',
    summary: 'Quỹ thi đua, khen thưởng của năm và số đã chi theo quyết định',
    access: 'fund.read',
    params: YearParams,
    response: Fund,
  }),
  setFund: endpoint({
    method: 'PUT',
    path: '/funds/:year',
    summary: 'Nhập quỹ thi đua, khen thưởng của năm',
    access: 'fund.set',
    params: YearParams,
    body: FundAmount,
    response: Fund,
    errors: ['VALIDATION', 'FORBIDDEN'],
  }),
};
