import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authApi } from '../../contract/accounts';
import { councilApi } from '../../contract/council';
import { disclosuresApi } from '../../contract/disclosures';
import { documentsApi } from '../../contract/documents';
import { lawApi } from '../../contract/law';
import { type ProposalRow, proposalsApi } from '../../contract/proposals';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
/** A council member and an officer (also a council member) who declared a conflict with `proposal`. */
let conflictedMember: Client;
let conflictedOfficer: Client;
let proposal: string;
/** Text found only in the private part of `proposal` (achievement, return reason). */
const privateMarkers = [
  'Thành tích riêng tư kiểm thử: dẫn đầu phong trào, sáng kiến cấp cơ sở',
  'Lý do trả lại riêng tư kiểm thử',
];
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
  const { officer } = w;
  const cm = await w.councilMember();
  const co = await w.councilMember({ userRole: 'CAN_BO_TDKT', role: 'THUONG_TRUC' });
  conflictedMember = cm.client;
  conflictedOfficer = co.client;
  // The dossier: drafted, returned once with a private reason, sent again and forwarded to the council.
  proposal = (await w.proposal({ achievement: privateMarkers[0], state: 'SUBMITTED' })).id;
  const act = (action: string, body = {}) =>
    officer.api.call(proposalsApi.actOnProposal, { params: { id: proposal, action }, body });
  await act('return', { reason: privateMarkers[1], missing: ['Bản sao sổ theo dõi'] });
  await act('submit');
  await act('forward');
  const meeting = await officer.api.call(councilApi.createMeeting, {
    body: {
      title: 'Họp Hội đồng kiểm thử',
      meetingDate: w.today(),
      place: 'Hội trường',
      proposalIds: [proposal],
    },
  });
  for (const memberId of [cm.id, co.id])
    await officer.api.call(councilApi.declareConflict, {
      params: { id: meeting.id },
      body: { proposalId: proposal, memberId, reason: 'Cùng đơn vị với người được đề nghị' },
    });
});
afterAll(async () => {
  await w?.close();
});

describe('the dossier rule around a declared conflict of interest', () => {
  it('searching the words of the hidden achievement does not reveal the dossier to the conflicted reader', async () => {
    const words = privateMarkers[0]?.split(' ').slice(0, 4).join(' ') ?? '';
    const ids = async (c: Client) =>
      (await c.api.call(proposalsApi.listProposals, { query: { q: words } })).map((p) => p.id);
    expect(await ids(w.member)).toContain(proposal);
    expect(await ids(conflictedMember)).not.toContain(proposal);
    expect(await ids(conflictedOfficer)).not.toContain(proposal);
    // By the public part (the subject's name) the dossier is found, as its public part.
    const list: ProposalRow[] = await conflictedMember.api.call(proposalsApi.listProposals, {});
    expect(list.find((p) => p.id === proposal)).toMatchObject({
      access: 'PUBLIC',
      achievement: null,
      actions: [],
    });
  });

  it('a conflict declared at one meeting hides the dossier on every meeting that lists it', async () => {
    const other = await w.officer.attempt(councilApi.createMeeting, {
      body: {
        title: 'Họp Hội đồng bổ sung',
        meetingDate: w.today(),
        place: 'Hội trường',
        proposalIds: [proposal],
      },
    });
    expect(other.status).toBe(201);
    const item = (await conflictedMember.api.call(councilApi.getMeeting, { params: { id: other.body.id } }))
      .agenda[0];
    expect(item).toMatchObject({
      proposalId: proposal,
      achievement: null,
      verdict: null,
      iAmConflicted: true,
    });
    const full = (await w.member.api.call(councilApi.getMeeting, { params: { id: other.body.id } }))
      .agenda[0];
    expect(full?.achievement).toBe(privateMarkers[0]);
  });

  it('a member linked to the account only through its person is recognised too', async () => {
    const me = await conflictedMember.api.call(authApi.me, {});
    await w.t.handle.db
      .updateTable('council_members')
      .set({ user_id: null })
      .where('user_id', '=', me.id)
      .execute();
    const d = await conflictedMember.api.call(proposalsApi.getProposal, { params: { id: proposal } });
    expect(d).toMatchObject({ access: 'PUBLIC', achievement: null });
    expect('history' in d).toBe(false);
    if (d.access !== 'PUBLIC') throw new Error('expected the public part');
    expect(d.note).toBe('Bạn đã khai báo xung đột lợi ích với hồ sơ này — chỉ xem phần công khai.');
  });

  it('once the dossier is published for comment its achievement summary is public, and nothing more', async () => {
    const d = await w.officer.attempt(disclosuresApi.publishDisclosure, {
      body: {
        title: 'Công khai danh sách đề nghị',
        startsOn: w.today(),
        endsOn: '2026-03-12',
        proposalIds: [proposal],
      },
    });
    expect(d.status).toBe(201);
    const part = await conflictedMember.api.call(proposalsApi.getProposal, { params: { id: proposal } });
    expect(part).toMatchObject({ access: 'PUBLIC', achievement: privateMarkers[0] });
    expect(JSON.stringify(part)).not.toContain(privateMarkers[1] ?? '-');
    const law = await conflictedMember.attempt(lawApi.proposalVerdict, { params: { id: proposal } });
    expect([law.status, law.error?.code]).toEqual([403, 'CONFLICT_OF_INTEREST']);
    const report = await conflictedMember.attempt(documentsApi.achievementReport, {
      params: { id: proposal },
    });
    expect(report.status).toBe(403);
  });
});
