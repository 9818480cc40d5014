/** Units (đơn vị), people (cá nhân) and households (hộ gia đình) of the commune. */

import { LEADER_TIERS } from '../core/history/history-terms';
import { ETHNICITIES } from '../core/people/ethnicities';
import { GENDERS, PERSON_CATEGORIES } from '../core/people/person-categories';
import { Id, IdParams, IsoDate } from './common';
import { endpoint } from './endpoint';
import { isoDate } from './iso-date';
import { z } from './zod';

export const Unit = z.object({
  id: Id,
  parentId: Id.nullable(),
  level: z.string(),
  kind: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  memberCount: z.number().nullable(),
  active: z.boolean(),
  address: z.string().nullable(),
  /** A small collective (tập thể nhỏ), for the statistics of awards to the grassroots. */
  smallCollective: z.boolean(),
  /** Its members work directly (sản xuất, giảng dạy, khám chữa bệnh…). */
  directWork: z.boolean(),
  activeFrom: z.string().nullable(),
  /** The day it closed (merged, split or deactivated); null while active. */
  activeTo: z.string().nullable(),
});
export type Unit = z.infer<typeof Unit>;

/** A reorganisation a unit took part in: the other unit, the kind, the date and the basis. */
export const UnitLineageLink = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  effectiveDate: z.string(),
  basis: z.string().nullable(),
  changeKind: z.enum(['MERGE', 'SPLIT']),
});
export type UnitLineageLink = z.infer<typeof UnitLineageLink>;

export const UnitDetail = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  level: z.string(),
  parentId: Id.nullable(),
  memberCount: z.number().nullable(),
  /** The units it was formed from (mergers, splits), so award history follows reorganisations. */
  predecessors: z.array(UnitLineageLink),
  /** The units it became (merged into, split into). */
  successors: z.array(UnitLineageLink),
  shortName: z.string().nullable(),
  address: z.string().nullable(),
  smallCollective: z.boolean(),
  directWork: z.boolean(),
  activeFrom: z.string().nullable(),
  activeTo: z.string().nullable(),
  /** Active people of the unit. */
  peopleCount: z.number(),
});
export type UnitDetail = z.infer<typeof UnitDetail>;

export const UnitAward = z.object({
  id: Id,
  awardCode: z.string(),
  year: z.number(),
  subjectName: z.string(),
  revoked: z.boolean(),
  /** Number/symbol of the decision. */
  decision: z.string(),
  decisionDate: z.string(),
  /** The earlier unit the award was given to, when it came through a merger. */
  viaPredecessor: z.string().nullable(),
});
export type UnitAward = z.infer<typeof UnitAward>;

export const Person = z.object({
  id: Id,
  fullName: z.string(),
  gender: z.enum(GENDERS),
  /** The year of birth (the date's year when the date is known). */
  birthYear: z.number().nullable(),
  /** The exact date of birth, when known. */
  birthDate: IsoDate.nullable(),
  /** Số định danh cá nhân (CCCD), 12 digits. */
  citizenId: z.string().nullable(),
  ethnicity: z.string().nullable(),
  position: z.string().nullable(),
  category: z.enum(PERSON_CATEGORIES),
  unitId: Id,
  unitName: z.string(),
  /** Kept in step with `leaderTier` (true unless KHONG). */
  isLeader: z.boolean(),
  leaderTier: z.enum(LEADER_TIERS),
  /** A direct worker (người trực tiếp lao động, sản xuất, công tác). */
  directWorker: z.boolean(),
  householdId: Id.nullable(),
  /** False when the person has left the commune (kept for history). */
  active: z.boolean(),
  /** Optimistic lock: send it back with an edit. */
  version: z.number(),
});
export type Person = z.infer<typeof Person>;

