import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../db/ids';
import { startTestApp, type TestApp } from '../http/test-app';
import { demoPeople, proposalUntil } from '../http/test-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('suggested conflicts of interest and outcomes', () => {
  it('a member living in the nominee’s household is suggested as a likely relative', async () => {
    const officer = await t.as('canbo');
    const chair = await t.as('chutich');
    const people = await demoPeople(officer);
    const teacher = people.find((p) => p.fullName === 'Trần Thị Mỹ Dung');
    const members = (
      await officer.get<{ id: string; name: string; personId: string }[]>('/api/council/members')
    ).body;
    const relative = members.find((m) => m.name === 'Nguyễn Thị Ánh');
    if (!teacher || !relative) throw new Error('demo data missing');
    const { tenant_id, unit_id } = await t.handle.db
      .selectFrom('people')
      .select(['tenant_id', 'unit_id'])
      .where('id', '=', relative.personId)
      .executeTakeFirstOrThrow();
    await t.handle.db
      .insertInto('households')
      .values({
        id: 'ho-test',
        tenant_id,
        unit_id,
        head_name: 'Nguyễn Văn Thử',
        address: null,
        search_text: 'nguyen van thu',
        created_at: new Date().toISOString(),
      })
      .execute();
    await t.handle.db
      .updateTable('people')
      .set({ household_id: 'ho-test' })
      .where('id', 'in', [teacher.id, relative.personId])
      .execute();

    const p = await proposalUntil(officer, chair, { person: teacher, until: 'FORWARDED' });
    const m = await officer.post<{ id: string }>('/api/meetings', {
      title: 'Họp Hội đồng TĐKT',
      meetingDate: today(),
      place: 'Hội trường UBND xã',
      proposalIds: [p],
    });
    const view = await officer.get<{
      agenda: { suggestedConflicts: { memberId: string; reason: string }[] }[];
    }>(`/api/meetings/${m.body.id}`);
    expect(view.body.agenda[0]?.suggestedConflicts).toContainEqual({
      memberId: relative.id,
      name: 'Nguyễn Thị Ánh',
      reason: 'Thành viên cùng hộ gia đình với người được đề nghị (có thể là người thân)',
    });
  });
  it('the council defers (back to the unit with what is missing) or rejects with a reason; nothing else changes', async () => {
    const officer = await t.as('canbo');
    const chair = await t.as('chutich');
    const people = await demoPeople(officer);
    const [a, b] = people.filter((p) => p.unitName === 'Văn phòng HĐND và UBND xã');
    if (!a || !b) throw new Error('demo people missing');
    const deferred = await proposalUntil(officer, chair, { person: a, until: 'FORWARDED' });
    const rejected = await proposalUntil(officer, chair, { person: b, until: 'FORWARDED' });
    const m = await officer.post<{ id: string }>('/api/meetings', {
      title: 'Họp Hội đồng TĐKT',
      meetingDate: today(),
      place: 'Hội trường UBND xã',
      proposalIds: [deferred, rejected],
    });
    const members = (await officer.get<{ id: string }[]>('/api/council/members')).body;
    for (const x of members.slice(0, 7))
      await officer.put(`/api/meetings/${m.body.id}/attendance`, { memberId: x.id, present: true });
    expect((await chair.post(`/api/meetings/${m.body.id}/open`)).status).toBe(200);
    const url = (id: string) => `/api/meetings/${m.body.id}/items/${id}/outcome`;
    expect(
      (await chair.post<{ code: string }>(url(deferred), { outcome: 'DEFER', reason: 'Thiếu minh chứng' }))
        .body.code,
    ).toBe('MISSING_REQUIRED');
    expect((await chair.post<{ code: string }>(url(rejected), { outcome: 'REJECT' })).body.code).toBe(
      'REASON_REQUIRED',
    );
    expect(
      (
        await chair.post(url(deferred), {
          outcome: 'DEFER',
          reason: 'Thiếu minh chứng',
          missing: ['Bản sao bằng khen năm trước'],
        })
      ).status,
    ).toBe(200);
    expect(
      (await chair.post(url(rejected), { outcome: 'REJECT', reason: 'Thành tích chưa tiêu biểu' })).status,
    ).toBe(200);
    const d = (await officer.get<{ status: string; returnMissing: string[] }>(`/api/proposals/${deferred}`))
      .body;
    expect(d).toMatchObject({ status: 'RETURNED', returnMissing: ['Bản sao bằng khen năm trước'] });
    expect((await officer.get<{ status: string }>(`/api/proposals/${rejected}`)).body.status).toBe(
      'REJECTED',
    );
    const again = await chair.post<{ code: string }>(url(rejected), { outcome: 'RECOMMEND' });
    expect([again.status, again.body.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
  });
});
