/**
 * Registration (đăng ký thi đua) for a movement: units and people pledge titles and targets before the
 * deadline; who is missing; reminders.
 */

import { MOVEMENT_STATES, SUBJECT_KINDS } from '../core/movements';
import { Id, IdParams } from './common';
import { endpoint } from './endpoint';
import { z } from './zod';

export const Pledge = z.object({
  titles: z.array(z.string().trim().min(1)).max(10, 'Đăng ký tối đa 10 danh hiệu'),
  targetIds: z.array(z.string()).max(100).optional(),
  pledge: z.string().trim().max(3000, 'Nội dung cam kết quá dài').nullable().optional(),
});
export type Pledge = z.infer<typeof Pledge>;

export const NewRegistration = Pledge.extend({
  subjectKind: z.enum(SUBJECT_KINDS, { message: 'Đối tượng đăng ký phải là đơn vị hoặc cá nhân' }),
  subjectId: z.string().min(1, 'Chưa chọn đơn vị hoặc cá nhân đăng ký'),
});
export type NewRegistration = z.infer<typeof NewRegistration>;

export const Registration = z.object({
  id: Id,
  movementId: Id.nullable(),
  year: z.number(),
  subjectKind: z.enum(SUBJECT_KINDS),
  subjectId: Id,
  subjectName: z.string(),
  /** The subject's own unit (a person's unit, or the unit itself). */
  unitId: Id,
  /** The participating unit it registered under: `unitId` or its parent. */
  ownerUnitId: Id,
  /** Title codes of the law catalogue (LDTT, CSTDCS, TTLDTT …). */
  titles: z.array(z.string()),
  /** Pledges that exclude or repeat each other (`core/movements/registration-warnings.ts`): warned, not refused. */
  warnings: z.array(z.object({ code: z.string(), message: z.string(), article: z.string() })),
  targetIds: z.array(Id),
  pledge: z.string().nullable(),
  registeredOn: z.string(),
  updatedAt: z.string(),
});
export type Registration = z.infer<typeof Registration>;

export const RegistrationList = z.object({
  deadline: z.string(),
  status: z.enum(MOVEMENT_STATES),
  registrations: z.array(Registration),
  /** Participating units with no registration (a unit head: their own unit only). */
  missing: z.array(z.object({ kind: z.enum(SUBJECT_KINDS), id: Id, name: z.string() })),
  coverage: z.object({
    participants: z.number(),
    registered: z.number(),
    missing: z.number(),
    share: z.number(),
  }),
});
export type RegistrationList = z.infer<typeof RegistrationList>;

const REGISTRATION_ERRORS = [
  'NOT_FOUND',
  'UNKNOWN_TITLE',
  'TITLE_NOT_FOR_SUBJECT',
  'REGISTRATION_CLOSED',
  'REGISTRATION_LATE',
  'ALREADY_REGISTERED',
  'NOTHING_PLEDGED',
  'UNKNOWN_TARGET',
  'UNKNOWN_UNIT',
  'UNKNOWN_PERSON',
  'NOT_A_PARTICIPANT',
  'FORBIDDEN',
] as const;

export const registrationsApi = {
  listRegistrations: endpoint({
    method: 'GET',
    path: '/movements/:id/registrations',
    summary: 'Đăng ký thi đua của một phong trào, đơn vị chưa đăng ký (trưởng đơn vị chỉ thấy đơn vị mình)',
    access: 'registration.read',
    params: IdParams,
    response: RegistrationList,
    errors: ['NOT_FOUND'],
  }),
  register: endpoint({
    method: 'POST',
    path: '/movements/:id/registrations',
    summary: 'Đăng ký thi đua cho đơn vị hoặc cá nhân (trước hạn đăng ký)',
    access: 'registration.write',
    params: IdParams,
    body: NewRegistration,
    status: 201,
    response: Registration,
    errors: [...REGISTRATION_ERRORS],
  }),
  updateRegistration: endpoint({
    method: 'PUT',
    path: '/registrations/:id',
    summary: 'Sửa bản đăng ký thi đua (trước hạn đăng ký)',
    access: 'registration.write',
    params: IdParams,
    body: Pledge,
    response: Registration,
    errors: [...REGISTRATION_ERRORS],
  }),
  remind: endpoint({
    method: 'POST',
    path: '/movements/:id/reminders',
    summary: 'Nhắc các đơn vị chưa đăng ký thi đua (một việc cần làm cho mỗi đơn vị)',
    access: 'registration.remind',
    params: IdParams,
    body: z.object({ unitIds: z.array(z.string()).max(500).optional() }),
    response: z.object({ reminded: z.array(Id) }),
    errors: ['NOT_FOUND', 'REGISTRATION_CLOSED', 'NOTHING_TO_REMIND'],
  }),
};
