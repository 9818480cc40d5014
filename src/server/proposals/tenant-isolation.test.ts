import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lawApi } from '../../contract/law';
import { organisationsApi } from '../../contract/organisations';
import { proposalsApi } from '../../contract/proposals';
import { hashPassword } from '../auth/passwords';
import { today } from '../db/test-db';
import { type Client, startTestApp, type TestApp } from '../http/test-app';
import { demoPeople, proposalUntil } from '../http/test-fixtures';
import { DEMO_PASSWORD } from '../seed/demo-people';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // A second commune in the same database, with its own officer and chairman.
  const now = new Date().toISOString();
  const other = 'xa-khac';
  await t.handle.db
    .insertInto('organisations')
    .values({
      id: other,
      tenant_id: other,
      parent_id: null,
      level: 'XA',
      kind: 'XA',
      code: 'XA-KHAC',
      name: 'Xã Bình Minh',
      short_name: null,
      search_text: 'xa binh minh',
      member_count: null,
      active_from: null,
      active_to: null,
      created_at: now,
    })
    .execute();
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const [username, role] of [
    ['canbo2', 'CAN_BO_TDKT'],
    ['chutich2', 'CHU_TICH'],
  ] as const) {
    await t.handle.db
      .insertInto('users')
      .values({
        id: `u-${username}`,
        tenant_id: other,
        username,
        password_hash: hash,
        display_name: username,
        role,
        unit_id: null,
        person_id: null,
        active: 1,
        created_at: now,
      })
      .execute();
  }
});
afterAll(async () => {
  await t?.close();
});

describe('one database, many communes', () => {
  it("another commune's officer and chairman neither see nor change this commune's records", async () => {
    const officer = await t.as('canbo');
    const chair = await t.as('chutich');
    const people = await demoPeople(officer);
    const [a, b] = people;
    if (!a || !b) throw new Error('demo people missing');
    const forwarded = await proposalUntil(officer, chair, { person: a, until: 'FORWARDED' });
    const approved = await proposalUntil(officer, chair, { person: b, until: 'APPROVED' });
    const meeting = await officer.post<{ id: string }>('/api/meetings', {
      title: 'Họp Hội đồng TĐKT',
      meetingDate: today(),
      place: 'Hội trường',
      proposalIds: [forwarded],
    });
    const decision = await chair.post<{ id: string; awards: { id: string }[] }>('/api/decisions', {
      proposalIds: [approved],
      decisionDate: today(),
    });
    expect([meeting.status, decision.status]).toEqual([201, 201]);

    const officer2: Client = await t.as('canbo2');
    const chair2: Client = await t.as('chutich2');
    expect(await officer2.api.call(proposalsApi.listProposals, {})).toEqual([]);
    expect(await officer2.api.call(organisationsApi.listPeople, {})).toEqual([]);
    expect((await officer2.get<unknown[]>('/api/meetings')).body).toEqual([]);
    expect((await officer2.get<unknown[]>('/api/decisions')).body).toEqual([]);
    expect((await officer2.get<unknown[]>(`/api/awards?year=${today().slice(0, 4)}`)).body).toEqual([]);
    const foreign = await officer2.attempt(proposalsApi.getProposal, { params: { id: forwarded } });
    expect([foreign.status, foreign.error?.code]).toEqual([404, 'NOT_FOUND']);
    expect((await officer2.attempt(lawApi.proposalVerdict, { params: { id: forwarded } })).status).toBe(404);
    for (const url of [
      `/api/meetings/${meeting.body.id}`,
      `/api/decisions/${decision.body.id}`,
      `/api/awards/${decision.body.awards[0]?.id}/certificate.pdf`,
    ]) {
      expect({ url, status: (await officer2.get(url)).status }).toEqual({ url, status: 404 });
    }
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
      await officer2.put(`/api/meetings/${meeting.body.id}/attendance`, { memberId: 'x', present: true }),
      await officer2.post('/api/meetings', {
        title: 'Họp xã khác',
        meetingDate: today(),
        place: 'Hội trường',
        proposalIds: [forwarded],
      }),
      await officer2.post('/api/disclosures', {
        title: 'Công khai xã khác',
        startsOn: today(),
        endsOn: today(),
        proposalIds: [forwarded],
      }),
      await chair2.post(`/api/decisions/${decision.body.id}/revoke`, {
        ground: 'a',
        reason: 'Khai man số liệu thành tích',
      }),
    ];
    for (const r of refusals) {
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect((r.body as { message: string }).message).toMatch(/[À-ỹ]/);
    }
    expect((await officer.api.call(proposalsApi.getProposal, { params: { id: forwarded } })).status).toBe(
      'FORWARDED',
    );
    expect((await officer.get<{ status: string }>(`/api/decisions/${decision.body.id}`)).body.status).toBe(
      'SIGNED',
    );
    const foreignAudit = await t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('tenant_id', '=', 'xa-khac')
      .where('action', '!=', 'login')
      .execute();
    expect(foreignAudit).toEqual([]);
  });
});
