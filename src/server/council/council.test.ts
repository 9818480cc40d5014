import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blind, newToken, receiptOf, unblind } from '../../core/ballot';
import { b64ToBig } from '../../core/ballot/bigint-math';
import { type Client, startTestApp, type TestApp } from '../http/test-app';

let t: TestApp;
let officer: Client;
let chair: Client;
beforeAll(async () => {
  t = await startTestApp();
  officer = await t.as('canbo');
  chair = await t.as('chutich');
});
afterAll(async () => {
  await t?.close();
});

interface Member {
  id: string;
  name: string;
  userId: string | null;
  unitName: string;
}
interface Ballot {
  id: string;
  publicKey: { n: string; e: string };
  receipts: string[] | null;
  votesCast: number | null;
  ballotsIssued: number;
  status: string;
  result: { agree: number; denominator: number; passed: boolean } | null;
}

async function vote(client: Client, ballot: Ballot, choice: 'DONG_Y' | 'KHONG_DONG_Y') {
  const pub = { n: b64ToBig(ballot.publicKey.n), e: b64ToBig(ballot.publicKey.e) };
  const token = newToken();
  const { blinded, unblinder } = await blind(pub, token);
  const r = await client.post<{ blindSignature: string }>(`/api/ballots/${ballot.id}/token`, { blinded });
  if (r.status !== 200) return { status: r.status, body: r.body, token, signature: '' };
  const signature = await unblind(pub, token, r.body.blindSignature, unblinder);
  const cast = await t.anonymous.post<{ receipt: string }>(`/api/public/ballots/${ballot.id}/votes`, {
    token,
    signature,
    choice,
  });
  return { status: cast.status, body: cast.body, token, signature };
}

