/** Permissions of accounts: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';

export const ACCOUNT_PERMISSIONS = {} as const satisfies Record<string, readonly Role[]>;
