import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BallotAction, councilApi, type PublicBallot } from '../../contract/council';
import { disclosuresApi } from '../../contract/disclosures';
import { proposalsApi } from '../../contract/proposals';
import { blind, newToken, receiptOf, unblind } from '../../core/ballot';
import { b64ToBig } from '../../core/ballot/bigint-math';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
let chair: Client;
/** Members with an account who vote on their phones; hd3 ('Ngô Văn Lực') will be recused. */
let hd1: Client;
let hd2: Client;
let hd3: Client;
/** Two teachers with what "Chiến sĩ thi đua cơ sở" needs: the year's rating and an initiative. */
let dung: string;
let anh: string;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
  ({ officer, chair } = w);
  // A council of ten (listed by role): chairman; two vice-chairs (one without an account); the officer as
  // standing member; six members — the world's member, two with accounts and three without (paper voters).
  await w.paperMember({ role: 'PHO_CHU_TICH', fullName: 'Phó Chủ Tịch Giấy' });
  hd1 = (await w.councilMember({ role: 'PHO_CHU_TICH', fullName: 'Phó Chủ Tịch Mặt Trận' })).client;
  hd2 = (await w.councilMember({ fullName: 'Nguyễn Thị Ánh' })).client;
  await w.paperMember({ fullName: 'Ủy Viên Thanh Niên' });
  hd3 = (await w.councilMember({ fullName: 'Ngô Văn Lực' })).client;
  await w.paperMember({ fullName: 'Ủy Viên Công An' });
  await w.paperMember({ fullName: 'Ủy Viên Quân Sự' });
  dung = await w.person({ unitId: w.units.school, fullName: 'Trần Thị Mỹ Dung', category: 'VIEN_CHUC' });
  await w.rating(dung, 2025, 'HTXSNV');
  await w.initiative(dung, 2025);
  anh = await w.person({ unitId: w.units.school, fullName: 'Nguyễn Thị Ngọc Ánh', category: 'VIEN_CHUC' });
  await w.rating(anh, 2026, 'HTXSNV');
  await w.initiative(anh, 2026);
});
afterAll(async () => {
  await w?.close();
});

const act = (c: Client, id: string, action: string) =>
  c.attempt(proposalsApi.actOnProposal, { params: { id, action }, body: {} });

/** A member gets a ballot: the server's blind signature on a hidden token, made into the token's signature. */
async function takeBallot(client: Client, ballot: PublicBallot) {
  const pub = { n: b64ToBig(ballot.publicKey.n), e: b64ToBig(ballot.publicKey.e) };
  const token = newToken();
  const { blinded, unblinder } = await blind(pub, token);
  const r = await client.attempt(councilApi.issueToken, { params: { id: ballot.id }, body: { blinded } });
  if (r.error) return { status: r.status, error: r.error, token, signature: '' };
  return {
    status: r.status,
    error: null,
    token,
    signature: await unblind(pub, token, r.body.blindSignature, unblinder),
  };
}

/** The vote itself: no session, only the signed token. */
async function cast(
  ballot: PublicBallot,
  v: { token: string; signature: string },
  choice: 'DONG_Y' | 'KHONG_DONG_Y',
) {
  const r = await w.anonymous.attempt(councilApi.castVote, {
    params: { id: ballot.id },
    body: { token: v.token, signature: v.signature, choice },
  });
  return { ...v, status: r.status, error: r.error, receipt: r.body?.receipt };
}

async function vote(client: Client, ballot: PublicBallot, choice: 'DONG_Y' | 'KHONG_DONG_Y') {
  const v = await takeBallot(client, ballot);
  return v.error ? v : cast(ballot, v, choice);
}

