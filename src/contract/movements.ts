/**
 * Movements (phong trào thi đua): the commune's catalogue (national movements it implements and its own),
 * participants and criteria, and the lifecycle of Điều 17 Luật TĐKT 2022 with audited transitions.
 */

import { MOVEMENT_ACTIONS, MOVEMENT_SCOPES, MOVEMENT_STATES, MOVEMENT_TYPES } from '../core/movements';
import { REVIEW_KINDS, REVIEW_STATUSES } from '../core/scoring';
import { Id, IdParams } from './common';
import { endpoint } from './endpoint';
import { isoDate } from './iso-date';
import { z } from './zod';

/** A scoring criterion (tiêu chí chấm điểm) of a movement or of an annual review. */
export const Criterion = z.object({
  id: Id,
  name: z.string(),
  weight: z.number(),
  minScore: z.number(),
  maxScore: z.number(),
  /** Group heading in the score sheet (nhóm tiêu chí). */
  group: z.string().optional(),
  description: z.string().optional(),
});
export type Criterion = z.infer<typeof Criterion>;

/** A criterion as the officer types it (checked again by the core's `validateCriteria`). */
export const CriterionInput = z.object({
  name: z.string().trim().min(2, 'Tên tiêu chí quá ngắn').max(500),
  group: z.string().trim().max(200).nullable().optional(),
  description: z.string().trim().max(2000).nullable().optional(),
  weight: z.number({ message: 'Trọng số phải là một số' }).positive('Trọng số phải lớn hơn 0').max(1000),
  minScore: z
    .number({ message: 'Điểm tối thiểu phải là một số' })
    .min(0, 'Điểm tối thiểu không được âm')
    .max(1000),
  maxScore: z
    .number({ message: 'Điểm tối đa phải là một số' })
    .positive('Điểm tối đa phải lớn hơn 0')
    .max(1000),
});
export type CriterionInput = z.infer<typeof CriterionInput>;

export const MovementInput = z
  .object({
    name: z.string().trim().min(5, 'Tên phong trào quá ngắn').max(300),
    type: z.enum(MOVEMENT_TYPES, { message: 'Hình thức thi đua không hợp lệ' }),
    scope: z.enum(MOVEMENT_SCOPES).default('XA'),
    fields: z.array(z.string().trim().min(1)).max(20).default([]),
    basis: z.string().trim().max(500).nullable().optional(),
    description: z.string().trim().max(5000).nullable().optional(),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
    year: z.number().int().min(2000).max(2100).nullable().optional(),
    launchedBy: z.string().trim().max(200).nullable().optional(),
    catalogueCode: z.string().trim().max(50).nullable().optional(),
    registrationDeadline: isoDate.nullable().optional(),
    calendarDayId: z.string().max(100).nullable().optional(),
    /** Only while the movement is a draft: once launched, participants and criteria stay as launched. */
    participantUnitIds: z.array(z.string()).max(500).optional(),
    criteria: z.array(CriterionInput).max(100).optional(),
  })
  .refine((m) => !m.startDate || !m.endDate || m.startDate <= m.endDate, {
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
    path: ['endDate'],
  })
  .refine((m) => !m.registrationDeadline || !m.endDate || m.registrationDeadline <= m.endDate, {
    message: 'Hạn đăng ký phải trước ngày kết thúc phong trào',
    path: ['registrationDeadline'],
  });
export type MovementInput = z.infer<typeof MovementInput>;

export const Movement = z.object({
  id: Id,
  name: z.string(),
  type: z.enum(MOVEMENT_TYPES),
  scope: z.enum(MOVEMENT_SCOPES),
  fields: z.array(z.string()),
  basis: z.string().nullable(),
  description: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  year: z.number().nullable(),
  launchedBy: z.string().nullable(),
  status: z.enum(MOVEMENT_STATES),
  catalogueCode: z.string().nullable(),
  registrationDeadline: z.string().nullable(),
  calendarDayId: z.string().nullable(),
  /** Sơ kết rounds held so far. */
  midReviewRounds: z.number(),
});
export type Movement = z.infer<typeof Movement>;

export const MovementListItem = Movement.extend({
  participantCount: z.number(),
  /** For a unit head: whether their unit takes part (null for the other roles). */
  myUnitTakesPart: z.boolean().nullable(),
});
export type MovementListItem = z.infer<typeof MovementListItem>;

