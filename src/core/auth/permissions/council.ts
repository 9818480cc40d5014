/** Permissions of council: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';

export const COUNCIL_PERMISSIONS = {} as const satisfies Record<string, readonly Role[]>;
