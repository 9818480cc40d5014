/** Permissions of the law engine's checks and settings: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { ADMIN_ONLY, EVERYONE, OFFICERS_AND_CHAIR, WORKERS } from './role-groups';

export const LAW_PERMISSIONS = {
  /** Run the law on a subject or a proposal, see quotas, suggestions and the settings (a unit head: own unit). */
  'law.read': EVERYONE,
  /** Record a justified exception to a soft rule of the law on a proposal. */
  'law.override': OFFICERS_AND_CHAIR,
  /** Change the province's legal settings and the base-salary table. */
  'law.configure': ADMIN_ONLY,
  /** Work from the suggestions of awards (who qualifies for what this year): not the read-only viewer. */
  'law.suggest': WORKERS,
} as const satisfies Record<string, readonly Role[]>;
