/** Permissions of council: action → roles (see `../policy.ts`). */
import type { Role } from '../roles';
import { COUNCIL, EVERYONE, OFFICERS, OFFICERS_AND_CHAIR } from './role-groups';

export const COUNCIL_PERMISSIONS = {
  /** The council's members on a date. */
  'council.read': EVERYONE,
  /** Add a member with a term, end a term. */
  'council.manage': OFFICERS_AND_CHAIR,
  /** Meetings and their view (a unit head outside the council sees their own unit's items only). */
  'meeting.read': EVERYONE,
  /** Draw up a meeting's agenda. */
  'meeting.create': OFFICERS,
  /** Call the roll (present, absent with a written opinion). */
  'meeting.attendance': OFFICERS,
  /** Open and close the meeting, lead the discussion, record the council's outcomes. */
  'meeting.run': OFFICERS_AND_CHAIR,
  /** Declare a conflict of interest: a member their own (the use case checks it is theirs). */
  'conflict.declare': COUNCIL,
  /** Record a conflict of interest for any member of the council. */
  'conflict.declareForMember': OFFICERS,
  /** Open and close a secret ballot. */
  'ballot.run': OFFICERS_AND_CHAIR,
  /** Receive a ballot (a blind signature): the use case checks membership, presence and conflicts. */
  'ballot.vote': COUNCIL,
  /** The tellers: paper ballots and absent members' written opinions. */
  'ballot.tally': OFFICERS,
} as const satisfies Record<string, readonly Role[]>;
