/**
 * Proposals (hồ sơ đề nghị khen thưởng): the list, one dossier with its history, drafting and editing, and
 * the steps of the workflow (`core/dossier/proposal-workflow.ts`). Every answer is the dossier as the
 * reader may see it: in full, or its public part for a reader who declared a conflict of interest.
 */

import { PROPOSAL_ACTIONS, PROPOSAL_STATUSES, type ProposalAction } from '../core/dossier/proposal-workflow';
import { ACHIEVEMENT_BASES, MAX_YEAR, SUBJECT_KINDS } from '../core/law';
import { Id, IdParams, Timestamp } from './common';
import { endpoint } from './endpoint';
import { z } from './zod';

/** An entry of a record's audit trail (who did what, when). */
export const HistoryEntry = z.object({
  id: z.number(),
  at: Timestamp,
  actorName: z.string(),
  action: z.string(),
  summary: z.string(),
  /** What the step recorded (reasons, what the unit must add, a snapshot of the content). */
  data: z.unknown(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

const SubjectKind = z.enum(SUBJECT_KINDS);
const Status = z.enum(PROPOSAL_STATUSES);
const Action = z.enum(PROPOSAL_ACTIONS);

/** A proposal the reader may read in full, with the workflow steps they may take now. */
export const Proposal = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  movementId: Id.nullable(),
  movementName: z.string().nullable(),
  awardCode: z.string(),
  subjectKind: SubjectKind,
  personId: Id.nullable(),
  subjectUnitId: Id.nullable(),
  householdId: Id.nullable(),
  subjectName: z.string(),
  achievement: z.string(),
  /** What the achievement is (one achievement, one award — khoản 2 Điều 5). */
  achievementBasis: z.enum(ACHIEVEMENT_BASES),
  /** The sudden deed (or a movement outside the product) it is for. */
  achievementRef: z.string().nullable(),
  year: z.number(),
  status: Status,
  round: z.number(),
  returnReason: z.string().nullable(),
  /** What the unit must add (when returned). */
  returnMissing: z.array(z.string()),
  decisionId: Id.nullable(),
  /** Set when the commune chairman may not decide it under the province profile: who decides ("Cần trình cấp trên"). */
  upward: z.object({ decider: z.string(), article: z.string(), at: Timestamp }).nullable(),
  version: z.number(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  actions: z.array(Action),
  access: z.literal('FULL'),
});
export type Proposal = z.infer<typeof Proposal>;

/** A dossier the reader declared a conflict of interest with: its public part only (list rows too). */
export const PublicProposal = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  subjectKind: SubjectKind,
  subjectName: z.string(),
  awardCode: z.string(),
  year: z.number(),
  status: Status,
  /** Only once published for public comment. */
  achievement: z.string().nullable(),
  access: z.literal('PUBLIC'),
  /** Why the rest is not shown. */
  note: z.string(),
  actions: z.array(Action).max(0),
});
export type PublicProposal = z.infer<typeof PublicProposal>;

/** A row of the list: the proposal in full, or its public part. */
export const ProposalRow = z.discriminatedUnion('access', [Proposal, PublicProposal]);
export type ProposalRow = z.infer<typeof ProposalRow>;

/** One dossier: in full with its history, or its public part (no history: the trail holds the private part). */
export const ProposalDetail = z.discriminatedUnion('access', [
  Proposal.extend({ history: z.array(HistoryEntry) }),
  PublicProposal,
]);
export type ProposalDetail = z.infer<typeof ProposalDetail>;

export const ProposalBody = z.object({
  /** The proposing unit (a unit head: their own, whatever is sent). */
  unitId: z.string().optional(),
  movementId: z.string().nullable().optional(),
  awardCode: z.string().min(1, 'Chưa chọn hình thức khen thưởng'),
  subjectKind: z.enum(SUBJECT_KINDS, {
    message: 'Đối tượng phải là cá nhân, tập thể hoặc hộ gia đình',
  }),
  personId: z.string().nullable().optional(),
  subjectUnitId: z.string().nullable().optional(),
  householdId: z.string().nullable().optional(),
  achievement: z.string().trim().max(5000, 'Tóm tắt thành tích quá dài (tối đa 5000 ký tự)'),
  /** What the achievement is; absent = the award's usual basis (`core/law/same-achievement.ts`). */
  achievementBasis: z.enum(ACHIEVEMENT_BASES, { message: 'Loại thành tích không hợp lệ' }).optional(),
  /** The sudden deed (date or short name), or a movement outside the product. */
  achievementRef: z.string().trim().max(200, 'Tên sự việc quá dài (tối đa 200 ký tự)').nullable().optional(),
  /** The year of the achievement: up to next year (checked against the server's clock). */
  year: z
    .number()
    .int()
    .min(2000, 'Năm thành tích không hợp lệ')
    .max(MAX_YEAR, 'Năm thành tích không hợp lệ'),
});
export type ProposalBody = z.infer<typeof ProposalBody>;

