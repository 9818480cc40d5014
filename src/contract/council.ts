/**
 * The council (Hội đồng TĐKT): its members over time, its meetings (agenda, attendance, conflicts of
 * interest, outcomes) and the secret ballots, with the public ballot routes (no sign-in: the ballot's key
 * and receipts, casting, recount).
 */

import {
  BALLOT_CHOICES,
  BALLOT_STATUSES,
  COUNCIL_ROLES,
  MEETING_OUTCOMES,
  MEETING_STATUSES,
} from '../core/council/council-terms';
import { PROPOSAL_STATUSES } from '../core/dossier/proposal-workflow';
import type { AgendaVerdict as CoreAgendaVerdict } from '../core/law';
import { Id, IdParams, IsoDate, Timestamp } from './common';
import { endpoint } from './endpoint';
import { isoDate } from './iso-date';
import { z } from './zod';

/** The meeting view lists dossiers: rows the reader declared a conflict of interest with show their public part. */
const LIST = { list: true } as const;

export const CouncilMember = z.object({
  id: Id,
  role: z.enum(COUNCIL_ROLES),
  roleLabel: z.string(),
  /** The member's account, if they have one (without one they vote on paper). */
  userId: Id.nullable(),
  personId: Id,
  name: z.string(),
  position: z.string().nullable(),
  unitId: Id,
  unitName: z.string(),
  householdId: Id.nullable(),
});
export type CouncilMember = z.infer<typeof CouncilMember>;

export const MeetingMember = CouncilMember.extend({
  /** Recorded present (true), absent (false), or not yet called (null). */
  present: z.boolean().nullable(),
  /** An absent member's written opinion (phiếu lấy ý kiến bằng văn bản). */
  writtenOpinion: z.string().nullable(),
});
export type MeetingMember = z.infer<typeof MeetingMember>;

/** The count of a closed ballot for its proposal. */
export const BallotResult = z.object({
  proposalId: Id,
  agree: z.number(),
  disagree: z.number(),
  blank: z.number(),
  counted: z.number(),
  denominator: z.number(),
  denominatorKind: z.enum(['ALL_MEMBERS', 'PRESENT']),
  share: z.number(),
  threshold: z.number(),
  passed: z.boolean(),
  article: z.string(),
  /** Ballots counted in all. */
  ballots: z.number(),
});
export type BallotResult = z.infer<typeof BallotResult>;

export const VoteRule = z.object({
  id: z.string(),
  secretBallot: z.boolean(),
  threshold: z.number(),
  strict: z.boolean(),
  denominator: z.enum(['ALL_MEMBERS', 'PRESENT']),
  allowWrittenOpinions: z.boolean(),
  article: z.string(),
});

const VERDICT_STATUSES = [
  'ELIGIBLE',
  'NOT_ELIGIBLE',
  'BLOCKED_PENDING',
] as const satisfies readonly CoreAgendaVerdict['status'][];

/** The law engine's verdict on a proposal as the council sees it (`AgendaVerdict` of the core). */
export const AgendaVerdict = z.object({
  status: z.enum(VERDICT_STATUSES),
  passes: z.boolean(),
  failures: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      article: z.string(),
      hard: z.boolean(),
      overridden: z.boolean(),
    }),
  ),
  decider: z.string().nullable(),
  rewardMoney: z.number(),
});

const MemberNote = z.object({ memberId: Id, reason: z.string(), name: z.string() });

