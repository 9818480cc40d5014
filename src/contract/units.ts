/**
 * Managing the commune's units as a tree: create, edit, deactivate, merge (two or more units into a new
 * or an existing one) and split (one unit into two or more new ones). Reorganisations write lineage rows,
 * so a unit's award history follows it (`GET /units/:id/awards`).
 */

import { ORG_KINDS } from '../core/people/org-kinds';
import { Id, IdParams } from './common';
import { endpoint } from './endpoint';
import { isoDate } from './iso-date';
import { Unit, UnitDetail } from './organisations';
import { z } from './zod';

/** The kinds a unit of the commune may have (the commune itself and the province are not units). */
export const UNIT_KINDS = ORG_KINDS.filter((k) => k !== 'XA' && k !== 'TINH') as Exclude<
  (typeof ORG_KINDS)[number],
  'XA' | 'TINH'
>[];

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullable()
    .optional()
    .transform((s) => (s ? s : null));

export const UnitInput = z.object({
  name: z.string().trim().min(2, 'Chưa nhập tên đơn vị').max(200, 'Tên đơn vị dài quá 200 ký tự'),
  shortName: optionalText(100, 'Tên viết tắt dài quá 100 ký tự'),
  kind: z.enum(UNIT_KINDS as [string, ...string[]], { message: 'Loại đơn vị không hợp lệ' }),
  /** The parent unit: the commune itself for a unit directly under it. */
  parentId: z.string().min(1, 'Chưa chọn đơn vị cấp trên'),
  memberCount: z
    .number()
    .int('Số thành viên phải là số nguyên')
    .min(0, 'Số thành viên không được âm')
    .max(1_000_000, 'Số thành viên quá lớn')
    .nullable()
    .optional(),
  address: optionalText(300, 'Địa chỉ dài quá 300 ký tự'),
  smallCollective: z.boolean().optional(),
  directWork: z.boolean().optional(),
});
export type UnitInput = z.input<typeof UnitInput>;

const UnitCode = z
  .string()
  .trim()
  .min(2, 'Mã đơn vị cần ít nhất 2 ký tự')
  .max(40, 'Mã đơn vị dài quá 40 ký tự')
  .regex(/^[A-Za-z0-9-]+$/, 'Mã đơn vị chỉ gồm chữ không dấu, số và dấu gạch');

export const NewUnit = UnitInput.extend({
  /** Stable identity, never reused; made from the name when left empty. */
  code: UnitCode.optional(),
  activeFrom: isoDate.nullable().optional(),
});
export type NewUnit = z.input<typeof NewUnit>;

const Basis = optionalText(300, 'Căn cứ dài quá 300 ký tự');

export const MergeUnits = z
  .object({
    /** The units merged (they close; the existing unit received into may be among them and stays open). */
    unitIds: z
      .array(z.string().min(1))
      .min(1, 'Chưa chọn đơn vị để hợp nhất')
      .max(50, 'Chọn tối đa 50 đơn vị'),
    /** Merge into this existing unit (it stays open) … */
    intoId: z.string().min(1).nullable().optional(),
    /** … or into a new unit made now. */
    newUnit: NewUnit.nullable().optional(),
    effectiveDate: isoDate,
    basis: Basis,
  })
  .refine((b) => Boolean(b.intoId) !== Boolean(b.newUnit), {
    message: 'Chọn đơn vị nhận hợp nhất hoặc nhập đơn vị mới (một trong hai)',
    path: ['intoId'],
  })
  .refine((b) => new Set([...b.unitIds, ...(b.intoId ? [b.intoId] : [])]).size >= 2, {
    message: 'Cần ít nhất hai đơn vị để hợp nhất',
    path: ['unitIds'],
  });
export type MergeUnits = z.input<typeof MergeUnits>;

export const SplitUnit = z.object({
  effectiveDate: isoDate,
  basis: Basis,
  parts: z
    .array(
      z.object({
        unit: NewUnit,
        /** The people of the old unit who go to this new unit (every active person goes somewhere). */
        personIds: z.array(z.string().min(1)).max(5000),
      }),
    )
    .min(2, 'Cần ít nhất hai đơn vị mới khi chia tách')
    .max(20, 'Chia tách tối đa 20 đơn vị'),
});
export type SplitUnit = z.input<typeof SplitUnit>;

export const Deactivation = z.object({
  activeTo: isoDate,
  basis: Basis,
});

/** The answer of a change: the unit changed (or made), the units made, and the whole list for the tree. */
export const UnitChange = z.object({ unit: UnitDetail, created: z.array(Id), units: z.array(Unit) });
export type UnitChange = z.infer<typeof UnitChange>;

export const unitsApi = {
  createUnit: endpoint({
    method: 'POST',
    path: '/units',
    summary: 'Thêm một đơn vị (thôn, tổ dân phố, trường, trạm y tế, đoàn thể…) vào cây đơn vị',
    access: 'unit.manage',
    body: NewUnit,
    status: 201,
    response: UnitChange,
    errors: ['UNKNOWN_UNIT', 'CODE_TAKEN', 'UNIT_INACTIVE', 'VALIDATION'],
  }),
  updateUnit: endpoint({
    method: 'PUT',
    path: '/units/:id',
    summary: 'Sửa một đơn vị: tên, loại, đơn vị cấp trên, số thành viên, địa chỉ, các dấu hiệu thống kê',
    access: 'unit.manage',
    params: IdParams,
    body: UnitInput,
    response: UnitChange,
    errors: ['NOT_FOUND', 'UNKNOWN_UNIT', 'UNIT_CYCLE', 'UNIT_INACTIVE', 'VALIDATION'],
  }),
  deactivateUnit: endpoint({
    method: 'POST',
    path: '/units/:id/deactivate',
    summary: 'Ngừng hoạt động một đơn vị từ một ngày (mã đơn vị không bao giờ được dùng lại)',
    access: 'unit.manage',
    params: IdParams,
    body: Deactivation,
    response: UnitChange,
    errors: ['NOT_FOUND', 'UNIT_INACTIVE', 'UNIT_HAS_CHILDREN', 'BAD_DATE'],
  }),
  mergeUnits: endpoint({
    method: 'POST',
    path: '/units/merge',
    summary:
      'Hợp nhất hai hay nhiều đơn vị vào một đơn vị mới hoặc có sẵn: đơn vị cũ ngừng, cá nhân và hộ chuyển sang, khen thưởng đi theo',
    access: 'unit.manage',
    body: MergeUnits,
    status: 201,
    response: UnitChange,
    errors: ['NOT_FOUND', 'UNKNOWN_UNIT', 'UNIT_INACTIVE', 'CODE_TAKEN', 'UNIT_CYCLE', 'BAD_DATE'],
  }),
  splitUnit: endpoint({
    method: 'POST',
    path: '/units/:id/split',
    summary: 'Chia tách một đơn vị thành hai hay nhiều đơn vị mới; cán bộ chọn cá nhân sang từng đơn vị',
    access: 'unit.manage',
    params: IdParams,
    body: SplitUnit,
    status: 201,
    response: UnitChange,
    errors: [
      'NOT_FOUND',
      'UNKNOWN_UNIT',
      'UNIT_INACTIVE',
      'UNIT_HAS_CHILDREN',
      'CODE_TAKEN',
      'UNKNOWN_PERSON',
      'PEOPLE_UNASSIGNED',
      'BAD_DATE',
    ],
  }),
};
