/**
 * Permissions of proposals (hồ sơ đề nghị khen thưởng): action → roles (see `../policy.ts`). The steps of
 * the workflow (submit, return, forward, approve, …) are decided by the proposal's state machine
 * (`core/dossier/proposal-workflow.ts`), which also answers the actions a user may take now.
 */
import type { Role } from '../roles';
import { EVERYONE, OFFICERS_AND_UNIT_HEADS } from './role-groups';

export const PROPOSAL_PERMISSIONS = {
  /** See proposals (a unit head: their own unit's; a declared conflict of interest: the public part). */
  'proposal.read': EVERYONE,
  /** Draft a proposal (a unit head: for their own unit). */
  'proposal.create': OFFICERS_AND_UNIT_HEADS,
  /** Edit a draft or returned proposal (a unit head: their own unit's). */
  'proposal.update': OFFICERS_AND_UNIT_HEADS,
} as const satisfies Record<string, readonly Role[]>;