describe('a council meeting with a secret ballot', () => {
  it('agenda, quorum, conflict, anonymous ballot with paper votes, recount, outcome', async () => {
    const people = (await officer.get<{ id: string; unitId: string; fullName: string }[]>('/api/people'))
      .body;
    const teacher = people.find((p) => p.fullName === 'Trần Thị Mỹ Dung');
    if (!teacher) throw new Error('no teacher');
    // CSTĐCS needs the year's rating (Law Art. 23, 24): the 2025 rating is entered before proposing.
    await t.handle.db
      .insertInto('ratings')
      .values({
        id: 'rating-dung-2025',
        tenant_id: (
          await t.handle.db
            .selectFrom('people')
            .select('tenant_id')
            .where('id', '=', teacher.id)
            .executeTakeFirstOrThrow()
        ).tenant_id,
        person_id: teacher.id,
        unit_id: null,
        year: 2025,
        rating: 'HTXSNV',
        source: 'MANUAL',
        created_at: new Date().toISOString(),
      })
      .execute();
    const p = await officer.post<{ id: string }>('/api/proposals', {
      unitId: teacher.unitId,
      awardCode: 'CSTDCS',
      subjectKind: 'INDIVIDUAL',
      personId: teacher.id,
      year: 2025,
      achievement:
        'Hai năm liền Lao động tiên tiến, sáng kiến "Đổi mới phương pháp dạy học tích cực" được công nhận cấp cơ sở',
    });
    await officer.post(`/api/proposals/${p.body.id}/actions/submit`);
    await officer.post(`/api/proposals/${p.body.id}/actions/forward`);

    const members = (await officer.get<Member[]>('/api/council/members')).body;
    expect(members).toHaveLength(10);
    const m = await officer.post<{ id: string }>('/api/meetings', {
      title: 'Họp Hội đồng TĐKT xét khen thưởng năm 2025',
      meetingDate: '2025-12-15',
      place: 'Hội trường UBND xã',
      proposalIds: [p.body.id],
    });
    expect(m.status).toBe(201);
    const mid = m.body.id;

    for (const x of members.slice(0, 6))
      await officer.put(`/api/meetings/${mid}/attendance`, { memberId: x.id, present: true });
    const noQuorum = await chair.post<{ code: string; message: string }>(`/api/meetings/${mid}/open`);
    expect(noQuorum.body.code).toBe('NO_QUORUM');
    expect(noQuorum.body.message).toContain('6/10');
    for (const x of members.slice(6, 9))
      await officer.put(`/api/meetings/${mid}/attendance`, { memberId: x.id, present: true });
    const absent = members[9];
    if (!absent) throw new Error('no member');
    await officer.put(`/api/meetings/${mid}/attendance`, {
      memberId: absent.id,
      present: false,
      writtenOpinion: 'Đồng ý với đề nghị.',
    });
    expect((await chair.post(`/api/meetings/${mid}/open`)).status).toBe(200);
    const roll = await t.handle.db
      .selectFrom('audit_log')
      .select('summary')
      .where('entity_id', '=', mid)
      .where('action', '=', 'attendance')
      .execute();
    expect(roll.map((r) => r.summary)).toContain(
      `Điểm danh: ${absent.name} vắng mặt (có ý kiến bằng văn bản)`,
    );

    // A conflict: the members' own declarations; the officer records one for a member.
    const view = await officer.get<{ agenda: { suggestedConflicts: { memberId: string }[] }[] }>(
      `/api/meetings/${mid}`,
    );
    expect(view.body.agenda[0]?.suggestedConflicts).toEqual([]);
    const recusedMember = members.find((x) => x.name === 'Ngô Văn Lực');
    if (!recusedMember) throw new Error('no member');
    const offAgenda = await officer.post<{ code: string }>(`/api/meetings/${mid}/conflicts`, {
      proposalId: 'khong-co',
      memberId: recusedMember.id,
      reason: 'Có quan hệ họ hàng',
    });
    expect([offAgenda.status, offAgenda.body.code]).toEqual([400, 'NOT_ON_AGENDA']);
    const notMember = await officer.post<{ code: string }>(`/api/meetings/${mid}/conflicts`, {
      proposalId: p.body.id,
      memberId: 'khong-co',
      reason: 'Có quan hệ họ hàng',
    });
    expect([notMember.status, notMember.body.code]).toEqual([400, 'UNKNOWN_MEMBER']);
    expect(await t.handle.db.selectFrom('meeting_conflicts').select('member_id').execute()).toHaveLength(0);
    await officer.post(`/api/meetings/${mid}/conflicts`, {
      proposalId: p.body.id,
      memberId: recusedMember.id,
      reason: 'Có quan hệ họ hàng với người được đề nghị',
    });
    const hd3 = await t.as('hoidong3'); // Ngô Văn Lực
    const conflictedView = await hd3.get<{
      agenda: { achievement: string | null; iAmConflicted: boolean }[];
    }>(`/api/meetings/${mid}`);
    expect(conflictedView.body.agenda[0]).toMatchObject({ achievement: null, iAmConflicted: true });

    // The chairman cannot approve while the council has not concluded on the proposal.
    const early = await chair.post<{ code: string }>(`/api/proposals/${p.body.id}/actions/approve`);
    expect([early.status, early.body.code]).toEqual([409, 'COUNCIL_PENDING']);

    // Recommending without the required ballot is refused.
    expect(
      (
        await chair.post<{ code: string }>(`/api/meetings/${mid}/items/${p.body.id}/outcome`, {
          outcome: 'RECOMMEND',
        })
      ).body.code,
    ).toBe('BALLOT_REQUIRED');

    const opened = await chair.post<Ballot>(`/api/meetings/${mid}/ballots`, { proposalId: p.body.id });
    expect(opened.status).toBe(201);
    const ballot = opened.body;

    const hd1 = await t.as('hoidong1');
    const hd2 = await t.as('hoidong2');
    const v1 = await vote(hd1, ballot, 'DONG_Y');
    const v2 = await vote(hd2, ballot, 'DONG_Y');
    const v3 = await vote(chair, ballot, 'KHONG_DONG_Y');
    expect([v1.status, v2.status, v3.status]).toEqual([201, 201, 201]);
    expect((await vote(hd3, ballot, 'DONG_Y')).body).toMatchObject({ code: 'RECUSED' });
    expect((await vote(hd1, ballot, 'DONG_Y')).body).toMatchObject({ code: 'ALREADY_HAS_TOKEN' });
    const again = await t.anonymous.post<{ code: string }>(`/api/public/ballots/${ballot.id}/votes`, {
      token: v1.token,
      signature: v1.signature,
      choice: 'KHONG_DONG_Y',
    });
    expect(again.body.code).toBe('ALREADY_VOTED');
    const forged = await t.anonymous.post<{ code: string }>(`/api/public/ballots/${ballot.id}/votes`, {
      token: newToken(),
      signature: v1.signature,
      choice: 'DONG_Y',
    });
    expect(forged.body.code).toBe('INVALID_TOKEN');

    // Present members without an account vote on paper; the tellers enter three papers, not a fourth.
    expect(
      (
        await officer.post<{ code: string }>(`/api/ballots/${ballot.id}/paper-voters`, {
          memberId: absent.id,
        })
      ).body.code,
    ).toBe('NOT_PRESENT');
    const paperMembers = members.slice(0, 9).filter((x) => x.userId === null);
    expect(paperMembers).toHaveLength(3);
    for (const x of paperMembers)
      expect((await officer.post(`/api/ballots/${ballot.id}/paper-voters`, { memberId: x.id })).status).toBe(
        200,
      );
    // Four papers entered at once by two tellers: three counted, the fourth refused (entries are serialised on the ballot).
    const papers = await Promise.all(
      [0, 1, 2, 3].map(() =>
        officer.post<{ code?: string }>(`/api/ballots/${ballot.id}/paper-votes`, { choice: 'DONG_Y' }),
      ),
    );
    expect(papers.map((r) => r.status).sort()).toEqual([200, 200, 200, 409]);
    expect(papers.find((r) => r.status === 409)?.body.code).toBe('TOO_MANY_PAPERS');

    // The absent member's written opinion (phiếu lấy ý kiến bằng văn bản) is counted, once; present or recused members cannot use it.
    expect(
      (
        await officer.post<{ code: string }>(`/api/ballots/${ballot.id}/written-votes`, {
          memberId: paperMembers[0]?.id,
          choice: 'DONG_Y',
        })
      ).body.code,
    ).toBe('NOT_ABSENT');
    expect(
      (
        await officer.post<{ code: string }>(`/api/ballots/${ballot.id}/written-votes`, {
          memberId: recusedMember.id,
          choice: 'DONG_Y',
        })
      ).body.code,
    ).toBe('RECUSED');
    expect(
      (await hd1.post(`/api/ballots/${ballot.id}/written-votes`, { memberId: absent.id, choice: 'DONG_Y' }))
        .status,
    ).toBe(403);
    const written = await officer.post<Ballot & { writtenVotes: number }>(
      `/api/ballots/${ballot.id}/written-votes`,
      { memberId: absent.id, choice: 'DONG_Y' },
    );
    expect(written.status).toBe(200);
    // While open: who received a ballot (3 digital, 3 paper, 1 written), nothing about the votes.
    expect(written.body).toMatchObject({
      writtenVotes: 1,
      ballotsIssued: 7,
      votesCast: null,
      receipts: null,
      result: null,
    });
    const twice = await officer.post<{ code: string; message: string }>(
      `/api/ballots/${ballot.id}/written-votes`,
      { memberId: absent.id, choice: 'KHONG_DONG_Y' },
    );
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_HAS_TOKEN');

    // While open the votes are a sealed pool: 7 rows of the same size, no receipt or choice readable, no count or recount.
    const pool = await t.handle.db
      .selectFrom('ballot_pool')
      .selectAll()
      .where('ballot_id', '=', ballot.id)
      .execute();
    expect(pool).toHaveLength(7);
    expect(new Set(pool.map((r) => r.sealed.length)).size).toBe(1);
    const receipts = [await receiptOf(v1.token), await receiptOf(v2.token), await receiptOf(v3.token)];
    expect(receipts.some((r) => JSON.stringify(pool).includes(r))).toBe(false);
    expect(
      await t.handle.db.selectFrom('ballot_votes').select('id').where('ballot_id', '=', ballot.id).execute(),
    ).toHaveLength(0);
    expect(
      (await t.anonymous.get<{ code: string }>(`/api/public/ballots/${ballot.id}/recount`)).body.code,
    ).toBe('BALLOT_OPEN');
    const keyFile = path.join(t.ballotBoxDir, `${ballot.id}.key`);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);

    const closed = await chair.post<Ballot>(`/api/ballots/${ballot.id}/close`);
    // Each member finds their receipt among those counted; the pool is gone, and so is its key.
    expect(closed.body.receipts).toEqual(expect.arrayContaining(receipts));
    expect(closed.body.votesCast).toBe(7);
    expect(
      await t.handle.db
        .selectFrom('ballot_votes')
        .select('id')
        .where('ballot_id', '=', ballot.id)
        .where('channel', '=', 'WRITTEN')
        .execute(),
    ).toHaveLength(1);
    expect(
      await t.handle.db.selectFrom('ballot_pool').select('id').where('ballot_id', '=', ballot.id).execute(),
    ).toHaveLength(0);
    expect(fs.existsSync(keyFile)).toBe(false);
    // 6 agree (2 digital, 3 paper, 1 written) of 9 (10 members, 1 recused and excluded) — more than half: passed.
    expect(closed.body.result).toMatchObject({
      agree: 6,
      disagree: 1,
      counted: 7,
      denominator: 9,
      passed: true,
    });
    const recount = await t.anonymous.get<{ proposals: { agree: number; passed: boolean }[] }>(
      `/api/public/ballots/${ballot.id}/recount`,
    );
    expect(recount.body.proposals[0]).toMatchObject({ agree: 6, passed: true });
    const afterClose = await officer.post<{ code: string }>(`/api/ballots/${ballot.id}/written-votes`, {
      memberId: absent.id,
      choice: 'DONG_Y',
    });
    expect(afterClose.body.code).toBe('BALLOT_CLOSED');
    const late = await t.anonymous.post<{ code: string }>(`/api/public/ballots/${ballot.id}/votes`, {
      token: newToken(),
      signature: v1.signature,
      choice: 'DONG_Y',
    });
    expect(late.body.code).toBe('BALLOT_CLOSED');

    // Anonymity, checked in the database itself: votes carry no member, no time; tokens carry no receipt.
    const voteRow = await t.handle.db
      .selectFrom('ballot_votes')
      .selectAll()
      .where('ballot_id', '=', ballot.id)
      .executeTakeFirstOrThrow();
    expect(Object.keys(voteRow).sort()).toEqual(['ballot_id', 'channel', 'choice', 'id', 'receipt']);
    const tokenRow = await t.handle.db
      .selectFrom('ballot_tokens')
      .selectAll()
      .where('ballot_id', '=', ballot.id)
      .executeTakeFirstOrThrow();
    expect(Object.keys(tokenRow).sort()).toEqual(['ballot_id', 'channel', 'member_id']);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['data', 'summary'])
      .where('entity_id', '=', ballot.id)
      .execute();
    const leaked = [v1, v2, v3].some((v) =>
      audit.some((a) => `${a.data}${a.summary}`.includes(v.token) || `${a.data}`.includes(v.signature)),
    );
    expect(leaked).toBe(false);
    const dump = JSON.stringify(await t.handle.db.selectFrom('ballot_tokens').selectAll().execute());
    expect(dump.includes(await receiptOf(v1.token))).toBe(false);

    const rec = await chair.post<{ agenda: { outcome: string }[] }>(
      `/api/meetings/${mid}/items/${p.body.id}/outcome`,
      { outcome: 'RECOMMEND', discussion: 'Hội đồng thống nhất đề nghị.' },
    );
    expect(rec.body.agenda[0]?.outcome).toBe('RECOMMEND');
    expect((await chair.post(`/api/meetings/${mid}/close`, {})).status).toBe(200);
    const history = await officer.get<{ history: { action: string }[] }>(`/api/proposals/${p.body.id}`);
    expect(history.body.history.map((h) => h.action)).toEqual([
      'create',
      'submit',
      'forward',
      'conflict',
      'ballot-result',
      'council-recommend',
    ]);
    // Recommended, but a council-voted title is decided only after public disclosure.
    const undisclosed = await chair.post<{ code: string; message: string }>(
      `/api/proposals/${p.body.id}/actions/approve`,
    );
    expect([undisclosed.status, undisclosed.body.code]).toEqual([409, 'DISCLOSURE_REQUIRED']);
    expect(undisclosed.body.message).toContain('công khai');
    const today = new Date().toISOString().slice(0, 10);
    const shift = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    const disclosure = await officer.post<{ id: string }>('/api/disclosures', {
      title: 'Danh sách đề nghị danh hiệu Chiến sĩ thi đua cơ sở',
      startsOn: today,
      endsOn: shift(6),
      proposalIds: [p.body.id],
    });
    expect(disclosure.status).toBe(201);
    // The period ends (moved into the past, as after waiting the days); then the chairman may approve.
    await t.handle.db
      .updateTable('disclosures')
      .set({ starts_on: shift(-10), ends_on: shift(-4) })
      .where('id', '=', disclosure.body.id)
      .execute();
    expect(
      (await chair.post<{ status: string }>(`/api/proposals/${p.body.id}/actions/approve`)).body.status,
    ).toBe('APPROVED');

    // A title voted by secret ballot cannot be approved without the council at all.
    const other = people.find((x) => x.fullName === 'Nguyễn Thị Ngọc Ánh');
    if (!other) throw new Error('no teacher');
    const q = await officer.post<{ id: string }>('/api/proposals', {
      unitId: other.unitId,
      awardCode: 'CSTDCS',
      subjectKind: 'INDIVIDUAL',
      personId: other.id,
      year: 2026,
      achievement: 'Sáng kiến đổi mới phương pháp dạy học được công nhận cấp cơ sở',
    });
    await officer.post(`/api/proposals/${q.body.id}/actions/submit`);
    expect(
      (await officer.post<{ status: string }>(`/api/proposals/${q.body.id}/actions/forward`)).body.status,
    ).toBe('FORWARDED');
    const skip = await chair.post<{ code: string; message: string }>(
      `/api/proposals/${q.body.id}/actions/approve`,
    );
    expect([skip.status, skip.body.code]).toEqual([409, 'COUNCIL_REQUIRED']);
    expect(skip.body.message).toContain('bỏ phiếu kín');
    expect((await officer.get<{ status: string }>(`/api/proposals/${q.body.id}`)).body.status).toBe(
      'FORWARDED',
    );
  });
});
