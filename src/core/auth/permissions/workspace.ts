/** Permissions of the inbox, the calendar of anniversaries and the dashboard: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';

export const WORKSPACE_PERMISSIONS = {} as const satisfies Record<string, readonly Role[]>;
