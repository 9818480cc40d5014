/** Permissions of audit: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { OFFICERS_AND_CHAIR } from './role-groups';

export const AUDIT_PERMISSIONS = {
  /** Read the commune's audit log. */
  'audit.read': OFFICERS_AND_CHAIR,
} as const satisfies Record<string, readonly Role[]>;
