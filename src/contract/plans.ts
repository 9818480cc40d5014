/**
 * The annual emulation and commendation plan (kế hoạch thi đua, khen thưởng) as data: drafts saved with
 * optimistic locking (`version`, 409 STALE), issued by the officer or the chairman, reopened with a reason.
 * The plan's document (DOCX) is served by the documents feature (`documentUrl`).
 */

import type { PlanContent } from '../core/plan/plan-content';
import { PLAN_STATUSES } from '../core/plan/plan-status';
import { Id, IdParams, Timestamp } from './common';
import { endpoint } from './endpoint';
import { z } from './zod';

const text = (max: number) => z.string().max(max, `Đoạn văn quá dài (tối đa ${max} ký tự)`);
const BLOCK_KINDS = ['paragraph', 'bullet'] as const;

const Block = z.object({
  kind: z.enum(BLOCK_KINDS, { message: 'Loại đoạn phải là đoạn văn hoặc gạch đầu dòng' }),
  text: text(10000),
});

/**
 * Sections nest three levels at most ("2", "2.1", "2.1.1"), written out level by level so that the schema
 * is not recursive (the OpenAPI document has no shared schemas to point a recursive one to).
 */
const sectionIn = <C extends z.ZodType>(children: C, message?: string) =>
  z.object({
    number: text(20),
    heading: text(2000),
    bold: z.boolean().optional(),
    blocks: z.array(Block).max(200),
    children: z
      .array(children)
      .max(message ? 0 : 100, message)
      .default([]),
  });
const Section = sectionIn(sectionIn(sectionIn(z.any(), 'Mục lồng quá 3 cấp')));
const Sections = z.array(Section).max(50);

const isoDateOrEmpty = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Ngày phải có dạng YYYY-MM-DD');

/** The plan's content as the editor sends it (checked for completeness only when issuing). */
export const PlanContentBody = z.object({
  year: z.number().int().min(2000).max(2100),
  issuer: z.object({ parent: text(200), name: text(200) }),
  number: text(20),
  symbol: text(40),
  place: text(100),
  date: isoDateOrEmpty,
  title: text(200),
  summary: text(500),
  review: z.array(text(20000)).max(50),
  introduction: text(20000),
  theme: text(500),
  purposes: z.array(text(10000)).max(50),
  requirements: z.array(text(10000)).max(50),
  sections: Sections,
  movements: z.array(z.object({ name: text(1000), basis: text(1000).optional() })).max(100),
  organisation: z.array(text(10000)).max(50),
  closing: text(5000),
  recipients: z.array(text(300)).max(50),
  signer: z.object({ title: text(200), name: text(200) }),
});

/** The plan's content as stored and answered (no length limits: what was saved is shown). */
const sectionOut = <C extends z.ZodType>(children: C) =>
  z.object({
    number: z.string(),
    heading: z.string(),
    bold: z.boolean().optional(),
    blocks: z.array(z.object({ kind: z.enum(BLOCK_KINDS), text: z.string() })),
    children: z.array(children),
  });
const SectionOut = sectionOut(sectionOut(sectionOut(z.any())));
export const PlanContentView: z.ZodType<PlanContent> = z.object({
  year: z.number(),
  issuer: z.object({ parent: z.string(), name: z.string() }),
  number: z.string(),
  symbol: z.string(),
  place: z.string(),
  date: z.string(),
  title: z.string(),
  summary: z.string(),
  review: z.array(z.string()),
  introduction: z.string(),
  theme: z.string(),
  purposes: z.array(z.string()),
  requirements: z.array(z.string()),
  sections: z.array(SectionOut),
  movements: z.array(z.object({ name: z.string(), basis: z.string().optional() })),
  organisation: z.array(z.string()),
  closing: z.string(),
  recipients: z.array(z.string()),
  signer: z.object({ title: z.string(), name: z.string() }),
});

export const PlanSummary = z.object({
  id: Id,
  year: z.number(),
  theme: z.string(),
  status: z.enum(PLAN_STATUSES),
  statusLabel: z.string(),
  version: z.number(),
  updatedAt: Timestamp,
  issuedAt: Timestamp.nullable(),
  number: z.string(),
  symbol: z.string(),
  /** Date of issue written in the plan (`YYYY-MM-DD`, empty while not set). */
  date: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const PlanView = PlanSummary.extend({
  content: PlanContentView,
  /** What is still missing before it can be issued (Vietnamese), computed by the core. */
  missing: z.array(z.string()),
  /** The plan as a Word document (`GET /api/plans/:id/document.docx`). */
  documentUrl: z.string(),
});
export type PlanView = z.infer<typeof PlanView>;

const Version = z.number({ message: 'Thiếu phiên bản của kế hoạch' }).int().min(1);

export const NewPlan = z.object({
  year: z.number().int('Năm phải là số nguyên').min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ'),
  /** The plan to start from (default: the latest earlier one; none: an empty plan). */
  copyFromId: z.string().optional(),
});

export const plansApi = {
  listPlans: endpoint({
    method: 'GET',
    path: '/plans',
    summary: 'Các kế hoạch thi đua, khen thưởng hằng năm (năm mới nhất trước)',
    access: 'plan.read',
    response: z.array(PlanSummary),
  }),
  createPlan: endpoint({
    method: 'POST',
    path: '/plans',
    summary: 'Lập kế hoạch của một năm, sao chép từ kế hoạch trước (hoặc để trống)',
    access: 'plan.create',
    body: NewPlan,
    status: 201,
    response: PlanView,
    errors: ['PLAN_EXISTS', 'NOT_FOUND'],
  }),
  getPlan: endpoint({
    method: 'GET',
    path: '/plans/:id',
    summary: 'Một kế hoạch với nội dung và những phần còn thiếu để ban hành',
    access: 'plan.read',
    params: IdParams,
    response: PlanView,
    errors: ['NOT_FOUND'],
  }),
  savePlan: endpoint({
    method: 'PUT',
    path: '/plans/:id',
    summary: 'Lưu nội dung kế hoạch dự thảo (theo phiên bản đã đọc)',
    access: 'plan.update',
    params: IdParams,
    body: z.object({ version: Version, content: PlanContentBody }),
    response: PlanView,
    errors: ['NOT_FOUND', 'PLAN_ISSUED', 'STALE'],
  }),
  issuePlan: endpoint({
    method: 'POST',
    path: '/plans/:id/issue',
    summary: 'Ban hành kế hoạch (khi không còn thiếu gì)',
    access: 'plan.issue',
    params: IdParams,
    body: z.object({ version: Version }),
    response: PlanView,
    errors: ['NOT_FOUND', 'ILLEGAL_TRANSITION', 'STALE', 'PLAN_INCOMPLETE'],
  }),
  reopenPlan: endpoint({
    method: 'POST',
    path: '/plans/:id/reopen',
    summary: 'Mở lại kế hoạch đã ban hành để sửa, nêu lý do',
    access: 'plan.issue',
    params: IdParams,
    body: z.object({
      reason: z.string().trim().min(5, 'Cần nêu lý do mở lại kế hoạch (ít nhất 5 ký tự)').max(1000),
    }),
    response: PlanView,
    errors: ['NOT_FOUND', 'ILLEGAL_TRANSITION'],
  }),
};
