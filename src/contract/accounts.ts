/** Signing in and out, one's own password, the first-run setup, and the administrator's accounts page. */

import { ROLES } from '../core/auth/roles';
import { Id, Timestamp } from './common';
import { endpoint } from './endpoint';
import { z } from './zod';

export const Ok = z.object({ ok: z.literal(true) });

export const LoginBody = z.object({
  username: z.string().trim().min(1, 'Chưa nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Chưa nhập mật khẩu').max(200),
});

/** The account that just signed in. */
export const SignedIn = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitId: Id.nullable(),
  mustChangePassword: z.boolean(),
});
export type SignedIn = z.infer<typeof SignedIn>;

/** The signed-in user, their unit and their commune. */
export const Me = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  unitId: Id.nullable(),
  unitName: z.string().nullable(),
  tenantId: Id,
  tenantName: z.string(),
  /** After an administrator's reset: the web shows only the password change. */
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof Me>;

const NewPassword = z.string().min(1, 'Chưa nhập mật khẩu mới').max(200, 'Mật khẩu dài quá 200 ký tự');

export const PasswordChange = z.object({
  currentPassword: z.string().min(1, 'Chưa nhập mật khẩu hiện tại').max(200),
  newPassword: NewPassword,
});

/** Before sign-in: demo data (banner) and whether the first-run setup is still to do. */
export const InstanceStatus = z.object({ demo: z.boolean(), setupNeeded: z.boolean() });
export type InstanceStatus = z.infer<typeof InstanceStatus>;

export const SetupBody = z
  .object({
    communeName: z.string().trim().min(3, 'Chưa nhập tên xã').max(200),
    communeCode: z
      .string()
      .trim()
      .max(40)
      .regex(/^[A-Za-z0-9-]*$/, 'Mã xã chỉ gồm chữ không dấu, số và dấu gạch')
      .optional(),
    username: z
      .string()
      .trim()
      .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự')
      .max(50)
      .regex(/^[A-Za-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch'),
    displayName: z.string().trim().min(2, 'Chưa nhập họ tên').max(100),
    password: NewPassword,
    passwordConfirm: z.string(),
  })
  .refine((b) => b.password === b.passwordConfirm, {
    message: 'Mật khẩu nhập lại không khớp',
    path: ['passwordConfirm'],
  });
export type SetupBody = z.infer<typeof SetupBody>;

/** One account of the commune, as the administrator's page lists it. */
export const UserRow = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  unitId: Id.nullable(),
  unitName: z.string().nullable(),
  /** The person of the commune this account belongs to (council members vote through it). */
  personId: Id.nullable(),
  personName: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: Timestamp.nullable(),
  passwordChangedAt: Timestamp.nullable(),
  /** The administrator's own account (no reset or deactivation from this page). */
  self: z.boolean(),
});
export type UserRow = z.infer<typeof UserRow>;

const UserParams = z.object({ id: z.string().min(1).max(64) });

