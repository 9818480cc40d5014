/** Permissions of examples: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';

export const EXAMPLE_PERMISSIONS = {} as const satisfies Record<string, readonly Role[]>;
