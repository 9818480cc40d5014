/** Permissions of a commune's history (awards received before or elsewhere, initiatives, disciplines, pending matters). */
import type { Role } from '../roles';
import { EVERYONE, OFFICERS_AND_UNIT_HEADS } from './role-groups';

export const HISTORY_PERMISSIONS = {
  /** Look up a person's, collective's or household's history (a unit head: their own unit's). */
  'history.read': EVERYONE,
  /** Enter, change and delete history entries (a unit head: of their own unit's people and collectives). */
  'history.manage': OFFICERS_AND_UNIT_HEADS,
} as const satisfies Record<string, readonly Role[]>;
