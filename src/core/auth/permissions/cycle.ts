/**
 * Permissions of the annual cycle — movements, registrations, scoring, reviews and targets: action → roles
 * (see `../policy.ts`).
 */
import type { Role } from '../roles';
import { COUNCIL, EVERYONE, OFFICERS, OFFICERS_AND_CHAIR, OFFICERS_AND_UNIT_HEADS } from './role-groups';

export const CYCLE_PERMISSIONS = {
  /** See the commune's movements, the national catalogue and a movement's plan. */
  'movement.read': EVERYONE,
  /** Create and edit a movement, move it along its lifecycle (launch, sơ kết, tổng kết, close). */
  'movement.manage': OFFICERS,
  /** See a movement's registrations (a unit head: their own unit's). */
  'registration.read': EVERYONE,
  /** Register for a movement, edit a registration (a unit head: for their own unit and its people). */
  'registration.write': OFFICERS_AND_UNIT_HEADS,
  /** Remind the units that have not registered. */
  'registration.remind': OFFICERS,
  /** See reviews (sơ kết, tổng kết) and their results (a unit head: their own unit until the lock). */
  'review.read': EVERYONE,
  /** Open an annual review, write the general assessment. */
  'review.manage': OFFICERS,
  /** Lock a review's results. */
  'review.lock': OFFICERS_AND_CHAIR,
  /** Send a unit's own report of a review (a unit head: their own unit). */
  'review.report': OFFICERS_AND_UNIT_HEADS,
  /** Turn the locked ranking into commendation proposals. */
  'review.propose': OFFICERS,
  /** A unit's self-score sheet (a unit head: their own unit; officers on the unit's behalf). */
  'score.self': OFFICERS_AND_UNIT_HEADS,
  /** A reviewer's score sheet (council members and the officers who prepare the council's work). */
  'score.review': COUNCIL,
  /** See the targets (chỉ tiêu) of a year and their progress. */
  'target.read': EVERYONE,
  /** Add and edit targets. */
  'target.manage': OFFICERS,
  /** Report progress on a target, delete a mistaken figure (a unit head: targets their unit is responsible for). */
  'target.report': OFFICERS_AND_UNIT_HEADS,
} as const satisfies Record<string, readonly Role[]>;
