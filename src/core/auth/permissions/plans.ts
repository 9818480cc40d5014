/** Permissions of the annual plan and of performance ratings: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { EVERYONE, OFFICERS, OFFICERS_AND_CHAIR, OFFICERS_AND_UNIT_HEADS } from './role-groups';

export const PLAN_PERMISSIONS = {
  /** See the annual plans. */
  'plan.read': EVERYONE,
  /** Start a year's plan and edit its draft. */
  'plan.create': OFFICERS,
  'plan.update': OFFICERS,
  /** Issue the plan, or reopen an issued one with a reason: the chairman signs it. */
  'plan.issue': OFFICERS_AND_CHAIR,
  /** See the annual performance ratings (a unit head: their own unit's people). */
  'rating.read': EVERYONE,
  /** Enter or import ratings (a unit head: for their own unit's people). */
  'rating.enter': OFFICERS_AND_UNIT_HEADS,
} as const satisfies Record<string, readonly Role[]>;
