/** The council's vocabulary: roles in the council, meeting statuses, outcomes, ballots (shared by server, contract, web). */

/** A member's role in the council (Hội đồng TĐKT), in the order the council is listed. */
export const COUNCIL_ROLES = ['CHU_TICH', 'PHO_CHU_TICH', 'THUONG_TRUC', 'UY_VIEN'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  CHU_TICH: 'Chủ tịch Hội đồng',
  PHO_CHU_TICH: 'Phó Chủ tịch Hội đồng',
  THUONG_TRUC: 'Ủy viên thường trực',
  UY_VIEN: 'Ủy viên',
};

/** A meeting is planned, in session, then closed. */
export const MEETING_STATUSES = ['PLANNED', 'OPEN', 'CLOSED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The council's conclusion on a proposal: recommend, reject (with a reason), defer (back to the unit). */
export const MEETING_OUTCOMES = ['RECOMMEND', 'REJECT', 'DEFER'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export const BALLOT_STATUSES = ['OPEN', 'CLOSED'] as const;
export type BallotStatus = (typeof BALLOT_STATUSES)[number];

/** A vote: agree or disagree. */
export const BALLOT_CHOICES = ['DONG_Y', 'KHONG_DONG_Y'] as const;
