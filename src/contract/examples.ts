/**
 * Typical examples (điển hình tiên tiến, Law Art. 17(4)-(5)): discovered, nurtured, summed up and replicated;
 * officers manage them, unit heads nominate for their own unit, everyone else reads. Citizens see the
 * summed-up and replicating ones without logging in.
 */

import { PROPOSAL_STATUSES } from '../core/dossier/proposal-workflow';
import { DISCOVERY_SOURCES, EXAMPLE_ACTIONS, EXAMPLE_STAGES, EXAMPLE_SUBJECT_KINDS } from '../core/examples';
import { Id, IdParams, IsoDate } from './common';
import { endpoint } from './endpoint';
import { webLink } from './web-link';
import { z } from './zod';

/** A calendar date that exists (2024-02-30 is refused), with the field named in the message. */
const isoDate = (what: string) =>
  z
    .string({ message: `${what} phải có dạng YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what} phải có dạng YYYY-MM-DD`)
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `${what} không có thật`);
const text = (what: string, min: number, max: number) =>
  z.string().trim().min(min, `${what} cần ít nhất ${min} ký tự`).max(max, `${what} dài quá ${max} ký tự`);
const note = (max: number) => z.string().trim().max(max).nullable().optional();
const Year = z.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');

const SubjectKind = z.enum(EXAMPLE_SUBJECT_KINDS, {
  message: 'Đối tượng phải là cá nhân, tập thể hoặc hộ gia đình',
});
const Stage = z.enum(EXAMPLE_STAGES);

export const ExampleFilters = z.object({
  stage: z.enum(EXAMPLE_STAGES, { message: 'Khâu không hợp lệ' }).optional(),
  field: z.string().optional(),
  year: z.coerce.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ').optional(),
  /** Words of the subject, title, model or field, without diacritics. */
  q: z.string().max(200).optional(),
});
export type ExampleFilters = z.infer<typeof ExampleFilters>;

export const NewExample = z.object({
  subjectKind: SubjectKind,
  personId: z.string().nullable().optional(),
  subjectUnitId: z.string().nullable().optional(),
  householdId: z.string().nullable().optional(),
  movementId: z.string().nullable().optional(),
  field: text('Lĩnh vực', 2, 100),
  title: text('Tên điển hình', 5, 300),
  model: text('Mô hình, cách làm hay', 10, 3000),
  /** A unit head's nomination is always `NOMINATED`. */
  discoverySource: z.enum(DISCOVERY_SOURCES, { message: 'Cách phát hiện không hợp lệ' }),
  discoveryNote: note(2000),
  discoveredOn: isoDate('Ngày phát hiện'),
  internalNote: note(2000),
});
export type NewExample = z.infer<typeof NewExample>;

export const ExampleUpdate = z.object({
  /** The version read (optimistic locking: 409 STALE when someone saved since). */
  version: z.number().int(),
  movementId: z.string().nullable().optional(),
  field: text('Lĩnh vực', 2, 100),
  title: text('Tên điển hình', 5, 300),
  model: text('Mô hình, cách làm hay', 10, 3000),
  discoveryNote: note(2000),
  summaryText: z.string().trim().max(20000, 'Bài tổng kết quá dài').nullable().optional(),
  internalNote: note(2000),
});
export type ExampleUpdate = z.infer<typeof ExampleUpdate>;

export const ExampleTransition = z.object({
  action: z.enum(EXAMPLE_ACTIONS, { message: 'Thao tác không hợp lệ' }),
  /** The day of the move (default: today). */
  on: isoDate('Ngày chuyển khâu').optional(),
  /** Why it is dropped (required to drop). */
  reason: z.string().trim().max(2000).optional(),
  note: z.string().trim().max(2000).optional(),
});

/** Evidence (minh chứng), a media article (tin, bài) or a nurturing action (bồi dưỡng). */
export const NewEntry = z.object({
  date: isoDate('Ngày'),
  content: text('Nội dung', 5, 3000),
  outlet: z.string().trim().max(200).nullable().optional(),
  link: webLink('Đường dẫn', 500).nullable().optional(),
  byWhom: z.string().trim().max(200).nullable().optional(),
});
export type NewEntry = z.infer<typeof NewEntry>;
const NewMedia = NewEntry.extend({ outlet: text('Tên cơ quan báo chí, truyền thông', 2, 200) });
const NewNurturing = NewEntry.extend({ byWhom: text('Người, đơn vị thực hiện', 2, 200) });

