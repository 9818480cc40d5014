/** Permissions of law: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { WORKERS } from './role-groups';

export const LAW_PERMISSIONS = {
  /** Work from the suggestions of awards (who qualifies for what this year): not the read-only viewer. */
  'law.suggest': WORKERS,
} as const satisfies Record<string, readonly Role[]>;
