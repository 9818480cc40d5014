/** Permissions of accounts: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { ADMIN_ONLY } from './role-groups';

export const ACCOUNT_PERMISSIONS = {
  /** See the commune's accounts. */
  'user.read': ADMIN_ONLY,
} as const satisfies Record<string, readonly Role[]>;
