import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi } from '../../contract/council';
import { decisionsApi } from '../../contract/decisions';
import { disclosuresApi } from '../../contract/disclosures';
import { lawApi } from '../../contract/law';
import { organisationsApi } from '../../contract/organisations';
import { proposalsApi } from '../../contract/proposals';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
/** A second commune in the same database, with its own officer and chairman. */
let second: Awaited<ReturnType<World['secondCommune']>>;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
  second = await w.secondCommune();
});
afterAll(async () => {
  await w?.close();
});

describe('one database, many communes', () => {
  it("another commune's officer and chairman neither see nor change this commune's records", async () => {
    const { officer, chair } = w;
    const today = w.today();
    const a = { id: await w.person() };
    const forwarded = (await w.proposal({ personId: a.id, state: 'FORWARDED' })).id;
    const approved = (await w.proposal({ state: 'APPROVED' })).id;
    const meeting = await officer.attempt(councilApi.createMeeting, {
      body: { title: 'Họp Hội đồng TĐKT', meetingDate: today, place: 'Hội trường', proposalIds: [forwarded] },
    });
    const decision = await chair.attempt(decisionsApi.signDecision, {
      body: { proposalIds: [approved], decisionDate: today },
    });
    expect([meeting.status, decision.status]).toEqual([201, 201]);

    const officer2: Client = second.officer;
    const chair2: Client = second.chair;
    expect(await officer2.api.call(proposalsApi.listProposals, {})).toEqual([]);
    expect(await officer2.api.call(organisationsApi.listPeople, {})).toEqual([]);
    expect(await officer2.api.call(councilApi.listMeetings, {})).toEqual([]);
    expect(await officer2.api.call(decisionsApi.listDecisions, {})).toEqual([]);
    expect(
      await officer2.api.call(decisionsApi.awardRegister, { query: { year: Number(today.slice(0, 4)) } }),
    ).toEqual([]);
    const foreign = await officer2.attempt(proposalsApi.getProposal, { params: { id: forwarded } });
    expect([foreign.status, foreign.error?.code]).toEqual([404, 'NOT_FOUND']);
    expect((await officer2.attempt(lawApi.proposalVerdict, { params: { id: forwarded } })).status).toBe(404);
    const reads = {
      meeting: await officer2.attempt(councilApi.getMeeting, { params: { id: meeting.body.id } }),
      decision: await officer2.attempt(decisionsApi.getDecision, { params: { id: decision.body.id } }),
      certificate: await officer2.attempt(decisionsApi.awardCertificate, {
        params: { id: decision.body.awards[0]?.id ?? '' },
      }),
    };
    for (const [what, r] of Object.entries(reads))
      expect({ what, status: r.status }).toEqual({ what, status: 404 });
    const typedRefusals = [
      await officer2.attempt(proposalsApi.actOnProposal, {
        params: { id: forwarded, action: 'return' },
        body: { reason: 'Bổ sung hồ sơ', missing: ['Biên bản'] },
      }),
      await chair2.attempt(proposalsApi.actOnProposal, {
        params: { id: forwarded, action: 'approve' },
        body: {},
      }),
      await officer2.attempt(lawApi.overrideLaw, {
        params: { id: forwarded },
        body: { reason: 'Ngoại lệ do xã khác ghi nhận, phải bị từ chối' },
      }),
      await officer2.attempt(lawApi.evaluate, {
        body: { awardCode: 'LDTT', subjectKind: 'INDIVIDUAL', personId: a.id, year: 2025 },
      }),
    ];
    for (const r of typedRefusals) {
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.error?.message).toMatch(/[À-ỹ]/);
    }
    const refusals = [
      await officer2.attempt(councilApi.setAttendance, {
        params: { id: meeting.body.id },
        body: { memberId: 'x', present: true },
      }),
      await officer2.attempt(councilApi.createMeeting, {
        body: { title: 'Họp xã khác', meetingDate: today, place: 'Hội trường', proposalIds: [forwarded] },
      }),
      await officer2.attempt(disclosuresApi.publishDisclosure, {
        body: { title: 'Công khai xã khác', startsOn: today, endsOn: today, proposalIds: [forwarded] },
      }),
      await chair2.attempt(decisionsApi.revokeDecision, {
        params: { id: decision.body.id },
        body: { ground: 'a', reason: 'Khai man số liệu thành tích' },
      }),
    ];
    for (const r of refusals) {
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.error?.message).toMatch(/[À-ỹ]/);
    }
    expect((await officer.api.call(proposalsApi.getProposal, { params: { id: forwarded } })).status).toBe(
      'FORWARDED',
    );
    expect(
      (await officer.api.call(decisionsApi.getDecision, { params: { id: decision.body.id } })).status,
    ).toBe('SIGNED');
    const foreignAudit = await w.t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('tenant_id', '=', second.tenantId)
      .where('action', '!=', 'login')
      .execute();
    expect(foreignAudit).toEqual([]);
  });
});
