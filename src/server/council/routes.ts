import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../contract/iso-date';
import { today } from '../db/ids';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { defaultBallotBoxDir, sweepBallotKeys } from './ballot-box';
import {
  ballotView,
  castVote,
  closeBallot,
  enterPaperVote,
  enterWrittenVote,
  issueToken,
  markPaperVoter,
  openBallot,
  recount,
} from './ballots';
import { closeMeeting, declareConflict, recordOutcome, setCurrent, startMeeting } from './meeting-actions';
import { createMeeting, meetingView, setAttendance } from './meetings';
import { addCouncilMember, councilOn, endCouncilTerm } from './members';

const Id = z.object({ id: z.string() });
/** The meeting view lists dossiers: rows the reader declared a conflict of interest with show their public part. */
const LIST = { dossier: { list: true } } as const;
const OFFICER = ['ADMIN', 'CAN_BO_TDKT'] as const;
const CHAIR_OR_OFFICER = ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH'] as const;

export const councilRoutes =
  ({ db, config }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const box = config.ballotBoxDir ?? defaultBallotBoxDir();
    await sweepBallotKeys(db, box); // keys of ballots closed just before a crash
    app.get(
      '/council/members',
      { schema: { querystring: z.object({ date: isoDate.optional() }) } },
      async (req) => {
        const u = requireUser(req);
        return councilOn(db, u.tenantId, req.query.date ?? today());
      },
    );

    /** Council membership changes over time: add a member with a term, or end a term. */
    app.post(
      '/council/members',
      {
        schema: {
          body: z.object({
            personId: z.string(),
            role: z.enum(['CHU_TICH', 'PHO_CHU_TICH', 'THUONG_TRUC', 'UY_VIEN'], {
              message: 'Chức vụ trong Hội đồng không hợp lệ',
            }),
            termFrom: isoDate,
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH']);
        const id = await addCouncilMember(db, u, actorOf(req, u), req.body);
        return reply.status(201).send({ id });
      },
    );
    app.post(
      '/council/members/:id/end',
      { schema: { params: Id, body: z.object({ termTo: isoDate }) } },
      async (req) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH']);
        await endCouncilTerm(db, u, actorOf(req, u), req.params.id, req.body.termTo);
        return { ok: true };
      },
    );

    app.get('/meetings', async (req) => {
      const u = requireUser(req);
      const rows = await db
        .selectFrom('meetings')
        .selectAll()
        .where('tenant_id', '=', u.tenantId)
        .orderBy('meeting_date', 'desc')
        .execute();
      return rows.map((m) => ({
        id: m.id,
        title: m.title,
        meetingDate: m.meeting_date,
        place: m.place,
        status: m.status,
      }));
    });

    app.post(
      '/meetings',
      {
        config: LIST,
        schema: {
          body: z.object({
            title: z.string().trim().min(5, 'Tiêu đề quá ngắn').max(300),
            meetingDate: isoDate,
            place: z.string().trim().min(2, 'Chưa nhập địa điểm').max(200),
            proposalIds: z.array(z.string()).min(1, 'Chương trình họp cần ít nhất một đề nghị').max(500),
          }),
        },
      },
      async (req, reply) => {
        const u = requireUser(req, OFFICER);
        const id = await createMeeting(db, u, actorOf(req, u), req.body);
        return reply.status(201).send(await meetingView(db, u, id));
      },
    );

    app.get('/meetings/:id', { config: LIST, schema: { params: Id } }, async (req) =>
      meetingView(db, requireUser(req), req.params.id),
    );

    app.put(
      '/meetings/:id/attendance',
      {
        config: LIST,
        schema: {
          params: Id,
          body: z.object({
            memberId: z.string(),
            present: z.boolean(),
            writtenOpinion: z.string().trim().max(3000).optional(),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req, OFFICER);
        await setAttendance(db, u, actorOf(req, u), req.params.id, req.body);
        return meetingView(db, u, req.params.id);
      },
    );

    app.post('/meetings/:id/open', { config: LIST, schema: { params: Id } }, async (req) => {
      const u = requireUser(req, CHAIR_OR_OFFICER);
      await startMeeting(db, u, actorOf(req, u), req.params.id);
      return meetingView(db, u, req.params.id);
    });

    app.post(
      '/meetings/:id/current',
      { config: LIST, schema: { params: Id, body: z.object({ proposalId: z.string().nullable() }) } },
      async (req) => {
        const u = requireUser(req, CHAIR_OR_OFFICER);
        await setCurrent(db, u, actorOf(req, u), req.params.id, req.body.proposalId);
        return meetingView(db, u, req.params.id);
      },
    );

    app.post(
      '/meetings/:id/conflicts',
      {
        config: LIST,
        schema: {
          params: Id,
          body: z.object({
            proposalId: z.string(),
            memberId: z.string(),
            reason: z.string().trim().min(3, 'Cần nêu lý do').max(500),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH', 'THANH_VIEN_HD']);
        await declareConflict(db, u, actorOf(req, u), req.params.id, req.body);
        return meetingView(db, u, req.params.id);
      },
    );

    app.post(
      '/meetings/:id/items/:proposalId/outcome',
      {
        config: { dossier: { param: 'proposalId', part: 'public-view' } },
        schema: {
          params: z.object({ id: z.string(), proposalId: z.string() }),
          body: z.object({
            outcome: z.enum(['RECOMMEND', 'REJECT', 'DEFER'], {
              message: 'Kết luận phải là đề nghị, không đề nghị hoặc hoãn',
            }),
            reason: z.string().trim().max(2000).optional(),
            discussion: z.string().trim().max(5000).optional(),
            missing: z.array(z.string().trim().max(500)).max(30).optional(),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req, CHAIR_OR_OFFICER);
        await recordOutcome(db, u, actorOf(req, u), req.params.id, req.params.proposalId, req.body);
        return meetingView(db, u, req.params.id);
      },
    );

    app.post(
      '/meetings/:id/close',
      {
        config: LIST,
        schema: {
          params: Id,
          body: z.object({ notes: z.string().trim().max(10000).optional() }).default({}),
        },
      },
      async (req) => {
        const u = requireUser(req, CHAIR_OR_OFFICER);
        await closeMeeting(db, u, actorOf(req, u), req.params.id, req.body?.notes);
        return meetingView(db, u, req.params.id);
      },
    );

    app.post(
      '/meetings/:id/ballots',
      { schema: { params: Id, body: z.object({ proposalId: z.string() }) } },
      async (req, reply) => {
        const u = requireUser(req, CHAIR_OR_OFFICER);
        const id = await openBallot(db, box, u, actorOf(req, u), req.params.id, req.body.proposalId);
        return reply.status(201).send(await ballotView(db, id));
      },
    );

    app.post(
      '/ballots/:id/token',
      { schema: { params: Id, body: z.object({ blinded: z.string().min(10).max(1000) }) } },
      async (req) => {
        const u = requireUser(req, ['THANH_VIEN_HD', 'CHU_TICH', 'CAN_BO_TDKT', 'ADMIN']);
        return issueToken(db, u, actorOf(req, u), req.params.id, req.body.blinded);
      },
    );

    app.post(
      '/ballots/:id/paper-voters',
      { schema: { params: Id, body: z.object({ memberId: z.string() }) } },
      async (req) => {
        const u = requireUser(req, OFFICER);
        await markPaperVoter(db, u, actorOf(req, u), req.params.id, req.body.memberId);
        return ballotView(db, req.params.id);
      },
    );

    app.post(
      '/ballots/:id/paper-votes',
      { schema: { params: Id, body: z.object({ choice: z.enum(['DONG_Y', 'KHONG_DONG_Y']) }) } },
      async (req) => {
        const u = requireUser(req, OFFICER);
        await enterPaperVote(db, box, u, actorOf(req, u), req.params.id, req.body.choice);
        return ballotView(db, req.params.id);
      },
    );

    app.post(
      '/ballots/:id/written-votes',
      {
        schema: {
          params: Id,
          body: z.object({
            memberId: z.string(),
            choice: z.enum(['DONG_Y', 'KHONG_DONG_Y'], {
              message: 'Lựa chọn phải là đồng ý hoặc không đồng ý',
            }),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req, OFFICER);
        await enterWrittenVote(
          db,
          box,
          u,
          actorOf(req, u),
          req.params.id,
          req.body.memberId,
          req.body.choice,
        );
        return ballotView(db, req.params.id);
      },
    );

    app.post('/ballots/:id/close', { schema: { params: Id } }, async (req) => {
      const u = requireUser(req, CHAIR_OR_OFFICER);
      await closeBallot(db, box, u, actorOf(req, u), req.params.id);
      return ballotView(db, req.params.id);
    });
  };

/** No login: the ballot's public key and receipts (members check theirs), casting, and a recount. */
export const ballotPublicRoutes =
  ({ db, config }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const box = config.ballotBoxDir ?? defaultBallotBoxDir();
    app.get('/ballots/:id', { schema: { params: Id } }, async (req) => {
      const v = await ballotView(db, req.params.id);
      return { ...v, meetingId: undefined };
    });
    app.get('/ballots/:id/recount', { schema: { params: Id } }, async (req) => recount(db, req.params.id));
    // Casting is never logged, at any level (request, response, error): a log line would tell when a vote arrived.
    app.post(
      '/ballots/:id/votes',
      {
        logLevel: 'silent',
        schema: {
          params: Id,
          body: z.object({
            token: z.string().min(10).max(200),
            signature: z.string().min(10).max(1000),
            choice: z.enum(['DONG_Y', 'KHONG_DONG_Y'], {
              message: 'Lựa chọn phải là đồng ý hoặc không đồng ý',
            }),
          }),
        },
      },
      async (req, reply) => reply.status(201).send(await castVote(db, box, req.params.id, req.body)),
    );
  };
