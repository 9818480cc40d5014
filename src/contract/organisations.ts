/** Units (đơn vị), people (cá nhân) and households (hộ gia đình) of the commune. */

import { GENDERS, PERSON_CATEGORIES } from '../core/people/person-categories';
import { Id, IdParams } from './common';
import { endpoint } from './endpoint';
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
  birthYear: z.number().nullable(),
  position: z.string().nullable(),
  category: z.enum(PERSON_CATEGORIES),
  unitId: Id,
  unitName: z.string(),
  isLeader: z.boolean(),
});
export type Person = z.infer<typeof Person>;

export const NewPerson = z.object({
  fullName: z.string().trim().min(2, 'Họ và tên quá ngắn').max(100),
  gender: z.enum(GENDERS, { message: 'Giới tính phải là NAM hoặc NU' }),
  birthYear: z
    .number()
    .int()
    .min(1900, 'Năm sinh không hợp lệ')
    .max(2030, 'Năm sinh không hợp lệ')
    .nullable()
    .optional(),
  position: z.string().trim().max(200).nullable().optional(),
  category: z.enum(PERSON_CATEGORIES, { message: 'Đối tượng không hợp lệ' }),
  unitId: z.string().min(1, 'Chưa chọn đơn vị'),
  isLeader: z.boolean().optional(),
});
export type NewPerson = z.infer<typeof NewPerson>;

export const Household = z.object({
  id: Id,
  headName: z.string(),
  unitId: Id,
  address: z.string().nullable(),
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
    errors: ['UNKNOWN_UNIT', 'FORBIDDEN'],
  }),
  listHouseholds: endpoint({
    method: 'GET',
    path: '/households',
    summary: 'Hộ gia đình (trưởng đơn vị chỉ thấy đơn vị mình)',
    access: 'person.read',
    response: z.array(Household),
  }),
};
