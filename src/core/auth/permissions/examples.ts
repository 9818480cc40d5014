/** Permissions of typical examples (điển hình tiên tiến): action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { EVERYONE, OFFICERS, OFFICERS_AND_UNIT_HEADS } from './role-groups';

export const EXAMPLE_PERMISSIONS = {
  /** See the commune's examples (a unit head: their own unit's). */
  'example.read': EVERYONE,
  /** Record a discovered example (a unit head nominates one of their own unit). */
  'example.create': OFFICERS_AND_UNIT_HEADS,
  /** Edit, move through the stages, record nurturing, evidence, media, replications and awards, propose. */
  'example.manage': OFFICERS,
} as const satisfies Record<string, readonly Role[]>;
