/** Permissions of decisions: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { WHOLE_COMMUNE } from './role-groups';

export const DECISION_PERMISSIONS = {
  /** The year-end report, the statistics and a memo of chosen proposals: commune-wide, not for a unit head. */
  'report.read': WHOLE_COMMUNE,
} as const satisfies Record<string, readonly Role[]>;
