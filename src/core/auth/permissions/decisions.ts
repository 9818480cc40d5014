/** Permissions of decisions: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';

export const DECISION_PERMISSIONS = {} as const satisfies Record<string, readonly Role[]>;
