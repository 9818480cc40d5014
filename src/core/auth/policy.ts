/**
 * The permission policy: which role may do which action, in one table (`POLICY`), and the one rule for
 * unit heads (a unit head acts only on their own unit's records). Used by the server before every
 * handler (`server/http/bind.ts`, from the contract's `access`), inside use cases for resource checks
 * (`can(user, action, { unitId })`), and by the web to show or hide actions (`web/auth/use-can.ts`).
 * No role list is written anywhere else. Dossier reading has its own rule (`dossier-access.ts`).
 *
 * Actions are named `<record>.<verb>`; each feature keeps its part of the table in `permissions/`.
 */
import { ACCOUNT_PERMISSIONS } from './permissions/accounts';
import { ATTACHMENT_PERMISSIONS } from './permissions/attachments';
import { AUDIT_PERMISSIONS } from './permissions/audit';
import { COUNCIL_PERMISSIONS } from './permissions/council';
import { CYCLE_PERMISSIONS } from './permissions/cycle';
import { DECISION_PERMISSIONS } from './permissions/decisions';
import { EXAMPLE_PERMISSIONS } from './permissions/examples';
import { HISTORY_PERMISSIONS } from './permissions/history';
import { INTAKE_PERMISSIONS } from './permissions/intake';
import { LAW_PERMISSIONS } from './permissions/law';
import { ORGANISATION_PERMISSIONS } from './permissions/organisations';
import { PEOPLE_PERMISSIONS } from './permissions/people';
import { PLAN_PERMISSIONS } from './permissions/plans';
import { PROPOSAL_PERMISSIONS } from './permissions/proposals';
import { WORKSPACE_PERMISSIONS } from './permissions/workspace';
import { type Role, seesWholeCommune } from './roles';

export const POLICY = {
  ...ACCOUNT_PERMISSIONS,
  ...ATTACHMENT_PERMISSIONS,
  ...AUDIT_PERMISSIONS,
  ...COUNCIL_PERMISSIONS,
  ...CYCLE_PERMISSIONS,
  ...DECISION_PERMISSIONS,
  ...EXAMPLE_PERMISSIONS,
  ...HISTORY_PERMISSIONS,
  ...INTAKE_PERMISSIONS,
  ...LAW_PERMISSIONS,
  ...ORGANISATION_PERMISSIONS,
  ...PEOPLE_PERMISSIONS,
  ...PLAN_PERMISSIONS,
  ...PROPOSAL_PERMISSIONS,
  ...WORKSPACE_PERMISSIONS,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

export interface PolicyActor {
  role: Role;
  unitId: string | null;
}

/** A record an action is about: its unit, when it belongs to one. */
export interface PolicyResource {
  unitId?: string | null;
}

/**
 * May `actor` do `action` (on `resource`)? The role must be in the action's row; a unit head acts on a
 * record of their own unit only (a record with no unit, such as a commune-wide movement, is not theirs).
 */
export function can(
  actor: PolicyActor | null | undefined,
  action: Action,
  resource?: PolicyResource,
): boolean {
  if (!actor) return false;
  const roles: readonly Role[] = POLICY[action];
  if (!roles.includes(actor.role)) return false;
  if (resource && 'unitId' in resource && !seesWholeCommune(actor.role)) {
    return resource.unitId != null && resource.unitId === actor.unitId;
  }
  return true;
}

/** The roles allowed an action (for documentation and the policy's table test). */
export function rolesFor(action: Action): readonly Role[] {
  return POLICY[action];
}
