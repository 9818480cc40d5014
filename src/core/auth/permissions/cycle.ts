/** Permissions of cycle: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';

export const CYCLE_PERMISSIONS = {} as const satisfies Record<string, readonly Role[]>;
