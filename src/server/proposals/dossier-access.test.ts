import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lawApi } from '../../contract/law';
import { type ProposalRow, proposalsApi } from '../../contract/proposals';
import { daysFromToday, today } from '../db/test-db';
import { type AuthzWorld, buildAuthzWorld } from '../http/authz-world';
import { startTestApp, type TestApp } from '../http/test-app';

let t: TestApp;
let w: AuthzWorld;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildAuthzWorld(t);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

type Agenda = {
  agenda: { proposalId: string; achievement: string | null; verdict: unknown; iAmConflicted: boolean }[];
};

describe('the dossier rule around a declared conflict of interest', () => {
  it('searching the words of the hidden achievement does not reveal the dossier to the conflicted reader', async () => {
    const words = w.privateMarkers[0]?.split(' ').slice(0, 4).join(' ') ?? '';
    const ids = async (c: typeof w.conflictedMember) =>
      (await c.api.call(proposalsApi.listProposals, { query: { q: words } })).map((p) => p.id);
    expect(await ids(w.a.THANH_VIEN_HD)).toContain(w.proposal);
    expect(await ids(w.conflictedMember)).not.toContain(w.proposal);
    expect(await ids(w.conflictedOfficer)).not.toContain(w.proposal);
    // By the public part (the subject's name) the dossier is found, as its public part.
    const list: ProposalRow[] = await w.conflictedMember.api.call(proposalsApi.listProposals, {});
    expect(list.find((p) => p.id === w.proposal)).toMatchObject({
      access: 'PUBLIC',
      achievement: null,
      actions: [],
    });
  });

  it('a conflict declared at one meeting hides the dossier on every meeting that lists it', async () => {
    const other = await w.a.CAN_BO_TDKT.post<{ id: string }>('/api/meetings', {
      title: 'Họp Hội đồng bổ sung',
      meetingDate: today(),
      place: 'Hội trường',
      proposalIds: [w.proposal],
    });
    expect(other.status).toBe(201);
    const item = (await w.conflictedMember.get<Agenda>(`/api/meetings/${other.body.id}`)).body.agenda[0];
    expect(item).toMatchObject({
      proposalId: w.proposal,
      achievement: null,
      verdict: null,
      iAmConflicted: true,
    });
    const full = (await w.a.THANH_VIEN_HD.get<Agenda>(`/api/meetings/${other.body.id}`)).body.agenda[0];
    expect(full?.achievement).toBe(w.privateMarkers[0]);
  });

  it('a member linked to the account only through its person is recognised too', async () => {
    const me = (await w.conflictedMember.get<{ id: string }>('/api/auth/me')).body;
    await t.handle.db
      .updateTable('council_members')
      .set({ user_id: null })
      .where('user_id', '=', me.id)
      .execute();
    const d = await w.conflictedMember.api.call(proposalsApi.getProposal, { params: { id: w.proposal } });
    expect(d).toMatchObject({ access: 'PUBLIC', achievement: null });
    expect('history' in d).toBe(false);
    if (d.access !== 'PUBLIC') throw new Error('expected the public part');
    expect(d.note).toBe('Bạn đã khai báo xung đột lợi ích với hồ sơ này — chỉ xem phần công khai.');
  });

  it('once the dossier is published for comment its achievement summary is public, and nothing more', async () => {
    const ends = daysFromToday(10);
    const d = await w.a.CAN_BO_TDKT.post('/api/disclosures', {
      title: 'Công khai danh sách đề nghị',
      startsOn: today(),
      endsOn: ends,
      proposalIds: [w.proposal],
    });
    expect(d.status).toBe(201);
    const part = await w.conflictedMember.api.call(proposalsApi.getProposal, { params: { id: w.proposal } });
    expect(part).toMatchObject({ access: 'PUBLIC', achievement: w.privateMarkers[0] });
    expect(JSON.stringify(part)).not.toContain(w.privateMarkers[1] ?? '-');
    const law = await w.conflictedMember.attempt(lawApi.proposalVerdict, { params: { id: w.proposal } });
    expect([law.status, law.error?.code]).toEqual([403, 'CONFLICT_OF_INTEREST']);
    expect((await w.conflictedMember.get(`/api/proposals/${w.proposal}/report.docx`)).status).toBe(403);
  });
});
