import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi } from '../../contract/council';
import { disclosuresApi } from '../../contract/disclosures';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
  ({ officer } = w);
});
afterAll(async () => {
  await w?.close();
});

const today = () => w.today();

describe('a unit head outside the council sees only their own unit in meetings and disclosures', () => {
  it('agenda and objections are limited to the unit; council members and the officer see everything', async () => {
    const teacher = await w.person({ unitId: w.units.school, category: 'VIEN_CHUC' });
    const farmer = await w.person({ unitId: w.units.association, category: 'NONG_DAN' });
    const own = (await w.proposal({ personId: teacher, state: 'FORWARDED' })).id;
    const other = (await w.proposal({ personId: farmer, state: 'FORWARDED' })).id;

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
    const head = w.unitHead; // head of the school, not a council member
    expect(await agendaFor(head)).toEqual([own]);
    expect(await agendaFor(officer)).toEqual([own, other]);
    // a unit head who sits on the council sees the whole agenda
    const member = (await w.councilMember({ userRole: 'TRUONG_DON_VI', unitId: w.units.association })).client;
    expect(await agendaFor(member)).toEqual([own, other]);
    // The change signal is the meeting's, the same for every reader.
    expect((await head.api.call(councilApi.meetingVersion, { params })).version).toBe(m.body.version);

    const d = await officer.attempt(disclosuresApi.publishDisclosure, {
      body: {
        title: 'Danh sách đề nghị khen thưởng',
        startsOn: today(),
        endsOn: '2026-03-09',
        proposalIds: [own, other],
      },
    });
    expect(d.status).toBe(201);
    for (const proposalId of [own, other]) {
      const r = await w.anonymous.attempt(disclosuresApi.sendObjection, {
        params: { id: d.body.id },
        body: {
          proposalId,
          kind: 'PHAN_ANH',
          authorName: 'Người dân',
          content: 'Đề nghị làm rõ thành tích đã nêu.',
        },
      });
      expect(r.status).toBe(201);
    }
    const disclosure = (c: Client) => c.api.call(disclosuresApi.getDisclosure, { params: { id: d.body.id } });
    const seen = await disclosure(head);
    expect(seen.items).toHaveLength(2);
    expect(seen.objections.map((o) => o.proposalId)).toEqual([own]);
    expect((await disclosure(officer)).objections).toHaveLength(2);

    // Two officers handling the same objection at once: one is recorded, the other refused.
    const objection = (await disclosure(officer)).objections[0];
    const handled = await Promise.all(
      ['Đã xác minh, thành tích đúng', 'Đã xác minh lại'].map((resolution) =>
        officer.attempt(disclosuresApi.resolveObjection, {
          params: { id: objection?.id ?? '' },
          body: { status: 'DISMISSED', resolution },
        }),
      ),
    );
    expect(handled.map((r) => r.status).sort()).toEqual([200, 409]);
    const rows = await w.t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'objection-resolved')
      .execute();
    expect(rows).toHaveLength(1);
  });
});