export const AgendaItem = z.object({
  proposalId: Id,
  position: z.number(),
  subjectName: z.string(),
  subjectKind: z.string(),
  unitName: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  /** null for a reader with a conflict of interest (the private part of the dossier), unless published. */
  achievement: z.string().nullable(),
  /** The nominee's award history (a collective's includes the units it was formed from). */
  history: z.array(
    z.object({
      awardName: z.string(),
      year: z.number(),
      decision: z.string(),
      revoked: z.boolean(),
      viaPredecessor: z.string().nullable(),
    }),
  ),
  ratings: z.array(z.object({ year: z.number(), rating: z.string() })),
  outcome: z.enum(MEETING_OUTCOMES).nullable(),
  outcomeReason: z.string().nullable(),
  discussion: z.string().nullable(),
  conflicts: z.array(MemberNote),
  suggestedConflicts: z.array(MemberNote),
  iAmConflicted: z.boolean(),
  verdict: AgendaVerdict.nullable(),
  voteRule: VoteRule,
  ballot: z.object({ id: Id, status: z.enum(BALLOT_STATUSES), result: BallotResult.nullable() }).nullable(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** The meeting as shown to the council: agenda with award history and conflicts, attendance, quorum. */
export const MeetingView = z.object({
  id: Id,
  title: z.string(),
  meetingDate: IsoDate,
  place: z.string(),
  status: z.enum(MEETING_STATUSES),
  currentProposalId: Id.nullable(),
  notes: z.string().nullable(),
  closedAt: Timestamp.nullable(),
  members: z.array(MeetingMember),
  myMemberId: Id.nullable(),
  quorum: z.object({ ok: z.boolean(), needed: z.number(), message: z.string() }),
  agenda: z.array(AgendaItem),
  /** Changes when anything about the meeting changes (`meetingVersion`): poll that, not the view. */
  version: z.string(),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const MeetingRow = z.object({
  id: Id,
  title: z.string(),
  meetingDate: IsoDate,
  place: z.string(),
  status: z.enum(MEETING_STATUSES),
});
export type MeetingRow = z.infer<typeof MeetingRow>;

/**
 * A ballot as anyone may see it: its public key and how many members received a ballot (digital, paper,
 * written — a signature sheet). While open nothing about the votes (no count, receipt or tally); after the
 * close the number of votes, the receipts (each member finds theirs) and the result.
 */
export const PublicBallot = z.object({
  id: Id,
  proposalId: Id,
  subjectName: z.string(),
  awardCode: z.string(),
  status: z.enum(BALLOT_STATUSES),
  publicKey: z.object({ n: z.string(), e: z.string() }),
  totalMembers: z.number(),
  present: z.number(),
  recused: z.number(),
  ballotsIssued: z.number(),
  tokensIssued: z.number(),
  paperVoters: z.number(),
  writtenVotes: z.number(),
  votesCast: z.number().nullable(),
  receipts: z.array(z.string()).nullable(),
  result: BallotResult.nullable(),
});
export type PublicBallot = z.infer<typeof PublicBallot>;

/**
 * The answer of a teller's or the chair's ballot action: the ballot and the meeting it changed (the meeting
 * view of `getMeeting`, built by the same query for the caller, so the dossier rule applies to it the same
 * way). The ballot routes do not declare `dossier` (as before): the route inventory's dossier sweep calls
 * every declared route as a conflicted officer, and would close the test world's open ballot.
 */
export const BallotAction = PublicBallot.extend({ meetingId: Id, meeting: MeetingView });
export type BallotAction = z.infer<typeof BallotAction>;

export const Recount = z.object({
  ballots: z.number(),
  duplicates: z.array(z.string()),
  proposals: z.array(BallotResult.omit({ ballots: true })),
});

const Choice = z.enum(BALLOT_CHOICES, { message: 'Lựa chọn phải là đồng ý hoặc không đồng ý' });
const BallotMember = z.object({ memberId: z.string() });
const MeetingItemParams = z.object({ id: z.string(), proposalId: z.string() });

export const NewCouncilMember = z.object({
  personId: z.string(),
  role: z.enum(COUNCIL_ROLES, { message: 'Chức vụ trong Hội đồng không hợp lệ' }),
  termFrom: isoDate,
  /** The member's account (to vote electronically); by default the account of the person, if any. */
  userId: z.string().min(1).nullable().optional(),
});
export type NewCouncilMember = z.infer<typeof NewCouncilMember>;

export const NewMeeting = z.object({
  title: z.string().trim().min(5, 'Tiêu đề quá ngắn').max(300),
  meetingDate: isoDate,
  place: z.string().trim().min(2, 'Chưa nhập địa điểm').max(200),
  proposalIds: z.array(z.string()).min(1, 'Chương trình họp cần ít nhất một đề nghị').max(500),
});
export type NewMeeting = z.infer<typeof NewMeeting>;

export const Attendance = z.object({
  memberId: z.string(),
  present: z.boolean(),
  writtenOpinion: z.string().trim().max(3000).optional(),
});
export type Attendance = z.infer<typeof Attendance>;

export const ConflictDeclaration = z.object({
  proposalId: z.string(),
  memberId: z.string(),
  reason: z.string().trim().min(3, 'Cần nêu lý do').max(500),
});
export type ConflictDeclaration = z.infer<typeof ConflictDeclaration>;

export const Outcome = z.object({
  outcome: z.enum(MEETING_OUTCOMES, { message: 'Kết luận phải là đề nghị, không đề nghị hoặc hoãn' }),
  reason: z.string().trim().max(2000).optional(),
  discussion: z.string().trim().max(5000).optional(),
  missing: z.array(z.string().trim().max(500)).max(30).optional(),
});
export type Outcome = z.infer<typeof Outcome>;

export const CastVote = z.object({
  token: z.string().min(10).max(200),
  signature: z.string().min(10).max(1000),
  choice: Choice,
});
export type CastVote = z.infer<typeof CastVote>;

export const councilApi = {
  listMembers: endpoint({
    method: 'GET',
    path: '/council/members',
    summary: 'Thành viên Hội đồng TĐKT vào một ngày (mặc định hôm nay)',
    access: 'council.read',
    query: z.object({ date: isoDate.optional() }),
    response: z.array(CouncilMember),
  }),
  addMember: endpoint({
    method: 'POST',
    path: '/council/members',
    summary: 'Bổ sung thành viên Hội đồng từ một ngày; trả lời kèm Hội đồng hôm nay',
    access: 'council.manage',
    body: NewCouncilMember,
    status: 201,
    response: z.object({ id: Id, members: z.array(CouncilMember) }),
    errors: ['UNKNOWN_PERSON', 'ALREADY_MEMBER', 'NOT_FOUND', 'NOT_COUNCIL_ROLE', 'USER_LINKED'],
  }),
  votingAccounts: endpoint({
    method: 'GET',
    path: '/council/voting-accounts',
    summary: 'Các tài khoản đang hoạt động có vai trò được bỏ phiếu trong Hội đồng, để gắn với thành viên',
    access: 'council.manage',
    response: z.array(
      z.object({
        id: Id,
        username: z.string(),
        displayName: z.string(),
        roleLabel: z.string(),
        /** The membership it is linked to now, if any. */
        memberId: Id.nullable(),
      }),
    ),
  }),
  linkMemberUser: endpoint({
    method: 'PUT',
    path: '/council/members/:id/user',
    summary:
      'Gắn (hoặc bỏ gắn, userId = null) tài khoản của một thành viên Hội đồng để bỏ phiếu điện tử; trả lời kèm Hội đồng hôm nay',
    access: 'council.manage',
    params: IdParams,
    body: z.object({ userId: z.string().min(1).nullable() }),
    response: z.object({ ok: z.literal(true), members: z.array(CouncilMember) }),
    errors: ['NOT_FOUND', 'TERM_ENDED', 'NOT_COUNCIL_ROLE', 'USER_LINKED'],
  }),
  endMemberTerm: endpoint({
    method: 'POST',
    path: '/council/members/:id/end',
    summary: 'Thành viên thôi tham gia Hội đồng từ một ngày; trả lời kèm Hội đồng hôm nay',
    access: 'council.manage',
    params: IdParams,
    body: z.object({ termTo: isoDate }),
    response: z.object({ ok: z.literal(true), members: z.array(CouncilMember) }),
    errors: ['NOT_FOUND', 'TERM_ENDED', 'BAD_DATE'],
  }),
  listMeetings: endpoint({
    method: 'GET',
    path: '/meetings',
    summary: 'Các cuộc họp Hội đồng TĐKT (mới nhất trước)',
    access: 'meeting.read',
    response: z.array(MeetingRow),
  }),
  createMeeting: endpoint({
    method: 'POST',
    path: '/meetings',
    summary: 'Lập chương trình họp từ các đề nghị đã trình',
    access: 'meeting.create',
    body: NewMeeting,
    status: 201,
    response: MeetingView,
    errors: ['UNKNOWN_PROPOSAL', 'NOT_READY'],
    dossier: LIST,
  }),
  getMeeting: endpoint({
    method: 'GET',
    path: '/meetings/:id',
    summary:
      'Cuộc họp: chương trình (lịch sử khen thưởng, xung đột lợi ích, bỏ phiếu), điểm danh, số người dự',
    access: 'meeting.read',
    params: IdParams,
    response: MeetingView,
    errors: ['NOT_FOUND'],
    dossier: LIST,
  }),
  meetingVersion: endpoint({
    method: 'GET',
    path: '/meetings/:id/version',
    summary: 'Mốc thay đổi của cuộc họp (để trang họp chỉ tải lại khi có thay đổi)',
    access: 'meeting.read',
    params: IdParams,
    response: z.object({ version: z.string() }),
    errors: ['NOT_FOUND'],
  }),
  setAttendance: endpoint({
    method: 'PUT',
    path: '/meetings/:id/attendance',
    summary: 'Điểm danh một thành viên (vắng mặt: có thể kèm ý kiến bằng văn bản)',
    access: 'meeting.attendance',
    params: IdParams,
    body: Attendance,
    response: MeetingView,
    errors: ['NOT_FOUND', 'MEETING_CLOSED', 'UNKNOWN_MEMBER', 'WRITTEN_OPINION_FOR_ABSENT'],
    dossier: LIST,
  }),
  openMeeting: endpoint({
    method: 'POST',
    path: '/meetings/:id/open',
    summary: 'Khai mạc cuộc họp (cần đủ số thành viên dự họp)',
    access: 'meeting.run',
    params: IdParams,
    response: MeetingView,
    errors: ['NOT_FOUND', 'ILLEGAL_TRANSITION', 'NO_QUORUM'],
    dossier: LIST,
  }),
  setCurrentItem: endpoint({
    method: 'POST',
    path: '/meetings/:id/current',
    summary: 'Chuyển sang thảo luận một đề nghị (hoặc dừng thảo luận)',
    access: 'meeting.run',
    params: IdParams,
    body: z.object({ proposalId: z.string().nullable() }),
    response: MeetingView,
    errors: ['NOT_FOUND', 'MEETING_NOT_OPEN', 'NOT_ON_AGENDA'],
    dossier: LIST,
  }),
  declareConflict: endpoint({
    method: 'POST',
    path: '/meetings/:id/conflicts',
    summary: 'Khai báo xung đột lợi ích (thành viên tự khai; cán bộ ghi cho thành viên)',
    access: 'conflict.declare',
    params: IdParams,
    body: ConflictDeclaration,
    response: MeetingView,
    errors: ['NOT_FOUND', 'MEETING_CLOSED', 'FORBIDDEN', 'UNKNOWN_MEMBER', 'NOT_ON_AGENDA', 'BALLOT_STARTED'],
    dossier: LIST,
  }),
  recordOutcome: endpoint({
    method: 'POST',
    path: '/meetings/:id/items/:proposalId/outcome',
    summary: 'Ghi kết luận của Hội đồng về một đề nghị (kèm ý kiến thảo luận)',
    access: 'meeting.run',
    params: MeetingItemParams,
    body: Outcome,
    response: MeetingView,
    errors: [
      'NOT_FOUND',
      'MEETING_NOT_OPEN',
      'REASON_REQUIRED',
      'MISSING_REQUIRED',
      'NOT_ON_AGENDA',
      'ILLEGAL_TRANSITION',
      'BALLOT_REQUIRED',
      'BALLOT_NOT_PASSED',
      'STALE',
    ],
    dossier: { param: 'proposalId', part: 'public-view' },
  }),
  closeMeeting: endpoint({
    method: 'POST',
    path: '/meetings/:id/close',
    summary: 'Bế mạc cuộc họp',
    access: 'meeting.run',
    params: IdParams,
    body: z.object({ notes: z.string().trim().max(10000).optional() }).default({}),
    response: MeetingView,
    errors: ['NOT_FOUND', 'MEETING_NOT_OPEN', 'BALLOT_OPEN'],
    dossier: LIST,
  }),
  openBallot: endpoint({
    method: 'POST',
    path: '/meetings/:id/ballots',
    summary: 'Mở bỏ phiếu kín về một đề nghị; trả lời cuộc bỏ phiếu và cuộc họp',
    access: 'ballot.run',
    params: IdParams,
    body: z.object({ proposalId: z.string() }),
    status: 201,
    response: BallotAction,
    errors: ['NOT_FOUND', 'MEETING_NOT_OPEN', 'NOT_ON_AGENDA', 'BALLOT_EXISTS'],
  }),
  issueToken: endpoint({
    method: 'POST',
    path: '/ballots/:id/token',
    summary: 'Thành viên nhận chữ ký mù cho phiếu của mình (mỗi thành viên một lần)',
    access: 'ballot.vote',
    params: IdParams,
    body: z.object({ blinded: z.string().min(10).max(1000) }),
    response: z.object({ blindSignature: z.string() }),
    errors: [
      'NOT_FOUND',
      'BALLOT_CLOSED',
      'NOT_A_MEMBER',
      'RECUSED',
      'NOT_PRESENT',
      'ALREADY_HAS_TOKEN',
      'BAD_BLINDED',
      'BALLOT_KEY_UNUSABLE',
    ],
  }),
  markPaperVoter: endpoint({
    method: 'POST',
    path: '/ballots/:id/paper-voters',
    summary: 'Ban kiểm phiếu phát phiếu giấy cho một thành viên có mặt',
    access: 'ballot.tally',
    params: IdParams,
    body: BallotMember,
    response: BallotAction,
    errors: ['NOT_FOUND', 'BALLOT_CLOSED', 'NOT_A_MEMBER', 'RECUSED', 'NOT_PRESENT', 'ALREADY_HAS_TOKEN'],
  }),
  enterPaperVote: endpoint({
    method: 'POST',
    path: '/ballots/:id/paper-votes',
    summary: 'Ban kiểm phiếu nhập một phiếu giấy',
    access: 'ballot.tally',
    params: IdParams,
    body: z.object({ choice: z.enum(BALLOT_CHOICES) }),
    response: BallotAction,
    errors: ['NOT_FOUND', 'BALLOT_CLOSED', 'TOO_MANY_PAPERS', 'BALLOT_KEY_LOST'],
  }),
  enterWrittenVote: endpoint({
    method: 'POST',
    path: '/ballots/:id/written-votes',
    summary: 'Ban kiểm phiếu nhập phiếu lấy ý kiến bằng văn bản của thành viên vắng mặt',
    access: 'ballot.tally',
    params: IdParams,
    body: z.object({ memberId: z.string(), choice: Choice }),
    response: BallotAction,
    errors: [
      'NOT_FOUND',
      'BALLOT_CLOSED',
      'WRITTEN_NOT_ALLOWED',
      'NOT_A_MEMBER',
      'RECUSED',
      'NOT_ABSENT',
      'NO_WRITTEN_OPINION',
      'ALREADY_HAS_TOKEN',
      'BALLOT_KEY_LOST',
    ],
  }),
  closeBallot: endpoint({
    method: 'POST',
    path: '/ballots/:id/close',
    summary: 'Kết thúc bỏ phiếu và kiểm phiếu',
    access: 'ballot.run',
    params: IdParams,
    response: BallotAction,
    errors: ['NOT_FOUND', 'BALLOT_CLOSED', 'BALLOT_KEY_LOST'],
  }),
  publicBallot: endpoint({
    method: 'GET',
    path: '/public/ballots/:id',
    summary:
      'Cuộc bỏ phiếu (công khai): khóa công khai, số phiếu đã phát; sau khi kết thúc: biên nhận và kết quả',
    access: 'public',
    params: IdParams,
    response: PublicBallot,
    errors: ['NOT_FOUND'],
  }),
  recount: endpoint({
    method: 'GET',
    path: '/public/ballots/:id/recount',
    summary: 'Kiểm lại phiếu từ các phiếu đã lưu (sau khi kết thúc bỏ phiếu)',
    access: 'public',
    params: IdParams,
    response: Recount,
    errors: ['NOT_FOUND', 'BALLOT_OPEN'],
  }),
  castVote: endpoint({
    method: 'POST',
    path: '/public/ballots/:id/votes',
    summary: 'Bỏ phiếu bằng phiếu đã được ký (không đăng nhập; không ghi nhật ký)',
    access: 'public',
    params: IdParams,
    body: CastVote,
    status: 201,
    response: z.object({ receipt: z.string() }),
    errors: ['NOT_FOUND', 'BALLOT_CLOSED', 'INVALID_TOKEN', 'ALREADY_VOTED', 'BALLOT_KEY_LOST'],
  }),
};