describe('a council meeting with a secret ballot', () => {
  it('agenda, quorum, conflict, anonymous ballot with paper votes, recount, outcome', async () => {
    // CSTĐCS needs the year's rating (Law Art. 23, 24): the 2025 rating was entered before proposing.
    const p = {
      body: await officer.api.call(proposalsApi.createProposal, {
        body: {
          unitId: w.units.school,
          awardCode: 'CSTDCS',
          subjectKind: 'INDIVIDUAL',
          personId: dung,
          year: 2025,
          achievement:
            'Hai năm liền Lao động tiên tiến, sáng kiến "Đổi mới phương pháp dạy học tích cực" được công nhận cấp cơ sở',
        },
      }),
    };
    await act(officer, p.body.id, 'submit');
    await act(officer, p.body.id, 'forward');

    const members = await officer.api.call(councilApi.listMembers, {});
    expect(members).toHaveLength(10);
    const m = await officer.attempt(councilApi.createMeeting, {
      body: {
        title: 'Họp Hội đồng TĐKT xét khen thưởng năm 2025',
        meetingDate: '2025-12-15',
        place: 'Hội trường UBND xã',
        proposalIds: [p.body.id],
      },
    });
    expect(m.status).toBe(201);
    const mid = m.body.id;
    const meeting = { id: mid };
    const version = async () =>
      (await officer.api.call(councilApi.meetingVersion, { params: meeting })).version;
    expect(await version()).toBe(m.body.version);

    for (const x of members.slice(0, 6))
      await officer.api.call(councilApi.setAttendance, {
        params: meeting,
        body: { memberId: x.id, present: true },
      });
    const noQuorum = await chair.attempt(councilApi.openMeeting, { params: meeting });
    expect(noQuorum.error?.code).toBe('NO_QUORUM');
    expect(noQuorum.error?.message).toContain('6/10');
    // Each action answers the meeting view it changed, with its new version.
    const before = await version();
    for (const x of members.slice(6, 9)) {
      const after = await officer.api.call(councilApi.setAttendance, {
        params: meeting,
        body: { memberId: x.id, present: true },
      });
      expect(after.members.find((y) => y.id === x.id)?.present).toBe(true);
      expect(after.version).toBe(await version());
    }
    expect(await version()).not.toBe(before);
    const absent = members[9];
    if (!absent) throw new Error('no member');
    await officer.api.call(councilApi.setAttendance, {
      params: meeting,
      body: { memberId: absent.id, present: false, writtenOpinion: 'Đồng ý với đề nghị.' },
    });
    const opened = await chair.api.call(councilApi.openMeeting, { params: meeting });
    expect(opened).toMatchObject({ status: 'OPEN', quorum: { ok: true } });
    const current = await chair.api.call(councilApi.setCurrentItem, {
      params: meeting,
      body: { proposalId: p.body.id },
    });
    expect(current.currentProposalId).toBe(p.body.id);
    const roll = await w.t.handle.db
      .selectFrom('audit_log')
      .select('summary')
      .where('entity_id', '=', mid)
      .where('action', '=', 'attendance')
      .execute();
    expect(roll.map((r) => r.summary)).toContain(
      `Điểm danh: ${absent.name} vắng mặt (có ý kiến bằng văn bản)`,
    );

    // A conflict: the members' own declarations; the officer records one for a member.
    const view = await officer.api.call(councilApi.getMeeting, { params: meeting });
    expect(view.agenda[0]?.suggestedConflicts).toEqual([]);
    const recusedMember = members.find((x) => x.name === 'Ngô Văn Lực');
    if (!recusedMember) throw new Error('no member');
    const offAgenda = await officer.attempt(councilApi.declareConflict, {
      params: meeting,
      body: { proposalId: 'khong-co', memberId: recusedMember.id, reason: 'Có quan hệ họ hàng' },
    });
    expect([offAgenda.status, offAgenda.error?.code]).toEqual([400, 'NOT_ON_AGENDA']);
    const notMember = await officer.attempt(councilApi.declareConflict, {
      params: meeting,
      body: { proposalId: p.body.id, memberId: 'khong-co', reason: 'Có quan hệ họ hàng' },
    });
    expect([notMember.status, notMember.error?.code]).toEqual([400, 'UNKNOWN_MEMBER']);
    expect(await w.t.handle.db.selectFrom('meeting_conflicts').select('member_id').execute()).toHaveLength(0);
    // A member declares only their own conflicts; the officer records one for a member.
    const notOwn = await hd3.attempt(councilApi.declareConflict, {
      params: meeting,
      body: { proposalId: p.body.id, memberId: absent.id, reason: 'Có quan hệ họ hàng' },
    });
    expect([notOwn.status, notOwn.error?.code]).toEqual([403, 'FORBIDDEN']);
    const declared = await officer.api.call(councilApi.declareConflict, {
      params: meeting,
      body: {
        proposalId: p.body.id,
        memberId: recusedMember.id,
        reason: 'Có quan hệ họ hàng với người được đề nghị',
      },
    });
    expect(declared.agenda[0]?.conflicts.map((c) => c.memberId)).toEqual([recusedMember.id]);
    const conflictedView = await hd3.api.call(councilApi.getMeeting, { params: meeting });
    expect(conflictedView.agenda[0]).toMatchObject({ achievement: null, iAmConflicted: true });

    // The chairman cannot approve while the council has not concluded on the proposal.
    const early = await act(chair, p.body.id, 'approve');
    expect([early.status, early.error?.code]).toEqual([409, 'COUNCIL_PENDING']);

    // Recommending without the required ballot is refused.
    const item = { id: mid, proposalId: p.body.id };
    expect(
      (await chair.attempt(councilApi.recordOutcome, { params: item, body: { outcome: 'RECOMMEND' } })).error
        ?.code,
    ).toBe('BALLOT_REQUIRED');

    const started = await chair.attempt(councilApi.openBallot, {
      params: meeting,
      body: { proposalId: p.body.id },
    });
    expect(started.status).toBe(201);
    const ballot = started.body;
    // The ballot's answer carries the meeting it changed.
    expect(ballot.meeting.agenda[0]?.ballot).toEqual({ id: ballot.id, status: 'OPEN', result: null });
    const params = { id: ballot.id };

    const v1 = await vote(hd1, ballot, 'DONG_Y');
    // A ballot handed out is a change of the meeting (the signature sheet shows it); a vote arriving is not:
    // the version the meeting page polls says nothing about when a vote came.
    const beforeToken = await version();
    const t2 = await takeBallot(hd2, ballot);
    const afterToken = await version();
    expect(afterToken).not.toBe(beforeToken);
    const v2 = await cast(ballot, t2, 'DONG_Y');
    expect(await version()).toBe(afterToken);
    const v3 = await vote(chair, ballot, 'KHONG_DONG_Y');
    expect([v1.status, v2.status, v3.status]).toEqual([201, 201, 201]);
    expect((await vote(hd3, ballot, 'DONG_Y')).error).toMatchObject({ code: 'RECUSED' });
    expect((await vote(hd1, ballot, 'DONG_Y')).error).toMatchObject({ code: 'ALREADY_HAS_TOKEN' });
    const again = await w.anonymous.attempt(councilApi.castVote, {
      params,
      body: { token: v1.token, signature: v1.signature, choice: 'KHONG_DONG_Y' },
    });
    expect(again.error?.code).toBe('ALREADY_VOTED');
    const forged = await w.anonymous.attempt(councilApi.castVote, {
      params,
      body: { token: newToken(), signature: v1.signature, choice: 'DONG_Y' },
    });
    expect(forged.error?.code).toBe('INVALID_TOKEN');

    // Present members without an account vote on paper; the tellers enter three papers, not a fourth.
    expect(
      (await officer.attempt(councilApi.markPaperVoter, { params, body: { memberId: absent.id } })).error
        ?.code,
    ).toBe('NOT_PRESENT');
    const paperMembers = members.slice(0, 9).filter((x) => x.userId === null);
    expect(paperMembers).toHaveLength(3);
    for (const x of paperMembers) {
      const r = await officer.api.call(councilApi.markPaperVoter, { params, body: { memberId: x.id } });
      expect(r.meeting.id).toBe(mid);
    }
    // Four papers entered at once by two tellers: three counted, the fourth refused (entries are serialised on the ballot).
    const papers = await Promise.all(
      [0, 1, 2, 3].map(() =>
        officer.attempt(councilApi.enterPaperVote, { params, body: { choice: 'DONG_Y' } }),
      ),
    );
    expect(papers.map((r) => r.status).sort()).toEqual([200, 200, 200, 409]);
    expect(papers.find((r) => r.status === 409)?.error?.code).toBe('TOO_MANY_PAPERS');

    // The absent member's written opinion (phiếu lấy ý kiến bằng văn bản) is counted, once; present or recused members cannot use it.
    const writtenVote = (c: Client, memberId: string, choice: 'DONG_Y' | 'KHONG_DONG_Y') =>
      c.attempt(councilApi.enterWrittenVote, { params, body: { memberId, choice } });
    expect((await writtenVote(officer, paperMembers[0]?.id ?? '', 'DONG_Y')).error?.code).toBe('NOT_ABSENT');
    expect((await writtenVote(officer, recusedMember.id, 'DONG_Y')).error?.code).toBe('RECUSED');
    expect((await writtenVote(hd1, absent.id, 'DONG_Y')).status).toBe(403);
    const written: BallotAction = await officer.api.call(councilApi.enterWrittenVote, {
      params,
      body: { memberId: absent.id, choice: 'DONG_Y' },
    });
    // While open: who received a ballot (3 digital, 3 paper, 1 written), nothing about the votes.
    expect(written).toMatchObject({
      writtenVotes: 1,
      ballotsIssued: 7,
      votesCast: null,
      receipts: null,
      result: null,
    });
    const twice = await writtenVote(officer, absent.id, 'KHONG_DONG_Y');
    expect(twice.status).toBe(409);
    expect(twice.error?.code).toBe('ALREADY_HAS_TOKEN');

    // While open the votes are a sealed pool: 7 rows of the same size, no receipt or choice readable, no count or recount.
    const pool = await w.t.handle.db
      .selectFrom('ballot_pool')
      .selectAll()
      .where('ballot_id', '=', ballot.id)
      .execute();
    expect(pool).toHaveLength(7);
    expect(new Set(pool.map((r) => r.sealed.length)).size).toBe(1);
    const receipts = [await receiptOf(v1.token), await receiptOf(v2.token), await receiptOf(v3.token)];
    expect(receipts.some((r) => JSON.stringify(pool).includes(r))).toBe(false);
    expect(
      await w.t.handle.db
        .selectFrom('ballot_votes')
        .select('id')
        .where('ballot_id', '=', ballot.id)
        .execute(),
    ).toHaveLength(0);
    expect((await w.anonymous.attempt(councilApi.recount, { params })).error?.code).toBe('BALLOT_OPEN');
    const keyFile = path.join(w.t.ballotBoxDir, `${ballot.id}.key`);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);

    const closed = await chair.api.call(councilApi.closeBallot, { params });
    // Each member finds their receipt among those counted; the pool is gone, and so is its key.
    expect(closed.receipts).toEqual(expect.arrayContaining(receipts));
    expect(closed.votesCast).toBe(7);
    expect(closed.meeting.agenda[0]?.ballot).toMatchObject({ status: 'CLOSED', result: { passed: true } });
    expect(
      await w.t.handle.db
        .selectFrom('ballot_votes')
        .select('id')
        .where('ballot_id', '=', ballot.id)
        .where('channel', '=', 'WRITTEN')
        .execute(),
    ).toHaveLength(1);
    expect(
      await w.t.handle.db.selectFrom('ballot_pool').select('id').where('ballot_id', '=', ballot.id).execute(),
    ).toHaveLength(0);
    expect(fs.existsSync(keyFile)).toBe(false);
    // 6 agree (2 digital, 3 paper, 1 written) of 9 (10 members, 1 recused and excluded) — more than half: passed.
    expect(closed.result).toMatchObject({
      agree: 6,
      disagree: 1,
      counted: 7,
      denominator: 9,
      passed: true,
    });
    const recount = await w.anonymous.api.call(councilApi.recount, { params });
    expect(recount.proposals[0]).toMatchObject({ agree: 6, passed: true });
    expect((await writtenVote(officer, absent.id, 'DONG_Y')).error?.code).toBe('BALLOT_CLOSED');
    const late = await cast(ballot, { token: newToken(), signature: v1.signature }, 'DONG_Y');
    expect(late.error?.code).toBe('BALLOT_CLOSED');

    // Anonymity, checked in the database itself: votes carry no member, no time; tokens carry no receipt.
    const voteRow = await w.t.handle.db
      .selectFrom('ballot_votes')
      .selectAll()
      .where('ballot_id', '=', ballot.id)
      .executeTakeFirstOrThrow();
    expect(Object.keys(voteRow).sort()).toEqual(['ballot_id', 'channel', 'choice', 'id', 'receipt']);
    const tokenRow = await w.t.handle.db
      .selectFrom('ballot_tokens')
      .selectAll()
      .where('ballot_id', '=', ballot.id)
      .executeTakeFirstOrThrow();
    expect(Object.keys(tokenRow).sort()).toEqual(['ballot_id', 'channel', 'member_id']);
    const audit = await w.t.handle.db
      .selectFrom('audit_log')
      .select(['data', 'summary'])
      .where('entity_id', '=', ballot.id)
      .execute();
    const leaked = [v1, v2, v3].some((v) =>
      audit.some((a) => `${a.data}${a.summary}`.includes(v.token) || `${a.data}`.includes(v.signature)),
    );
    expect(leaked).toBe(false);
    const dump = JSON.stringify(await w.t.handle.db.selectFrom('ballot_tokens').selectAll().execute());
    expect(dump.includes(await receiptOf(v1.token))).toBe(false);

    const rec = await chair.api.call(councilApi.recordOutcome, {
      params: item,
      body: { outcome: 'RECOMMEND', discussion: 'Hội đồng thống nhất đề nghị.' },
    });
    expect(rec.agenda[0]?.outcome).toBe('RECOMMEND');
    expect(rec.agenda[0]?.discussion).toBe('Hội đồng thống nhất đề nghị.');
    const ended = await chair.api.call(councilApi.closeMeeting, { params: meeting, body: {} });
    expect(ended).toMatchObject({ status: 'CLOSED', currentProposalId: null });
    const history = await officer.api.call(proposalsApi.getProposal, { params: { id: p.body.id } });
    if (history.access !== 'FULL') throw new Error('expected the full dossier');
    expect(history.history.map((h) => h.action)).toEqual([
      'create',
      'submit',
      'forward',
      'conflict',
      'ballot-result',
      'council-recommend',
    ]);
    // Recommended, but a council-voted title is decided only after public disclosure.
    const undisclosed = await act(chair, p.body.id, 'approve');
    expect([undisclosed.status, undisclosed.error?.code]).toEqual([409, 'DISCLOSURE_REQUIRED']);
    expect(undisclosed.error?.message).toContain('công khai');
    const today = w.today();
    const shift = (d: number) => new Date(Date.parse(today) + d * 86_400_000).toISOString().slice(0, 10);
    const disclosure = await officer.attempt(disclosuresApi.publishDisclosure, {
      body: {
        title: 'Danh sách đề nghị danh hiệu Chiến sĩ thi đua cơ sở',
        startsOn: today,
        endsOn: shift(6),
        proposalIds: [p.body.id],
      },
    });
    expect(disclosure.status).toBe(201);
    // The period ends (moved into the past, as after waiting the days); then the chairman may approve.
    await w.t.handle.db
      .updateTable('disclosures')
      .set({ starts_on: shift(-10), ends_on: shift(-4) })
      .where('id', '=', disclosure.body.id)
      .execute();
    expect((await act(chair, p.body.id, 'approve')).body.status).toBe('APPROVED');

    // A title voted by secret ballot cannot be approved without the council at all.
    const q = await officer.api.call(proposalsApi.createProposal, {
      body: {
        unitId: w.units.school,
        awardCode: 'CSTDCS',
        subjectKind: 'INDIVIDUAL',
        personId: anh,
        year: 2026,
        achievement: 'Sáng kiến đổi mới phương pháp dạy học được công nhận cấp cơ sở',
      },
    });
    await act(officer, q.id, 'submit');
    expect((await act(officer, q.id, 'forward')).body.status).toBe('FORWARDED');
    const skip = await act(chair, q.id, 'approve');
    expect([skip.status, skip.error?.code]).toEqual([409, 'COUNCIL_REQUIRED']);
    expect(skip.error?.message).toContain('bỏ phiếu kín');
    expect((await officer.api.call(proposalsApi.getProposal, { params: { id: q.id } })).status).toBe(
      'FORWARDED',
    );
  });
});