export const Participant = z.object({ id: Id, name: z.string(), kind: z.string() });

/** A movement with its plan, the actions the caller may take now and its reviews (sơ kết, tổng kết). */
export const MovementView = Movement.extend({
  participants: z.array(Participant),
  criteria: z.array(Criterion),
  actions: z.array(z.enum(MOVEMENT_ACTIONS)),
  reviews: z.array(
    z.object({
      id: Id,
      kind: z.enum(REVIEW_KINDS),
      round: z.number(),
      title: z.string(),
      status: z.enum(REVIEW_STATUSES),
      lockedOn: z.string().nullable(),
    }),
  ),
});
export type MovementView = z.infer<typeof MovementView>;

export const CatalogueMovement = z.object({
  code: z.string(),
  name: z.string(),
  type: z.enum(MOVEMENT_TYPES),
  launchedBy: z.string(),
  basis: z.string(),
  period: z.string().optional(),
  fields: z.array(z.string()),
  planSection: z.string(),
  /** The commune already has it (same catalogue code or name). */
  inCommune: z.boolean(),
});
export type CatalogueMovement = z.infer<typeof CatalogueMovement>;

export const MovementActionInput = z.object({
  action: z.enum(MOVEMENT_ACTIONS, { message: 'Thao tác không hợp lệ' }),
});

const TRANSITION_ERRORS = [
  'NOT_FOUND',
  'ILLEGAL_TRANSITION',
  'MOVEMENT_INCOMPLETE',
  'INVALID_PERIOD',
  'NOT_STARTED_YET',
  'FINAL_REVIEW_OPEN',
  'NOTHING_SCORED',
  'FORBIDDEN',
] as const;

export const movementsApi = {
  listMovements: endpoint({
    method: 'GET',
    path: '/movements',
    summary: 'Các phong trào thi đua của xã (tìm không dấu, lọc theo trạng thái)',
    access: 'movement.read',
    query: z.object({ q: z.string().optional(), status: z.enum(MOVEMENT_STATES).optional() }),
    response: z.array(MovementListItem),
  }),
  catalogue: endpoint({
    method: 'GET',
    path: '/movements/catalogue',
    summary: 'Danh mục phong trào thi đua toàn quốc, đánh dấu phong trào xã đã triển khai',
    access: 'movement.read',
    response: z.array(CatalogueMovement),
  }),
  getMovement: endpoint({
    method: 'GET',
    path: '/movements/:id',
    summary:
      'Một phong trào: kế hoạch, đơn vị tham gia, tiêu chí, thao tác được phép, các đợt sơ kết, tổng kết',
    access: 'movement.read',
    params: IdParams,
    response: MovementView,
    errors: ['NOT_FOUND'],
  }),
  createMovement: endpoint({
    method: 'POST',
    path: '/movements',
    summary: 'Tạo phong trào thi đua (bản nháp)',
    access: 'movement.manage',
    body: MovementInput,
    status: 201,
    response: z.object({ id: Id }),
    errors: ['INVALID_CRITERIA', 'UNKNOWN_UNIT', 'FORBIDDEN'],
  }),
  updateMovement: endpoint({
    method: 'PUT',
    path: '/movements/:id',
    summary: 'Sửa phong trào (đơn vị tham gia và tiêu chí chỉ sửa khi chưa phát động)',
    access: 'movement.manage',
    params: IdParams,
    body: MovementInput,
    response: MovementView,
    errors: [
      'NOT_FOUND',
      'INVALID_CRITERIA',
      'UNKNOWN_UNIT',
      'MOVEMENT_CLOSED',
      'MOVEMENT_LAUNCHED',
      'FORBIDDEN',
    ],
  }),
  transition: endpoint({
    method: 'POST',
    path: '/movements/:id/transitions',
    summary: 'Chuyển giai đoạn phong trào (phát động, triển khai, sơ kết, tổng kết, kết thúc)',
    access: 'movement.manage',
    params: IdParams,
    body: MovementActionInput,
    response: MovementView,
    errors: [...TRANSITION_ERRORS],
  }),
  launch: endpoint({
    method: 'POST',
    path: '/movements/:id/launch',
    summary: 'Phát động phong trào (như thao tác "launch"; giữ cho các ứng dụng cũ)',
    access: 'movement.manage',
    params: IdParams,
    response: MovementView,
    errors: [...TRANSITION_ERRORS],
  }),
};
