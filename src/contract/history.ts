/**
 * A commune's history as the law reads it: awards received before this product or from any level, initiatives
 * and research topics, disciplinary measures, matters under consideration; the lookup of one person,
 * collective or household (all of it, newest first, and what the law now makes them eligible for), and the
 * award card (thẻ / phiếu theo dõi khen thưởng) as Word and Excel files.
 */

import {
  ACHIEVEMENT_NATURES,
  DISCIPLINE_KINDS,
  INITIATIVE_KINDS,
  ISSUING_LEVELS,
  PENDING_MATTER_KINDS,
} from '../core/history/history-terms';
import { INITIATIVE_LEVELS, SUBJECT_KINDS } from '../core/law';
import { Id } from './common';
import { endpoint, FileAnswer } from './endpoint';
import { z } from './zod';

/** The subject of a lookup in an address: a person, a collective (unit) or a household. */
export const SUBJECT_PATH_KINDS = ['person', 'unit', 'household'] as const;
export type SubjectPathKind = (typeof SUBJECT_PATH_KINDS)[number];
export const SubjectParams = z.object({
  kind: z.enum(SUBJECT_PATH_KINDS, { message: 'Đối tượng phải là person, unit hoặc household' }),
  id: z.string(),
});
const EntryParams = z.object({ id: z.string() });
const DeleteReason = z.object({
  reason: z.string().trim().min(5, 'Cần nêu lý do xóa (ít nhất 5 ký tự)').max(1000),
});

const Year = z.coerce.number({ message: 'Năm phải là số' }).int('Năm phải là số nguyên');
/** Dates are checked by the shared rules (`core/history/history-rules.ts`), which name the field. */
const DateText = z.string({ message: 'Chưa nhập ngày' }).trim().min(1, 'Chưa nhập ngày');
const OptionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const AwardHistoryInput = z.object({
  subjectKind: z.enum(SUBJECT_KINDS, { message: 'Đối tượng phải là cá nhân, tập thể hoặc hộ gia đình' }),
  /** The person, the unit (collective) or the household. */
  subjectId: z.string().min(1, 'Chưa chọn đối tượng'),
  awardCode: z.string().trim().min(1, 'Chưa chọn danh hiệu, hình thức khen thưởng'),
  issuingLevel: z.enum(ISSUING_LEVELS, { message: 'Chưa chọn cấp khen thưởng' }),
  issuingBody: z.string().trim().min(2, 'Ghi cơ quan ra quyết định').max(300),
  decisionNumber: z.string().trim().min(1, 'Ghi số quyết định').max(100),
  decisionDate: DateText,
  year: Year,
  nature: z.enum(ACHIEVEMENT_NATURES, { message: 'Chưa chọn loại thành tích' }),
  note: OptionalText(1000),
});
export type AwardHistoryInput = z.infer<typeof AwardHistoryInput>;

export const InitiativeInput = z.object({
  personId: z.string().min(1, 'Chưa chọn cá nhân'),
  kind: z.enum(INITIATIVE_KINDS, { message: 'Chọn sáng kiến hoặc đề tài' }),
  title: z.string().trim().min(3, 'Ghi tên sáng kiến, đề tài').max(500),
  year: Year,
  recognizedOn: DateText.nullable().optional(),
  level: z.enum(INITIATIVE_LEVELS, { message: 'Chưa chọn cấp công nhận' }),
  scope: z.enum(INITIATIVE_LEVELS, { message: 'Phạm vi ảnh hưởng không hợp lệ' }).nullable().optional(),
  recognitionRef: OptionalText(300),
});
export type InitiativeInput = z.infer<typeof InitiativeInput>;

export const DisciplineInput = z.object({
  personId: z.string().min(1, 'Chưa chọn cá nhân'),
  kind: z.enum(DISCIPLINE_KINDS, { message: 'Chưa chọn hình thức kỷ luật' }),
  from: DateText,
  to: DateText.nullable().optional(),
  decisionRef: OptionalText(300),
  note: OptionalText(1000),
});
export type DisciplineInput = z.infer<typeof DisciplineInput>;

export const PendingMatterInput = z.object({
  subjectKind: z.enum(['INDIVIDUAL', 'COLLECTIVE'], { message: 'Đối tượng phải là cá nhân hoặc tập thể' }),
  subjectId: z.string().min(1, 'Chưa chọn đối tượng'),
  kind: z.enum(PENDING_MATTER_KINDS, { message: 'Chưa chọn loại việc đang xem xét' }),
  since: DateText,
  closedOn: DateText.nullable().optional(),
  note: OptionalText(1000),
});
export type PendingMatterInput = z.infer<typeof PendingMatterInput>;