export const NewPerson = z.object({
  fullName: z.string().trim().min(2, 'Họ và tên quá ngắn').max(100, 'Họ và tên quá dài'),
  gender: z.enum(GENDERS, { message: 'Giới tính phải là NAM hoặc NU' }),
  birthYear: z
    .number()
    .int()
    .min(1900, 'Năm sinh không hợp lệ')
    .max(2100, 'Năm sinh không hợp lệ')
    .nullable()
    .optional(),
  /** The exact day, when known (its year becomes the year of birth); not after today. */
  birthDate: isoDate.nullable().optional(),
  /** 12 digits; spaces and dots between groups are dropped. One person per citizen ID in a commune. */
  citizenId: z.string().trim().max(30, 'Số định danh cá nhân quá dài').nullable().optional(),
  ethnicity: z
    .enum(ETHNICITIES, { message: 'Dân tộc không có trong danh mục 54 dân tộc Việt Nam' })
    .nullable()
    .optional(),
  position: z.string().trim().max(200).nullable().optional(),
  category: z.enum(PERSON_CATEGORIES, { message: 'Đối tượng không hợp lệ' }),
  unitId: z.string().min(1, 'Chưa chọn đơn vị'),
  /** The old flag: a leader without a tier is CAP_TRUONG. */
  isLeader: z.boolean().optional(),
  leaderTier: z.enum(LEADER_TIERS, { message: 'Cấp lãnh đạo không hợp lệ' }).optional(),
  directWorker: z.boolean().optional(),
  householdId: z.string().nullable().optional(),
});
export type NewPerson = z.infer<typeof NewPerson>;

export const Household = z.object({
  id: Id,
  headName: z.string(),
  /** The thôn (tổ dân phố) it lives in. */
  unitId: Id,
  unitName: z.string(),
  address: z.string().nullable(),
  memberCount: z.number(),
  version: z.number(),
});
export type Household = z.infer<typeof Household>;

export const organisationsApi = {
  listUnits: endpoint({
    method: 'GET',
    path: '/units',
    summary: 'Các đơn vị của xã (danh sách phẳng, kèm đơn vị cha)',
    access: 'unit.read',
    response: z.array(Unit),
  }),
  getUnit: endpoint({
    method: 'GET',
    path: '/units/:id',
    summary: 'Một đơn vị và các đơn vị đã hợp nhất vào nó',
    access: 'unit.read',
    params: IdParams,
    response: UnitDetail,
    errors: ['NOT_FOUND'],
  }),
  unitAwards: endpoint({
    method: 'GET',
    path: '/units/:id/awards',
    summary: 'Khen thưởng tập thể của đơn vị, kể cả của các đơn vị tiền thân',
    access: 'unit.read',
    params: IdParams,
    response: z.array(UnitAward),
    errors: ['NOT_FOUND'],
  }),
  listPeople: endpoint({
    method: 'GET',
    path: '/people',
    summary: 'Cá nhân (tìm không dấu; trưởng đơn vị chỉ thấy đơn vị mình)',
    access: 'person.read',
    query: z.object({ q: z.string().optional(), unitId: z.string().optional() }),
    response: z.array(Person),
  }),
  createPerson: endpoint({
    method: 'POST',
    path: '/people',
    summary: 'Thêm một cá nhân',
    access: 'person.create',
    body: NewPerson,
    status: 201,
    response: z.object({ id: Id }),
    errors: [
      'UNKNOWN_UNIT',
      'UNKNOWN_HOUSEHOLD',
      'FORBIDDEN',
      'CITIZEN_ID_INVALID',
      'BIRTH_DATE_INVALID',
      'DUPLICATE_CITIZEN_ID',
    ],
  }),
  listHouseholds: endpoint({
    method: 'GET',
    path: '/households',
    summary: 'Hộ gia đình (tìm không dấu theo tên chủ hộ, địa chỉ; trưởng đơn vị chỉ thấy đơn vị mình)',
    access: 'person.read',
    query: z.object({ q: z.string().optional(), unitId: z.string().optional() }),
    response: z.array(Household),
  }),
};
