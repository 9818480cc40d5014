/** Permissions of the inbox, the calendar of anniversaries and the dashboard: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { OFFICERS_CHAIR_AND_UNIT_HEADS } from './role-groups';

export const WORKSPACE_PERMISSIONS = {
  /** Have an inbox (Việc cần làm): every unit's tasks, or a unit head's own unit's; others have none. */
  'inbox.read': OFFICERS_CHAIR_AND_UNIT_HEADS,
} as const satisfies Record<string, readonly Role[]>;