export const NewReplication = z.object({
  unitId: z.string().min(1, 'Chưa chọn đơn vị áp dụng'),
  adoptedOn: isoDate('Ngày áp dụng'),
  result: text('Kết quả áp dụng', 5, 2000),
});

export const ExampleRow = z.object({
  id: Id,
  subjectKind: z.enum(EXAMPLE_SUBJECT_KINDS),
  subjectName: z.string(),
  title: z.string(),
  model: z.string(),
  field: z.string(),
  stage: Stage,
  stageOn: IsoDate,
  year: z.number(),
  discoverySource: z.enum(DISCOVERY_SOURCES),
  discoveredOn: IsoDate,
  unitId: Id,
  unitName: z.string(),
  movementName: z.string().nullable(),
  replicationCount: z.number(),
});
export type ExampleRow = z.infer<typeof ExampleRow>;

export const ExampleEntry = z.object({
  id: Id,
  date: IsoDate,
  content: z.string(),
  outlet: z.string().nullable(),
  /** Only http(s) links leave the server. */
  link: z.string().nullable(),
  byWhom: z.string().nullable(),
});
export type ExampleEntry = z.infer<typeof ExampleEntry>;

export const ExampleDetail = ExampleRow.omit({ movementName: true }).extend({
  personId: Id.nullable(),
  subjectUnitId: Id.nullable(),
  householdId: Id.nullable(),
  movementId: Id.nullable(),
  movementName: z.string().nullable(),
  discoveryNote: z.string().nullable(),
  summaryText: z.string().nullable(),
  internalNote: z.string().nullable(),
  dropReason: z.string().nullable(),
  version: z.number(),
  /** What may be done next, from the stage. */
  actions: z.array(z.enum(EXAMPLE_ACTIONS)),
  stages: z.array(
    z.object({
      id: Id,
      from: Stage.nullable(),
      to: Stage,
      on: IsoDate,
      note: z.string().nullable(),
      by: z.string(),
    }),
  ),
  evidence: z.array(ExampleEntry),
  media: z.array(ExampleEntry),
  nurturing: z.array(ExampleEntry),
  replications: z.array(
    z.object({ id: Id, unitId: Id, unitName: z.string(), adoptedOn: IsoDate, result: z.string() }),
  ),
  proposals: z.array(
    z.object({
      id: Id,
      awardCode: z.string(),
      awardName: z.string(),
      year: z.number(),
      status: z.enum(PROPOSAL_STATUSES),
    }),
  ),
  /** Awards the subject received (from the awards register), and whether each is linked to the example. */
  awards: z.array(
    z.object({
      id: Id,
      awardCode: z.string(),
      awardName: z.string(),
      year: z.number(),
      decision: z.string(),
      decisionDate: IsoDate,
      revoked: z.boolean(),
      linked: z.boolean(),
    }),
  ),
});
export type ExampleDetail = z.infer<typeof ExampleDetail>;

/** What citizens see: never internal notes, evidence or nurturing records. */
export const PublicExample = z.object({
  id: Id,
  subjectName: z.string(),
  title: z.string(),
  model: z.string(),
  field: z.string(),
  stage: Stage,
  /** The summing-up story. */
  story: z.string(),
  year: z.number(),
  unitName: z.string(),
  commune: z.string(),
  replicatedIn: z.array(z.object({ unitName: z.string(), adoptedOn: IsoDate })),
  media: z.array(
    z.object({
      date: IsoDate,
      title: z.string(),
      outlet: z.string().nullable(),
      link: z.string().nullable(),
    }),
  ),
});
export type PublicExample = z.infer<typeof PublicExample>;

const entryEndpoint = <B extends z.ZodType>(path: string, summary: string, body: B) =>
  endpoint({
    method: 'POST',
    path: `/examples/:id/${path}`,
    summary,
    access: 'example.manage',
    params: IdParams,
    body,
    status: 201,
    response: ExampleDetail,
    errors: ['NOT_FOUND', 'STAGE_CLOSED', 'FUTURE_DATE'],
  });

