/** Permissions of proposals: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';

export const PROPOSAL_PERMISSIONS = {} as const satisfies Record<string, readonly Role[]>;
