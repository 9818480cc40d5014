/** Permissions of people's records and households: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { OFFICERS_AND_UNIT_HEADS } from './role-groups';

export const PEOPLE_PERMISSIONS = {
  /** Edit a person's record, mark them left or back (a unit head: their own unit's people). */
  'person.update': OFFICERS_AND_UNIT_HEADS,
  /** Add and edit households, their members, contributions and violations (a unit head: their own thôn's). */
  'household.manage': OFFICERS_AND_UNIT_HEADS,
} as const satisfies Record<string, readonly Role[]>;
