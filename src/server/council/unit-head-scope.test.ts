import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi } from '../../contract/council';
import { daysFromToday, today } from '../db/test-db';
import { type Client, startTestApp, type TestApp } from '../http/test-app';
import { demoPeople, proposalUntil } from '../http/test-fixtures';

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

const shift = daysFromToday;

describe('a unit head outside the council sees only their own unit in meetings and disclosures', () => {
  it('agenda and objections are limited to the unit; council members and the officer see everything', async () => {
    const people = await demoPeople(officer);
    const teacher = people.find((p) => p.unitName === 'Trường Tiểu học Tân Việt');
    const farmer = people.find((p) => p.unitName === 'Hội Nông dân xã Tân Việt');
    if (!teacher || !farmer) throw new Error('demo people missing');
    const own = await proposalUntil(officer, chair, { person: teacher, until: 'FORWARDED' });
    const other = await proposalUntil(officer, chair, { person: farmer, until: 'FORWARDED' });

    const m = await officer.attempt(councilApi.createMeeting, {
      body: {
        title: 'Họp Hội đồng TĐKT cuối năm',
        meetingDate: today(),
        place: 'Hội trường UBND xã',
        proposalIds: [own, other],
      },
    });
    expect(m.status).toBe(201);
    const params = { id: m.body.id };
    const agendaFor = async (c: Client) =>
      (await c.api.call(councilApi.getMeeting, { params })).agenda.map((a) => a.proposalId);
    const head = await t.as('truongth'); // head of the primary school, not a council member
    expect(await agendaFor(head)).toEqual([own]);
    expect(await agendaFor(officer)).toEqual([own, other]);
    const member = await t.as('hoinongdan'); // a unit head who sits on the council sees the whole agenda
    expect(await agendaFor(member)).toEqual([own, other]);
    // The change signal is the meeting's, the same for every reader.
    expect((await head.api.call(councilApi.meetingVersion, { params })).version).toBe(m.body.version);

    const d = await officer.post<{ id: string }>('/api/disclosures', {
      title: 'Danh sách đề nghị khen thưởng',
      startsOn: today(),
      endsOn: shift(7),
      proposalIds: [own, other],
    });
    expect(d.status).toBe(201);
    for (const proposalId of [own, other]) {
      const r = await t.anonymous.post(`/api/public/disclosures/${d.body.id}/objections`, {
        proposalId,
        kind: 'PHAN_ANH',
        authorName: 'Người dân',
        content: 'Đề nghị làm rõ thành tích đã nêu.',
      });
      expect(r.status).toBe(201);
    }
    type Disclosure = { items: unknown[]; objections: { proposalId: string }[] };
    const seen = (await head.get<Disclosure>(`/api/disclosures/${d.body.id}`)).body;
    expect(seen.items).toHaveLength(2);
    expect(seen.objections.map((o) => o.proposalId)).toEqual([own]);
    expect((await officer.get<Disclosure>(`/api/disclosures/${d.body.id}`)).body.objections).toHaveLength(2);

    // Two officers handling the same objection at once: one is recorded, the other refused.
    const objection = (await officer.get<{ objections: { id: string }[] }>(`/api/disclosures/${d.body.id}`))
      .body.objections[0];
    const handled = await Promise.all(
      ['Đã xác minh, thành tích đúng', 'Đã xác minh lại'].map((resolution) =>
        officer.post(`/api/objections/${objection?.id}/resolve`, { status: 'DISMISSED', resolution }),
      ),
    );
    expect(handled.map((r) => r.status).sort()).toEqual([200, 409]);
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'objection-resolved')
      .execute();
    expect(rows).toHaveLength(1);
  });
});
