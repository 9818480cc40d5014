export interface CouncilMember {
  id: string;
  role: string;
  roleLabel: string;
  userId: string | null;
  name: string;
  position: string | null;
  unitName: string;
  present: boolean | null;
  writtenOpinion: string | null;
}

export interface BallotResult {
  agree: number;
  disagree: number;
  blank: number;
  denominator: number;
  share: number;
  threshold: number;
  passed: boolean;
  article: string;
  ballots: number;
}

export interface AgendaItem {
  proposalId: string;
  /** the law engine's verdict on the proposal */
  verdict?: import('../../../core/law').AgendaVerdict | null;
  position: number;
  subjectName: string;
  unitName: string;
  awardName: string;
  awardCode: string;
  status: string;
  achievement: string | null;
  history: {
    awardName: string;
    year: number;
    decision: string;
    revoked: boolean;
    viaPredecessor: string | null;
  }[];
  ratings: { year: number; rating: string }[];
  outcome: 'RECOMMEND' | 'REJECT' | 'DEFER' | null;
  outcomeReason: string | null;
  discussion: string | null;
  conflicts: { memberId: string; reason: string; name: string }[];
  suggestedConflicts: { memberId: string; reason: string; name: string }[];
  iAmConflicted: boolean;
  voteRule: {
    id: string;
    secretBallot: boolean;
    threshold: number;
    strict: boolean;
    denominator: string;
    allowWrittenOpinions: boolean;
    article: string;
  };
  ballot: { id: string; status: string; result: BallotResult | null } | null;
}

export interface Meeting {
  id: string;
  title: string;
  meetingDate: string;
  place: string;
  status: 'PLANNED' | 'OPEN' | 'CLOSED';
  currentProposalId: string | null;
  notes: string | null;
  members: CouncilMember[];
  myMemberId: string | null;
  quorum: { ok: boolean; needed: number; message: string };
  agenda: AgendaItem[];
}

export interface PublicBallot {
  id: string;
  status: string;
  publicKey: { n: string; e: string };
  totalMembers: number;
  present: number;
  recused: number;
  /** Members who received a ballot (digital, paper, written): all that is shown while the ballot is open. */
  ballotsIssued: number;
  tokensIssued: number;
  paperVoters: number;
  writtenVotes: number;
  /** Only after the close (null while open: the votes are sealed). */
  votesCast: number | null;
  receipts: string[] | null;
  result: BallotResult | null;
}
