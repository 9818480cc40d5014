/** Permissions of units, people and households: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { ADMIN_ONLY, EVERYONE, OFFICERS, OFFICERS_AND_UNIT_HEADS } from './role-groups';

export const ORGANISATION_PERMISSIONS = {
  /** See the commune's units, people and households (a unit head: their own unit's people). */
  'unit.read': EVERYONE,
  'person.read': EVERYONE,
  /** Add a person (a unit head: to their own unit). */
  'person.create': OFFICERS_AND_UNIT_HEADS,
  /** Create, edit, deactivate, merge and split units (the tree of the commune). */
  'unit.manage': OFFICERS,
  /** The commune's profile (names, address, signer of its documents): everyone reads, the administrator edits. */
  'commune.read': EVERYONE,
  'commune.manage': ADMIN_ONLY,
} as const satisfies Record<string, readonly Role[]>;
