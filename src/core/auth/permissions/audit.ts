/** Permissions of audit: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';

export const AUDIT_PERMISSIONS = {} as const satisfies Record<string, readonly Role[]>;