export const examplesApi = {
  listExamples: endpoint({
    method: 'GET',
    path: '/examples',
    summary: 'Điển hình tiên tiến (lọc theo khâu, lĩnh vực, năm; tìm không dấu; trưởng đơn vị: đơn vị mình)',
    access: 'example.read',
    query: ExampleFilters,
    response: z.array(ExampleRow),
  }),
  getExample: endpoint({
    method: 'GET',
    path: '/examples/:id',
    summary: 'Một điển hình: các khâu, bồi dưỡng, minh chứng, truyền thông, nhân rộng, khen thưởng',
    access: 'example.read',
    params: IdParams,
    response: ExampleDetail,
    errors: ['NOT_FOUND'],
  }),
  createExample: endpoint({
    method: 'POST',
    path: '/examples',
    summary: 'Ghi nhận một điển hình được phát hiện (trưởng đơn vị: giới thiệu của đơn vị mình)',
    access: 'example.create',
    body: NewExample,
    status: 201,
    response: z.object({ id: Id }),
    errors: [
      'FORBIDDEN',
      'FUTURE_DATE',
      'SUBJECT_REQUIRED',
      'UNKNOWN_PERSON',
      'UNKNOWN_UNIT',
      'UNKNOWN_HOUSEHOLD',
      'UNKNOWN_MOVEMENT',
    ],
  }),
  updateExample: endpoint({
    method: 'PUT',
    path: '/examples/:id',
    summary: 'Sửa nội dung và bài tổng kết của điển hình',
    access: 'example.manage',
    params: IdParams,
    body: ExampleUpdate,
    response: ExampleDetail,
    errors: ['NOT_FOUND', 'STALE', 'EXAMPLE_DROPPED', 'SUMMARY_REQUIRED', 'UNKNOWN_MOVEMENT'],
  }),
  moveExample: endpoint({
    method: 'POST',
    path: '/examples/:id/transitions',
    summary: 'Chuyển điển hình sang khâu sau (bồi dưỡng, tổng kết, nhân rộng) hoặc dừng theo dõi',
    access: 'example.manage',
    params: IdParams,
    body: ExampleTransition,
    response: ExampleDetail,
    errors: [
      'NOT_FOUND',
      'ILLEGAL_TRANSITION',
      'DATE_BEFORE_PREVIOUS',
      'FUTURE_DATE',
      'NURTURING_REQUIRED',
      'SUMMARY_REQUIRED',
      'REPLICATION_REQUIRED',
      'REASON_REQUIRED',
      'STALE',
    ],
  }),
  addEvidence: entryEndpoint('evidence', 'Thêm minh chứng', NewEntry),
  addMedia: entryEndpoint('media', 'Thêm tin, bài báo chí, truyền thông', NewMedia),
  addNurturing: entryEndpoint('nurturing', 'Ghi nhận hoạt động bồi dưỡng', NewNurturing),
  addReplication: endpoint({
    method: 'POST',
    path: '/examples/:id/replications',
    summary: 'Ghi nhận một đơn vị khác áp dụng mô hình (nhân rộng)',
    access: 'example.manage',
    params: IdParams,
    body: NewReplication,
    status: 201,
    response: ExampleDetail,
    errors: [
      'NOT_FOUND',
      'STAGE_CLOSED',
      'FUTURE_DATE',
      'DATE_BEFORE_SUMMING_UP',
      'UNKNOWN_UNIT',
      'SAME_UNIT',
      'ALREADY_REPLICATED',
    ],
  }),
  linkAward: endpoint({
    method: 'POST',
    path: '/examples/:id/awards',
    summary: 'Gắn một khen thưởng đối tượng đã nhận với điển hình',
    access: 'example.manage',
    params: IdParams,
    body: z.object({ awardId: z.string().min(1, 'Chưa chọn khen thưởng') }),
    status: 201,
    response: ExampleDetail,
    errors: ['NOT_FOUND', 'UNKNOWN_AWARD', 'OTHER_SUBJECT', 'ALREADY_LINKED'],
  }),
  proposeExample: endpoint({
    method: 'POST',
    path: '/examples/:id/propose',
    summary: 'Lập đề nghị khen thưởng (dự thảo) cho đối tượng của điển hình',
    access: 'example.manage',
    params: IdParams,
    body: z.object({
      awardCode: z.string().min(1, 'Chưa chọn hình thức khen thưởng'),
      /** The year of the achievement (default: this year). */
      year: Year.optional(),
      achievement: z.string().trim().max(2000).optional(),
    }),
    status: 201,
    response: z.object({ proposalId: Id }),
    errors: [
      'NOT_FOUND',
      'NOT_SUMMED_UP',
      'UNKNOWN_AWARD',
      'AWARD_SUBJECT_MISMATCH',
      'ALREADY_PROPOSED',
      'AWARD_ALREADY_GRANTED',
    ],
  }),
  listPublicExamples: endpoint({
    method: 'GET',
    path: '/public/examples',
    summary: 'Điển hình đã tổng kết, đang nhân rộng — cho người dân (không cần đăng nhập)',
    access: 'public',
    response: z.array(PublicExample),
  }),
};