export const ProposalUpdate = ProposalBody.extend({
  /** The version read: a proposal changed since is refused (STALE). */
  version: z.number().int(),
});
export type ProposalUpdate = z.infer<typeof ProposalUpdate>;

export const ActionBody = z
  .object({
    reason: z.string().trim().max(2000).optional(),
    missing: z.array(z.string().trim().max(500)).max(30).optional(),
  })
  .default({});
export type ActionBody = z.infer<typeof ActionBody>;

/** The path names the step; an unknown one answers UNKNOWN_ACTION (404). */
const ActionParams = z.object({
  id: z.string(),
  action: z
    .string()
    .meta({ description: `Một trong: ${PROPOSAL_ACTIONS.filter((a) => a !== 'decide').join(', ')}` }),
});
/** The step of the workflow named in the path (`decide` is taken by signing a decision, not here). */
export type ActionName = Exclude<ProposalAction, 'decide'>;

const SAVE_ERRORS = [
  'UNKNOWN_AWARD',
  'AWARD_SUBJECT_MISMATCH',
  'SUBJECT_REQUIRED',
  'UNKNOWN_PERSON',
  'UNKNOWN_UNIT',
  'UNKNOWN_HOUSEHOLD',
  'UNKNOWN_MOVEMENT',
  'AWARD_ALREADY_GRANTED',
  'FORBIDDEN',
] as const;

/** The dossier named by `:id`; a reader with a declared conflict of interest gets its public part. */
const DOSSIER = { param: 'id', part: 'public-view' } as const;

export const proposalsApi = {
  listProposals: endpoint({
    method: 'GET',
    path: '/proposals',
    summary: 'Các đề nghị khen thưởng (trưởng đơn vị: của đơn vị mình; tìm không dấu)',
    access: 'proposal.read',
    query: z.object({
      status: Status.optional(),
      movementId: z.string().optional(),
      q: z.string().optional(),
      year: z.coerce.number().int().optional(),
    }),
    response: z.array(ProposalRow),
    dossier: { list: true },
  }),
  getProposal: endpoint({
    method: 'GET',
    path: '/proposals/:id',
    summary: 'Một hồ sơ đề nghị và lịch sử xử lý',
    access: 'proposal.read',
    params: IdParams,
    response: ProposalDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
    dossier: DOSSIER,
  }),
  createProposal: endpoint({
    method: 'POST',
    path: '/proposals',
    summary: 'Lập đề nghị khen thưởng (dự thảo); trả về hồ sơ vừa lập',
    access: 'proposal.create',
    body: ProposalBody,
    status: 201,
    response: ProposalDetail,
    errors: ['VALIDATION', 'UNIT_REQUIRED', ...SAVE_ERRORS],
  }),
  updateProposal: endpoint({
    method: 'PUT',
    path: '/proposals/:id',
    summary: 'Sửa đề nghị đang soạn hoặc bị trả lại; trả về hồ sơ đã sửa',
    access: 'proposal.update',
    params: IdParams,
    body: ProposalUpdate,
    response: ProposalDetail,
    errors: [
      'VALIDATION',
      'NOT_FOUND',
      'NOT_EDITABLE',
      'NOT_OWN_UNIT',
      'FORBIDDEN_ACTION',
      'STALE',
      ...SAVE_ERRORS,
    ],
    dossier: DOSSIER,
  }),
  actOnProposal: endpoint({
    method: 'POST',
    path: '/proposals/:id/actions/:action',
    summary: 'Một bước xử lý: gửi, trả lại, trình, phê duyệt, không đề nghị, rút; trả về hồ sơ sau bước đó',
    // who may take which step is the workflow's rule (`availableActions`): the use case decides
    access: 'signed-in',
    params: ActionParams,
    body: ActionBody,
    response: ProposalDetail,
    errors: [
      'UNKNOWN_ACTION',
      'NOT_FOUND',
      'FORBIDDEN_ACTION',
      'NOT_OWN_UNIT',
      'ILLEGAL_TRANSITION',
      'REASON_REQUIRED',
      'MISSING_REQUIRED',
      'ACHIEVEMENT_REQUIRED',
      'STALE',
      'AWARD_ALREADY_GRANTED',
      'UNKNOWN_AWARD',
      'AWARD_SUBJECT_MISMATCH',
      'SUBJECT_NOT_FOUND',
      'LAW_HARD_RULE',
      'NO_AUTHORITY',
      'LAW_SOFT_RULE',
      'COUNCIL_PENDING',
      'COUNCIL_REQUIRED',
      'DISCLOSURE_REQUIRED',
      'IN_DISCLOSURE',
      'UNRESOLVED_OBJECTION',
      'OBJECTION_UPHELD',
      'QUOTA_EXCEEDED',
      'QUOTA_EXCEPTION_REQUIRED',
    ],
    dossier: DOSSIER,
  }),
};
