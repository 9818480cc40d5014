import { councilApi } from '../../contract/council';
import { todayIn } from '../clock';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { defaultBallotBoxDir, sweepBallotKeys } from './ballot-box';
import {
  castVote,
  closeBallot,
  enterPaperVote,
  enterWrittenVote,
  issueToken,
  markPaperVoter,
  openBallot,
  publicBallot,
  recount,
} from './ballots';
import { closeMeeting, declareConflict, recordOutcome, setCurrent, startMeeting } from './meeting-actions';
import { createMeeting, listMeetings, meetingVersion, meetingView, setAttendance } from './meetings';
import { addCouncilMember, councilOn, endCouncilTerm, linkMemberUser, votingAccounts } from './members';

/**
 * The council, its meetings and ballots; and the public ballot routes (`/api/public/ballots/...`: the
 * ballot's key and receipts, casting, recount — no sign-in, limited per address in `http/rate-limits.ts`).
 */
export const councilRoutes =
  ({ db, config, clock }: AppDeps): Feature =>
  async (app) => {
    const box = config.ballotBoxDir ?? defaultBallotBoxDir();
    await sweepBallotKeys(db, box); // keys of ballots closed just before a crash
    bindAll(
      app,
      councilApi,
      {
        listMembers: ({ query }, { user }) => councilOn(db, user.tenantId, query.date ?? todayIn(clock)),
        addMember: ({ body }, { user, actor }) => addCouncilMember(db, clock, user, actor, body),
        endMemberTerm: ({ params, body }, { user, actor }) =>
          endCouncilTerm(db, clock, user, actor, params.id, body.termTo),
        votingAccounts: (_, { user }) => votingAccounts(db, clock, user),
        linkMemberUser: ({ params, body }, { user, actor }) =>
          linkMemberUser(db, clock, user, actor, params.id, body.userId),
        listMeetings: (_, { user }) => listMeetings(db, user),
        createMeeting: ({ body }, { user, actor }) => createMeeting(db, clock, user, actor, body),
        getMeeting: ({ params }, { user }) => meetingView(db, clock, user, params.id),
        meetingVersion: ({ params }, { user }) => meetingVersion(db, user, params.id),
        setAttendance: ({ params, body }, { user, actor }) =>
          setAttendance(db, clock, user, actor, params.id, body),
        openMeeting: ({ params }, { user, actor }) => startMeeting(db, clock, user, actor, params.id),
        setCurrentItem: ({ params, body }, { user, actor }) =>
          setCurrent(db, clock, user, actor, params.id, body.proposalId),
        declareConflict: ({ params, body }, { user, actor }) =>
          declareConflict(db, clock, user, actor, params.id, body),
        recordOutcome: ({ params, body }, { user, actor }) =>
          recordOutcome(db, clock, user, actor, params.id, params.proposalId, body),
        closeMeeting: ({ params, body }, { user, actor }) =>
          closeMeeting(db, clock, user, actor, params.id, body.notes),
        openBallot: ({ params, body }, { user, actor }) =>
          openBallot(db, clock, box, user, actor, params.id, body.proposalId),
        issueToken: ({ params, body }, { user, actor }) =>
          issueToken(db, clock, user, actor, params.id, body.blinded),
        markPaperVoter: ({ params, body }, { user, actor }) =>
          markPaperVoter(db, clock, user, actor, params.id, body.memberId),
        enterPaperVote: ({ params, body }, { user, actor }) =>
          enterPaperVote(db, clock, box, user, actor, params.id, body.choice),
        enterWrittenVote: ({ params, body }, { user, actor }) =>
          enterWrittenVote(db, clock, box, user, actor, params.id, body.memberId, body.choice),
        closeBallot: ({ params }, { user, actor }) => closeBallot(db, clock, box, user, actor, params.id),
        publicBallot: ({ params }) => publicBallot(db, params.id),
        recount: ({ params }) => recount(db, params.id),
        castVote: ({ params, body }) => castVote(db, box, params.id, body),
      },
      // Casting is never logged, at any level (request, response, error): a log line would tell when a vote arrived.
      { castVote: { logLevel: 'silent' } },
    );
  };
