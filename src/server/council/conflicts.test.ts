import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi } from '../../contract/council';
import { fixedClock } from '../clock';
import { startTestApp, type TestApp } from '../http/test-app';
import { demoPeople, proposalUntil } from '../http/test-fixtures';

const TODAY = '2026-03-02';
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ clock: fixedClock(`${TODAY}T02:00:00Z`) });
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
    const members = await officer.api.call(councilApi.listMembers, {});
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
        created_at: `${TODAY}T02:00:00.000Z`,
      })
      .execute();
    await t.handle.db
      .updateTable('people')
      .set({ household_id: 'ho-test' })
      .where('id', 'in', [teacher.id, relative.personId])
      .execute();

    const p = await proposalUntil(officer, chair, { person: teacher, until: 'FORWARDED' });
    const m = await officer.api.call(councilApi.createMeeting, {
      body: { title: 'Họp Hội đồng TĐKT', meetingDate: TODAY, place: 'Hội trường UBND xã', proposalIds: [p] },
    });
    const view = await officer.api.call(councilApi.getMeeting, { params: { id: m.id } });
    expect(view.agenda[0]?.suggestedConflicts).toContainEqual({
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
    const m = await officer.api.call(councilApi.createMeeting, {
      body: {
        title: 'Họp Hội đồng TĐKT',
        meetingDate: TODAY,
        place: 'Hội trường UBND xã',
        proposalIds: [deferred, rejected],
      },
    });
    const members = await officer.api.call(councilApi.listMembers, {});
    for (const x of members.slice(0, 7))
      await officer.api.call(councilApi.setAttendance, {
        params: { id: m.id },
        body: { memberId: x.id, present: true },
      });
    await chair.api.call(councilApi.openMeeting, { params: { id: m.id } });
    const item = (proposalId: string) => ({ id: m.id, proposalId });
    expect(
      (
        await chair.attempt(councilApi.recordOutcome, {
          params: item(deferred),
          body: { outcome: 'DEFER', reason: 'Thiếu minh chứng' },
        })
      ).error?.code,
    ).toBe('MISSING_REQUIRED');
    expect(
      (await chair.attempt(councilApi.recordOutcome, { params: item(rejected), body: { outcome: 'REJECT' } }))
        .error?.code,
    ).toBe('REASON_REQUIRED');
    const afterDefer = await chair.api.call(councilApi.recordOutcome, {
      params: item(deferred),
      body: { outcome: 'DEFER', reason: 'Thiếu minh chứng', missing: ['Bản sao bằng khen năm trước'] },
    });
    expect(afterDefer.agenda.map((i) => i.outcome)).toEqual(['DEFER', null]);
    const afterReject = await chair.api.call(councilApi.recordOutcome, {
      params: item(rejected),
      body: { outcome: 'REJECT', reason: 'Thành tích chưa tiêu biểu' },
    });
    expect(afterReject.agenda.map((i) => [i.outcome, i.outcomeReason, i.status])).toEqual([
      ['DEFER', 'Thiếu minh chứng', 'RETURNED'],
      ['REJECT', 'Thành tích chưa tiêu biểu', 'REJECTED'],
    ]);
    const d = (await officer.get<{ status: string; returnMissing: string[] }>(`/api/proposals/${deferred}`))
      .body;
    expect(d).toMatchObject({ status: 'RETURNED', returnMissing: ['Bản sao bằng khen năm trước'] });
    expect((await officer.get<{ status: string }>(`/api/proposals/${rejected}`)).body.status).toBe(
      'REJECTED',
    );
    const again = await chair.attempt(councilApi.recordOutcome, {
      params: item(rejected),
      body: { outcome: 'RECOMMEND' },
    });
    expect([again.status, again.error?.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
  });
});
