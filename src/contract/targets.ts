/** Targets (chỉ tiêu) of a year with their progress; statuses and the summary are computed by the core. */

import { TARGET_DIRECTIONS, TARGET_STATES } from '../core/targets';
import { Id, IdParams } from './common';
import { endpoint } from './endpoint';
import { isoDate } from './iso-date';
import { webLinkOrEmpty } from './web-link';
import { z } from './zod';

export const Year = z.coerce
  .number()
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm không hợp lệ')
  .max(2100, 'Năm không hợp lệ');

/** A target as the officer types it (checked again by the core's `validateTarget`). */
export const TargetInput = z.object({
  year: Year,
  code: z.string().trim().min(1, 'Thiếu số hiệu chỉ tiêu').max(20, 'Số hiệu chỉ tiêu quá dài'),
  name: z.string().trim().min(3, 'Tên chỉ tiêu quá ngắn').max(500, 'Tên chỉ tiêu quá dài'),
  field: z.string().trim().min(1, 'Chưa chọn lĩnh vực').max(60),
  unit: z.string().trim().min(1, 'Thiếu đơn vị tính').max(40, 'Đơn vị tính quá dài'),
  direction: z.enum(TARGET_DIRECTIONS, {
    message: 'Chiều đánh giá phải là "đạt trở lên" hoặc "không vượt quá"',
  }),
  planned: z.number({ message: 'Giá trị kế hoạch phải là một số' }).finite('Giá trị kế hoạch phải là một số'),
  baseline: z.number({ message: 'Giá trị đầu kỳ phải là một số' }).finite().nullable().optional(),
  responsibleUnitId: z.string().min(1, 'Chưa giao đơn vị chủ trì'),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type TargetInput = z.infer<typeof TargetInput>;

export const ProgressInput = z.object({
  date: isoDate,
  value: z.number({ message: 'Số liệu báo cáo phải là một số' }).finite('Số liệu báo cáo phải là một số'),
  evidence: z.string().trim().min(3, 'Cần ghi căn cứ số liệu (báo cáo, biên bản …)').max(2000),
  evidenceLink: webLinkOrEmpty('Đường dẫn minh chứng').optional(),
  evidenceFile: z.string().trim().max(255, 'Tên tệp minh chứng quá dài').optional(),
  note: z.string().trim().max(2000).optional(),
});
export type ProgressInput = z.infer<typeof ProgressInput>;

const ProgressEntry = z.object({
  date: z.string(),
  value: z.number(),
  evidence: z.string().optional(),
  note: z.string().optional(),
});

/** A progress report as stored, with its evidence and author. */
export const ProgressEntryView = ProgressEntry.extend({
  id: Id,
  evidenceLink: z.string().optional(),
  evidenceFile: z.string().optional(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type ProgressEntryView = z.infer<typeof ProgressEntryView>;

/** Where a target stands on a date (core `targetStatus`). */
export const TargetStatus = z.object({
  state: z.enum(TARGET_STATES),
  latest: z.number().nullable(),
  latestEntry: ProgressEntry.nullable(),
  ratio: z.number().nullable(),
  completed: z.boolean(),
  atRisk: z.boolean(),
  expected: z.number().nullable(),
  label: z.string(),
});

/** The summary of a list of targets (core `targetsSummary`), e.g. "17/17 chỉ tiêu hoàn thành". */
export const TargetsSummary = z.object({
  completed: z.number(),
  total: z.number(),
  atRisk: z.number(),
  notCompleted: z.number(),
  text: z.string(),
  byField: z.record(z.string(), z.object({ completed: z.number(), total: z.number() })),
  atRiskIds: z.array(Id),
});
export type TargetsSummary = z.infer<typeof TargetsSummary>;

export const TargetView = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  field: z.string(),
  fieldLabel: z.string(),
  unit: z.string(),
  direction: z.enum(TARGET_DIRECTIONS),
  planned: z.number(),
  baseline: z.number().optional(),
  responsibleUnitId: Id,
  responsibleUnitName: z.string(),
  year: z.number(),
  position: z.number(),
  note: z.string().optional(),
  progress: z.array(ProgressEntryView),
  status: TargetStatus,
  /** Whether the signed-in user may report progress on it. */
  canReport: z.boolean(),
});
export type TargetView = z.infer<typeof TargetView>;

export const TargetsView = z.object({
  year: z.number(),
  asOf: z.string(),
  summary: TargetsSummary.extend({
    byFieldList: z.array(
      z.object({ field: z.string(), label: z.string(), completed: z.number(), total: z.number() }),
    ),
  }),
  targets: z.array(TargetView),
  fields: z.array(z.object({ code: z.string(), label: z.string() })),
  canManage: z.boolean(),
});
export type TargetsView = z.infer<typeof TargetsView>;

export const targetsApi = {
  targetsOfYear: endpoint({
    method: 'GET',
    path: '/targets',
    summary: 'Chỉ tiêu của một năm với tiến độ, tình trạng và tổng hợp (tính đến một ngày)',
    access: 'target.read',
    query: z.object({ year: Year.optional(), asOf: isoDate.optional() }),
    response: TargetsView,
  }),
  createTarget: endpoint({
    method: 'POST',
    path: '/targets',
    summary: 'Thêm chỉ tiêu của năm',
    access: 'target.manage',
    body: TargetInput,
    status: 201,
    response: z.object({ id: Id }),
    errors: ['INVALID_TARGET', 'UNKNOWN_UNIT', 'DUPLICATE_CODE', 'FORBIDDEN'],
  }),
  updateTarget: endpoint({
    method: 'PUT',
    path: '/targets/:id',
    summary: 'Sửa chỉ tiêu (không đổi năm); trả lại các chỉ tiêu của năm',
    access: 'target.manage',
    params: IdParams,
    body: TargetInput,
    response: TargetsView,
    errors: ['NOT_FOUND', 'INVALID_TARGET', 'UNKNOWN_UNIT', 'DUPLICATE_CODE', 'YEAR_FIXED', 'FORBIDDEN'],
  }),
  addProgress: endpoint({
    method: 'POST',
    path: '/targets/:id/progress',
    summary: 'Báo cáo tiến độ chỉ tiêu có minh chứng (trưởng đơn vị: chỉ tiêu đơn vị mình chủ trì)',
    access: 'signed-in',
    params: IdParams,
    body: ProgressInput,
    status: 201,
    response: z.object({ id: Id }),
    errors: ['NOT_FOUND', 'INVALID_PROGRESS', 'FORBIDDEN'],
  }),
  retractProgress: endpoint({
    method: 'DELETE',
    path: '/targets/:id/progress/:entryId',
    summary: 'Xóa số liệu tiến độ nhập nhầm, có lý do (vẫn lưu trong nhật ký); trả lại các chỉ tiêu của năm',
    access: 'signed-in',
    params: z.object({ id: z.string(), entryId: z.string() }),
    query: z.object({
      reason: z.string().trim().min(5, 'Cần nêu lý do xóa số liệu (ít nhất 5 ký tự)').max(1000),
    }),
    response: TargetsView,
    errors: ['NOT_FOUND', 'ALREADY_DELETED', 'FORBIDDEN'],
  }),
};
