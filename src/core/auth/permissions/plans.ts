/** Permissions of plans: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';

export const PLAN_PERMISSIONS = {} as const satisfies Record<string, readonly Role[]>;
