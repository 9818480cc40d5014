/**
 * People's full records (cá nhân) and households (hộ gia đình): one person, their edit, leaving and coming
 * back, the paged search of the people page; a household with its members, contributions and violations.
 * Listing and adding people stay in `organisations.ts` (`listPeople`, `createPerson`, `listHouseholds`).
 */
import { PERSON_CATEGORIES } from '../core/people/person-categories';
import { Id, IdParams, Timestamp } from './common';
import { endpoint } from './endpoint';
import { Household, NewPerson, Person } from './organisations';
import { z } from './zod';

/** One person as the record page shows it: the list's fields, their household and the last edit. */
export const PersonDetail = Person.extend({
  householdName: z.string().nullable(),
  updatedAt: Timestamp.nullable(),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

/** An edit of a person's record: the fields of a new person, and the version the editor saw. */
export const PersonUpdate = NewPerson.extend({
  version: z.number().int({ message: 'Thiếu phiên bản dữ liệu' }),
});
export type PersonUpdate = z.infer<typeof PersonUpdate>;

export const VersionBody = z.object({ version: z.number().int({ message: 'Thiếu phiên bản dữ liệu' }) });

const ActiveFilter = z.enum(['true', 'false', 'all']);

export const PeopleSearch = z.object({
  /** Any words of the name, with or without diacritics ("nguyen van a"), or the citizen ID's digits. */
  q: z.string().max(200).optional(),
  unitId: z.string().optional(),
  category: z.enum(PERSON_CATEGORIES, { message: 'Đối tượng không hợp lệ' }).optional(),
  /** 'true' (the default): those still in the commune; 'false': those who left; 'all'. */
  active: ActiveFilter.default('true'),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

export const PeoplePage = z.object({
  items: z.array(Person),
  /** How many people match (all pages). */
  total: z.number(),
});
export type PeoplePage = z.infer<typeof PeoplePage>;

const Year = z
  .number({ message: 'Năm không hợp lệ' })
  .int('Năm không hợp lệ')
  .min(1945, 'Năm không hợp lệ')
  .max(2100, 'Năm không hợp lệ');
const Description = z
  .string({ message: 'Chưa nhập nội dung' })
  .trim()
  .min(3, 'Nội dung quá ngắn')
  .max(1000, 'Nội dung quá dài');

export const NewHousehold = z.object({
  headName: z.string().trim().min(2, 'Họ tên chủ hộ quá ngắn').max(100, 'Họ tên chủ hộ quá dài'),
  /** The thôn or tổ dân phố. */
  unitId: z.string().min(1, 'Chưa chọn thôn, tổ dân phố'),
  address: z.string().trim().max(300, 'Địa chỉ quá dài').nullable().optional(),
});
export type NewHousehold = z.infer<typeof NewHousehold>;

export const HouseholdUpdate = NewHousehold.extend({
  version: z.number().int({ message: 'Thiếu phiên bản dữ liệu' }),
});

/** A contribution (đóng góp) to the commune's work: effort, land or property valued in đồng. */
export const NewContribution = z.object({
  year: Year,
  amount: z
    .number({ message: 'Số tiền không hợp lệ' })
    .int('Số tiền tính bằng đồng, không có phần lẻ')
    .min(0, 'Số tiền không được âm')
    .max(1_000_000_000_000, 'Số tiền quá lớn'),
  description: Description,
});
export type NewContribution = z.infer<typeof NewContribution>;

export const Contribution = NewContribution.extend({ id: Id });
export type Contribution = z.infer<typeof Contribution>;

/** A violation (vi phạm) of the law or the village's rules by the household or one of its members. */
export const NewViolation = z.object({
  year: Year,
  personId: z.string().nullable().optional(),
  description: Description,
});
export type NewViolation = z.infer<typeof NewViolation>;

export const Violation = z.object({
  id: Id,
  year: z.number(),
  personId: Id.nullable(),
  personName: z.string().nullable(),
  description: z.string(),
});
export type Violation = z.infer<typeof Violation>;

export const HouseholdDetail = Household.extend({
  members: z.array(Person),
  contributions: z.array(Contribution),
  violations: z.array(Violation),
  updatedAt: Timestamp.nullable(),
});
export type HouseholdDetail = z.infer<typeof HouseholdDetail>;

const ItemParams = z.object({ id: z.string(), itemId: z.string() });
const MemberParams = z.object({ id: z.string(), personId: z.string() });
const PERSON_ERRORS = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNKNOWN_UNIT',
  'UNKNOWN_HOUSEHOLD',
  'CITIZEN_ID_INVALID',
  'BIRTH_DATE_INVALID',
  'DUPLICATE_CITIZEN_ID',
  'STALE',
] as const;

export const peopleApi = {
  searchPeople: endpoint({
    method: 'GET',
    path: '/people/search',
    summary: 'Tìm cá nhân theo trang (không dấu, theo đơn vị, đối tượng, còn ở xã hay không)',
    access: 'person.read',
    query: PeopleSearch,
    response: PeoplePage,
  }),
  getPerson: endpoint({
    method: 'GET',
    path: '/people/:id',
    summary: 'Hồ sơ một cá nhân',
    access: 'person.read',
    params: IdParams,
    response: PersonDetail,
    errors: ['NOT_FOUND'],
  }),
  updatePerson: endpoint({
    method: 'PUT',
    path: '/people/:id',
    summary: 'Sửa hồ sơ cá nhân (trưởng đơn vị: người của đơn vị mình)',
    access: 'person.update',
    params: IdParams,
    body: PersonUpdate,
    response: PersonDetail,
    errors: PERSON_ERRORS,
  }),
  deactivatePerson: endpoint({
    method: 'POST',
    path: '/people/:id/deactivate',
    summary: 'Ghi nhận cá nhân đã rời xã (giữ lại lịch sử)',
    access: 'person.update',
    params: IdParams,
    body: VersionBody,
    response: PersonDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'STALE'],
  }),
  reactivatePerson: endpoint({
    method: 'POST',
    path: '/people/:id/reactivate',
    summary: 'Ghi nhận cá nhân trở lại xã',
    access: 'person.update',
    params: IdParams,
    body: VersionBody,
    response: PersonDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'STALE'],
  }),
  getHousehold: endpoint({
    method: 'GET',
    path: '/households/:id',
    summary: 'Một hộ gia đình: thành viên, đóng góp, vi phạm',
    access: 'person.read',
    params: IdParams,
    response: HouseholdDetail,
    errors: ['NOT_FOUND'],
  }),
  createHousehold: endpoint({
    method: 'POST',
    path: '/households',
    summary: 'Thêm hộ gia đình (trưởng đơn vị: ở đơn vị mình)',
    access: 'household.manage',
    body: NewHousehold,
    status: 201,
    response: HouseholdDetail,
    errors: ['UNKNOWN_UNIT', 'FORBIDDEN'],
  }),
  updateHousehold: endpoint({
    method: 'PUT',
    path: '/households/:id',
    summary: 'Sửa chủ hộ, địa chỉ, thôn của hộ gia đình',
    access: 'household.manage',
    params: IdParams,
    body: HouseholdUpdate,
    response: HouseholdDetail,
    errors: ['NOT_FOUND', 'UNKNOWN_UNIT', 'FORBIDDEN', 'STALE'],
  }),
  addHouseholdMember: endpoint({
    method: 'POST',
    path: '/households/:id/members',
    summary: 'Thêm thành viên vào hộ (mỗi người thuộc một hộ)',
    access: 'household.manage',
    params: IdParams,
    body: z.object({ personId: z.string().min(1, 'Chưa chọn người') }),
    response: HouseholdDetail,
    errors: ['NOT_FOUND', 'UNKNOWN_PERSON', 'FORBIDDEN', 'ALREADY_IN_HOUSEHOLD'],
  }),
  removeHouseholdMember: endpoint({
    method: 'DELETE',
    path: '/households/:id/members/:personId',
    summary: 'Bỏ một thành viên khỏi hộ',
    access: 'household.manage',
    params: MemberParams,
    response: HouseholdDetail,
    errors: ['NOT_FOUND', 'UNKNOWN_PERSON', 'FORBIDDEN'],
  }),
  addContribution: endpoint({
    method: 'POST',
    path: '/households/:id/contributions',
    summary: 'Ghi một đóng góp của hộ (năm, số tiền quy đổi, nội dung)',
    access: 'household.manage',
    params: IdParams,
    body: NewContribution,
    status: 201,
    response: HouseholdDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  updateContribution: endpoint({
    method: 'PUT',
    path: '/households/:id/contributions/:itemId',
    summary: 'Sửa một đóng góp của hộ',
    access: 'household.manage',
    params: ItemParams,
    body: NewContribution,
    response: HouseholdDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  deleteContribution: endpoint({
    method: 'DELETE',
    path: '/households/:id/contributions/:itemId',
    summary: 'Xóa một đóng góp của hộ',
    access: 'household.manage',
    params: ItemParams,
    response: HouseholdDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
  addViolation: endpoint({
    method: 'POST',
    path: '/households/:id/violations',
    summary: 'Ghi một vi phạm của hộ hoặc thành viên',
    access: 'household.manage',
    params: IdParams,
    body: NewViolation,
    status: 201,
    response: HouseholdDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'UNKNOWN_PERSON'],
  }),
  updateViolation: endpoint({
    method: 'PUT',
    path: '/households/:id/violations/:itemId',
    summary: 'Sửa một vi phạm của hộ',
    access: 'household.manage',
    params: ItemParams,
    body: NewViolation,
    response: HouseholdDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'UNKNOWN_PERSON'],
  }),
  deleteViolation: endpoint({
    method: 'DELETE',
    path: '/households/:id/violations/:itemId',
    summary: 'Xóa một vi phạm của hộ',
    access: 'household.manage',
    params: ItemParams,
    response: HouseholdDetail,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
  }),
};
