/** Permissions of law: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';

export const LAW_PERMISSIONS = {} as const satisfies Record<string, readonly Role[]>;
