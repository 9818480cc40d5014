/** Permissions of the inbox, the calendar of anniversaries and the dashboard: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { EVERYONE, OFFICERS, OFFICERS_AND_UNIT_HEADS, OFFICERS_CHAIR_AND_UNIT_HEADS } from './role-groups';

export const WORKSPACE_PERMISSIONS = {
  /** Have an inbox (Việc cần làm): every unit's tasks, or a unit head's own unit's; others have none. */
  'inbox.read': OFFICERS_CHAIR_AND_UNIT_HEADS,
  /** Mark a task done (a unit head: a task of their own unit). */
  'inbox.complete': OFFICERS_AND_UNIT_HEADS,
  /** See the calendar of holidays and anniversaries, and the phase movements it suggests. */
  'calendar.read': EVERYONE,
  /** Add, change and delete days of the calendar; load the national defaults. */
  'calendar.edit': OFFICERS,
  /** See the dashboard (the commune's, or a unit head's own unit's). */
  'dashboard.read': EVERYONE,
} as const satisfies Record<string, readonly Role[]>;
