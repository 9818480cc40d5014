/** The commune's profile (thông tin xã): names, address and signer its documents are written with. */

import { endpoint } from './endpoint';
import { z } from './zod';

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullable()
    .optional()
    .transform((s) => (s ? s : null));

export const CommuneProfile = z.object({
  agencyName: z.string(),
  parentAgencyName: z.string().nullable(),
  placeName: z.string(),
  provinceName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  chairmanName: z.string().nullable(),
  chairmanTitle: z.string().nullable(),
  /** The commune's own name (from its record), for reference. */
  communeName: z.string(),
  /** 0: nothing saved yet (the values are derived from the commune's name). */
  version: z.number(),
  updatedAt: z.string().nullable(),
});
export type CommuneProfile = z.infer<typeof CommuneProfile>;

export const CommuneProfileInput = z.object({
  agencyName: z
    .string()
    .trim()
    .min(5, 'Chưa nhập tên cơ quan (như trên con dấu)')
    .max(200, 'Tên cơ quan dài quá 200 ký tự'),
  parentAgencyName: optionalText(200, 'Tên cơ quan chủ quản dài quá 200 ký tự'),
  placeName: z.string().trim().min(2, 'Chưa nhập địa danh').max(100, 'Địa danh dài quá 100 ký tự'),
  provinceName: optionalText(100, 'Tên tỉnh dài quá 100 ký tự'),
  address: optionalText(300, 'Địa chỉ dài quá 300 ký tự'),
  phone: z
    .string()
    .trim()
    .max(30, 'Số điện thoại dài quá 30 ký tự')
    .regex(/^[0-9 +().-]*$/, 'Số điện thoại chỉ gồm chữ số, dấu cách, +, -, (, )')
    .nullable()
    .optional()
    .transform((s) => (s ? s : null)),
  email: z
    .union([z.literal(''), z.string().trim().email('Thư điện tử không hợp lệ').max(200)])
    .nullable()
    .optional()
    .transform((s) => (s ? s : null)),
  chairmanName: optionalText(100, 'Họ tên Chủ tịch dài quá 100 ký tự'),
  chairmanTitle: optionalText(100, 'Chức danh người ký dài quá 100 ký tự'),
  /** The version read (0 when nothing was saved yet). */
  version: z.number().int().min(0),
});
export type CommuneProfileInput = z.input<typeof CommuneProfileInput>;
export type CommuneProfileSave = z.output<typeof CommuneProfileInput>;

export const communeApi = {
  getProfile: endpoint({
    method: 'GET',
    path: '/commune/profile',
    summary: 'Thông tin xã: tên cơ quan, địa danh, địa chỉ, người ký (mặc định suy ra từ tên xã)',
    access: 'commune.read',
    response: CommuneProfile,
  }),
  saveProfile: endpoint({
    method: 'PUT',
    path: '/commune/profile',
    summary: 'Sửa thông tin xã (khóa lạc quan theo version: 409 STALE)',
    access: 'commune.manage',
    body: CommuneProfileInput,
    response: CommuneProfile,
    errors: ['STALE', 'VALIDATION'],
  }),
};
