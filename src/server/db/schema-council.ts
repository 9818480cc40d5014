import type { Choice, StoredBallot } from '../../core/ballot/tally';
import type {
  BallotStatus,
  CouncilRole,
  MeetingOutcome,
  MeetingStatus,
} from '../../core/council/council-terms';

/** The emulation and commendation council (Hội đồng TĐKT): members, meetings, secret ballots. */
export interface CouncilMemberTable {
  id: string;
  tenant_id: string;
  person_id: string;
  user_id: string | null;
  role: CouncilRole;
  term_from: string;
  term_to: string | null;
  created_at: string;
}

export interface MeetingTable {
  id: string;
  tenant_id: string;
  title: string;
  meeting_date: string;
  place: string;
  status: MeetingStatus;
  current_proposal_id: string | null;
  notes: string | null;
  created_by: string;
  created_at: string;
  closed_at: string | null;
}

export interface MeetingItemTable {
  meeting_id: string;
  proposal_id: string;
  position: number;
  outcome: MeetingOutcome | null;
  outcome_reason: string | null;
  discussion: string | null;
}

export interface MeetingAttendanceTable {
  meeting_id: string;
  member_id: string;
  present: number;
  written_opinion: string | null;
}

export interface MeetingConflictTable {
  meeting_id: string;
  proposal_id: string;
  member_id: string;
  reason: string;
}

export interface BallotTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  proposal_id: string;
  rule_id: string;
  status: BallotStatus;
  key_n: string;
  key_e: string;
  /** The ballot's private key (PKCS#8 DER, base64url) while it is open; NULL once closed (destroyed). */
  key_d: string | null;
  total_members: number;
  present_count: number;
  recused: number;
  result: string | null;
}

export interface BallotTokenTable {
  ballot_id: string;
  member_id: string;
  channel: StoredBallot['channel'];
}

export interface BallotVoteTable {
  id: string;
  ballot_id: string;
  receipt: string;
  channel: StoredBallot['channel'];
  choice: Choice;
}

/** A sealed vote of an open ballot: nothing readable without the ballot's seal key (kept outside the database). */
export interface BallotPoolTable {
  id: string;
  ballot_id: string;
  dedupe: string;
  sealed: string;
}

export interface CouncilTables {
  council_members: CouncilMemberTable;
  meetings: MeetingTable;
  meeting_items: MeetingItemTable;
  meeting_attendance: MeetingAttendanceTable;
  meeting_conflicts: MeetingConflictTable;
  ballots: BallotTable;
  ballot_tokens: BallotTokenTable;
  ballot_votes: BallotVoteTable;
  ballot_pool: BallotPoolTable;
}