/** One award of the subject: from the commune's own register (a decision signed here) or a history entry. */
export const HistoryAward = z.object({
  /** The award's id in the register, or the history entry's id. */
  id: Id,
  source: z.enum(['REGISTER', 'HISTORY']),
  awardCode: z.string(),
  awardName: z.string(),
  year: z.number(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  issuingLevel: z.enum(ISSUING_LEVELS),
  issuingBody: z.string(),
  nature: z.enum(ACHIEVEMENT_NATURES),
  note: z.string().nullable(),
  /** The register's decision (for a link to it). */
  decisionId: Id.nullable(),
  /** The earlier unit the award was given to, when it came through a merger. */
  viaPredecessor: z.string().nullable(),
  revoked: z.boolean(),
});
export type HistoryAward = z.infer<typeof HistoryAward>;

export const HistoryInitiative = z.object({
  id: Id,
  kind: z.enum(INITIATIVE_KINDS),
  title: z.string(),
  year: z.number(),
  recognizedOn: z.string().nullable(),
  level: z.enum(INITIATIVE_LEVELS),
  scope: z.enum(INITIATIVE_LEVELS).nullable(),
  recognitionRef: z.string().nullable(),
});
export type HistoryInitiative = z.infer<typeof HistoryInitiative>;

export const HistoryDiscipline = z.object({
  id: Id,
  kind: z.enum(DISCIPLINE_KINDS),
  from: z.string(),
  to: z.string().nullable(),
  decisionRef: z.string().nullable(),
  note: z.string().nullable(),
});
export type HistoryDiscipline = z.infer<typeof HistoryDiscipline>;

export const HistoryPendingMatter = z.object({
  id: Id,
  kind: z.enum(PENDING_MATTER_KINDS),
  since: z.string(),
  closedOn: z.string().nullable(),
  note: z.string().nullable(),
});
export type HistoryPendingMatter = z.infer<typeof HistoryPendingMatter>;

export const HistorySubject = z.object({
  kind: z.enum(SUBJECT_KINDS),
  id: Id,
  name: z.string(),
  birthDate: z.string().nullable(),
  birthYear: z.number().nullable(),
  position: z.string().nullable(),
  unitId: Id.nullable(),
  unitName: z.string().nullable(),
  address: z.string().nullable(),
});
export type HistorySubject = z.infer<typeof HistorySubject>;

/** Everything the commune knows about one subject's awards, newest first. */
export const SubjectHistory = z.object({
  subject: HistorySubject,
  awards: z.array(HistoryAward),
  initiatives: z.array(HistoryInitiative),
  disciplines: z.array(HistoryDiscipline),
  pendingMatters: z.array(HistoryPendingMatter),
  /** Households: contributions (đồng) and violations by year, as the law reads them. */
  contributions: z.array(z.object({ year: z.number(), amount: z.number(), description: z.string() })),
  violations: z.array(z.object({ year: z.number(), description: z.string() })),
  /** May the reader add, change and delete entries of this subject. */
  canManage: z.boolean(),
});
export type SubjectHistory = z.infer<typeof SubjectHistory>;

/** What the law makes the subject eligible for in a year (the year-end suggestions, for this one subject). */
export const SubjectEligibility = z.object({
  year: z.number(),
  decisionDate: z.string(),
  awards: z.array(
    z.object({
      awardCode: z.string(),
      awardName: z.string(),
      eligible: z.boolean(),
      status: z.enum(['ELIGIBLE', 'NOT_ELIGIBLE', 'BLOCKED_PENDING']),
      /** Why not (the law's failures), empty when eligible. */
      reasons: z.array(z.object({ message: z.string(), article: z.string() })),
    }),
  ),
});
export type SubjectEligibility = z.infer<typeof SubjectEligibility>;

export const SubjectMatch = z.object({
  kind: z.enum(SUBJECT_KINDS),
  id: Id,
  name: z.string(),
  /** The unit (people, households) or the parent unit (collectives). */
  detail: z.string().nullable(),
});
export type SubjectMatch = z.infer<typeof SubjectMatch>;

export const historyApi = {
  findSubjects: endpoint({
    method: 'GET',
    path: '/history/subjects',
    summary: 'Tìm cá nhân, tập thể, hộ gia đình để tra cứu khen thưởng (tìm không dấu)',
    access: 'history.read',
    query: z.object({ q: z.string().max(100).optional() }),
    response: z.array(SubjectMatch),
  }),
  subjectHistory: endpoint({
    method: 'GET',
    path: '/history/:kind/:id',
    summary: 'Quá trình khen thưởng, sáng kiến, kỷ luật, việc đang xem xét của một đối tượng',
    access: 'history.read',
    params: SubjectParams,
    response: SubjectHistory,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  eligibility: endpoint({
    method: 'GET',
    path: '/history/:kind/:id/eligibility',
    summary: 'Đối tượng đủ điều kiện khen thưởng gì trong năm (theo Luật)',
    access: 'history.read',
    params: SubjectParams,
    query: z.object({ year: Year.min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ').optional() }),
    response: SubjectEligibility,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'VALIDATION'],
  }),
  awardCardDocx: endpoint({
    method: 'GET',
    path: '/history/:kind/:id/card.docx',
    summary: 'Thẻ/ Phiếu theo dõi khen thưởng (Word)',
    access: 'history.read',
    params: SubjectParams,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  awardCardXlsx: endpoint({
    method: 'GET',
    path: '/history/:kind/:id/card.xlsx',
    summary: 'Thẻ/ Phiếu theo dõi khen thưởng (Excel)',
    access: 'history.read',
    params: SubjectParams,
    response: FileAnswer,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  createAward: endpoint({
    method: 'POST',
    path: '/history/awards',
    summary: 'Nhập khen thưởng đã nhận (trước đây, các cấp)',
    access: 'history.manage',
    body: AwardHistoryInput,
    status: 201,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'HISTORY_DUPLICATE', 'HISTORY_IN_REGISTER'],
  }),
  updateAward: endpoint({
    method: 'PUT',
    path: '/history/awards/:id',
    summary: 'Sửa khen thưởng đã nhập',
    access: 'history.manage',
    params: EntryParams,
    body: AwardHistoryInput,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'HISTORY_DUPLICATE', 'HISTORY_IN_REGISTER'],
  }),
  deleteAward: endpoint({
    method: 'DELETE',
    path: '/history/awards/:id',
    summary: 'Xóa khen thưởng đã nhập, có lý do (lưu trong nhật ký)',
    access: 'history.manage',
    params: EntryParams,
    query: DeleteReason,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  createInitiative: endpoint({
    method: 'POST',
    path: '/history/initiatives',
    summary: 'Nhập sáng kiến, đề tài nghiên cứu được công nhận',
    access: 'history.manage',
    body: InitiativeInput,
    status: 201,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  updateInitiative: endpoint({
    method: 'PUT',
    path: '/history/initiatives/:id',
    summary: 'Sửa sáng kiến, đề tài',
    access: 'history.manage',
    params: EntryParams,
    body: InitiativeInput,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  deleteInitiative: endpoint({
    method: 'DELETE',
    path: '/history/initiatives/:id',
    summary: 'Xóa sáng kiến, đề tài, có lý do',
    access: 'history.manage',
    params: EntryParams,
    query: DeleteReason,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  createDiscipline: endpoint({
    method: 'POST',
    path: '/history/disciplines',
    summary: 'Nhập hình thức kỷ luật',
    access: 'history.manage',
    body: DisciplineInput,
    status: 201,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  updateDiscipline: endpoint({
    method: 'PUT',
    path: '/history/disciplines/:id',
    summary: 'Sửa hình thức kỷ luật',
    access: 'history.manage',
    params: EntryParams,
    body: DisciplineInput,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  deleteDiscipline: endpoint({
    method: 'DELETE',
    path: '/history/disciplines/:id',
    summary: 'Xóa hình thức kỷ luật, có lý do',
    access: 'history.manage',
    params: EntryParams,
    query: DeleteReason,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  createPendingMatter: endpoint({
    method: 'POST',
    path: '/history/pending-matters',
    summary: 'Ghi việc đang xem xét (kỷ luật, thanh tra, điều tra, khiếu nại): tạm hoãn khen thưởng',
    access: 'history.manage',
    body: PendingMatterInput,
    status: 201,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  updatePendingMatter: endpoint({
    method: 'PUT',
    path: '/history/pending-matters/:id',
    summary: 'Sửa việc đang xem xét',
    access: 'history.manage',
    params: EntryParams,
    body: PendingMatterInput,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
  }),
  closePendingMatter: endpoint({
    method: 'POST',
    path: '/history/pending-matters/:id/close',
    summary: 'Kết thúc việc đang xem xét',
    access: 'history.manage',
    params: EntryParams,
    body: z.object({ closedOn: DateText }),
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'ALREADY_CLOSED'],
  }),
  deletePendingMatter: endpoint({
    method: 'DELETE',
    path: '/history/pending-matters/:id',
    summary: 'Xóa việc đang xem xét nhập nhầm, có lý do',
    access: 'history.manage',
    params: EntryParams,
    query: DeleteReason,
    response: SubjectHistory,
    errors: ['VALIDATION', 'NOT_FOUND', 'FORBIDDEN'],
  }),
};
