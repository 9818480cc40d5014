/** Permissions of the Excel intake of a commune's data (units, people, history): action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { OFFICERS } from './role-groups';

export const INTAKE_PERMISSIONS = {
  /** Download the intake templates and import filled ones (units, people, award history, initiatives, disciplines) for the whole commune. */
  'intake.import': OFFICERS,
} as const satisfies Record<string, readonly Role[]>;
