/**
 * Permissions of files attached to records (evidence, signed originals): action → roles (see
 * `../policy.ts`). Who may read or change one record's files is decided from the record itself
 * (`core/files/attachment-access.ts`): these rows are the outer gate the server checks first.
 */
import type { Role } from '../roles';
import { EVERYONE, OFFICERS_AND_UNIT_HEADS } from './role-groups';

export const ATTACHMENT_PERMISSIONS = {
  /** See and download the files of a record one may read (proposal, target, typical example). */
  'attachment.read': EVERYONE,
  /** Attach files to, or delete files of, a record one may edit. */
  'attachment.write': OFFICERS_AND_UNIT_HEADS,
  /** The files of history entries (awards before, initiatives, disciplines, pending matters): a unit head, their unit's. */
  'attachment.history.read': OFFICERS_AND_UNIT_HEADS,
  /** Attach or delete files of history entries (a unit head: of their unit's people and collectives). */
  'attachment.history.write': OFFICERS_AND_UNIT_HEADS,
} as const satisfies Record<string, readonly Role[]>;