const Username = z
  .string()
  .trim()
  .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự')
  .max(50, 'Tên đăng nhập dài quá 50 ký tự')
  .regex(/^[A-Za-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch');

/** What the administrator may change of an account (the user name stays). */
export const UserEdit = z.object({
  displayName: z.string().trim().min(2, 'Chưa nhập họ tên').max(100, 'Họ tên dài quá 100 ký tự'),
  role: z.enum(ROLES, { message: 'Vai trò không hợp lệ' }),
  /** Required for a unit head (their unit), refused for the other roles. */
  unitId: z.string().min(1).nullable().optional(),
  personId: z.string().min(1).nullable().optional(),
});
export type UserEdit = z.infer<typeof UserEdit>;

export const NewUser = UserEdit.extend({
  username: Username,
  /** Typed by the administrator; left empty, a temporary password is made and shown once. */
  password: z.string().max(200, 'Mật khẩu dài quá 200 ký tự').optional(),
});
export type NewUser = z.infer<typeof NewUser>;

export const authApi = {
  login: endpoint({
    method: 'POST',
    path: '/auth/login',
    summary: 'Đăng nhập (giới hạn số lần sai theo tài khoản và theo địa chỉ; ghi nhật ký)',
    access: 'public',
    body: LoginBody,
    response: SignedIn,
    errors: ['BAD_CREDENTIALS', 'ACCOUNT_INACTIVE', 'TOO_MANY_ATTEMPTS', 'RATE_LIMITED', 'VALIDATION'],
  }),
  logout: endpoint({
    method: 'POST',
    path: '/auth/logout',
    summary: 'Đăng xuất (kết thúc phiên đăng nhập này)',
    access: 'public',
    response: Ok,
  }),
  me: endpoint({
    method: 'GET',
    path: '/auth/me',
    summary: 'Người dùng đang đăng nhập, đơn vị và xã của họ',
    access: 'signed-in',
    response: Me,
    errors: ['UNAUTHENTICATED'],
  }),
  changePassword: endpoint({
    method: 'POST',
    path: '/auth/password',
    summary: 'Đổi mật khẩu của mình; các phiên đăng nhập khác kết thúc, phiên này được cấp lại',
    access: 'signed-in',
    body: PasswordChange,
    response: Ok,
    errors: ['WRONG_PASSWORD', 'SAME_PASSWORD', 'WEAK_PASSWORD', 'TOO_MANY_ATTEMPTS', 'VALIDATION'],
  }),
  instance: endpoint({
    method: 'GET',
    path: '/public/instance',
    summary: 'Trước khi đăng nhập: dữ liệu mẫu (hiện thông báo) và việc thiết lập lần đầu',
    access: 'public',
    response: InstanceStatus,
  }),
  setup: endpoint({
    method: 'POST',
    path: '/setup',
    summary: 'Thiết lập lần đầu: xã và quản trị viên đầu tiên (chỉ khi chưa có tài khoản nào)',
    access: 'public',
    body: SetupBody,
    status: 201,
    response: z.object({ tenantId: Id, userId: Id }),
    errors: ['SETUP_DONE', 'CODE_TAKEN', 'WEAK_PASSWORD', 'RATE_LIMITED', 'VALIDATION'],
  }),
};

/** The commune's accounts, for its administrator. */
export const usersApi = {
  listUsers: endpoint({
    method: 'GET',
    path: '/users',
    summary: 'Các tài khoản của xã (quản trị viên)',
    access: 'user.read',
    response: z.array(UserRow),
  }),
  createUser: endpoint({
    method: 'POST',
    path: '/users',
    summary:
      'Tạo tài khoản: vai trò, đơn vị (trưởng đơn vị), cá nhân; mật khẩu do quản trị viên nhập hoặc mật khẩu tạm (hiện một lần), phải đổi khi đăng nhập',
    access: 'user.manage',
    body: NewUser,
    status: 201,
    response: z.object({ temporaryPassword: z.string().nullable(), user: UserRow }),
    errors: [
      'USERNAME_TAKEN',
      'UNIT_SCOPE',
      'UNKNOWN_UNIT',
      'UNKNOWN_PERSON',
      'PERSON_HAS_ACCOUNT',
      'WEAK_PASSWORD',
    ],
  }),
  updateUser: endpoint({
    method: 'PUT',
    path: '/users/:id',
    summary:
      'Sửa tài khoản: họ tên, vai trò, đơn vị, cá nhân (không tự đổi vai trò của mình; xã luôn còn một quản trị viên)',
    access: 'user.manage',
    params: UserParams,
    body: UserEdit,
    response: UserRow,
    errors: [
      'NOT_FOUND',
      'OWN_ACCOUNT',
      'LAST_ADMIN',
      'UNIT_SCOPE',
      'UNKNOWN_UNIT',
      'UNKNOWN_PERSON',
      'PERSON_HAS_ACCOUNT',
    ],
  }),
  resetPassword: endpoint({
    method: 'POST',
    path: '/users/:id/reset-password',
    summary:
      'Đặt lại mật khẩu của một người dùng: quản trị viên tự nhập, hoặc để trống và nhận mật khẩu tạm (hiện một lần)',
    access: 'user.manage',
    params: UserParams,
    body: z.object({ password: z.string().min(1).max(200).optional() }),
    response: z.object({ temporaryPassword: z.string().nullable(), user: UserRow }),
    errors: ['NOT_FOUND', 'OWN_ACCOUNT', 'WEAK_PASSWORD'],
  }),
  deactivate: endpoint({
    method: 'POST',
    path: '/users/:id/deactivate',
    summary: 'Ngừng một tài khoản (các phiên đăng nhập của người đó kết thúc)',
    access: 'user.manage',
    params: UserParams,
    response: UserRow,
    errors: ['NOT_FOUND', 'OWN_ACCOUNT', 'LAST_ADMIN'],
  }),
  reactivate: endpoint({
    method: 'POST',
    path: '/users/:id/reactivate',
    summary: 'Mở lại một tài khoản đã ngừng',
    access: 'user.manage',
    params: UserParams,
    response: UserRow,
    errors: ['NOT_FOUND'],
  }),
};
