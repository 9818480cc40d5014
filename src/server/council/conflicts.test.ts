import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi } from '../../contract/council';
import { proposalsApi } from '../../contract/proposals';
import { fixedClock } from '../clock';
import { startWorld, type World } from '../testing/test-world';

const TODAY = '2026-03-02';
let w: World;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock(`${TODAY}T02:00:00Z`) });
});
afterAll(async () => {
  await w?.close();
});

describe('suggested conflicts of interest and outcomes', () => {
  it('a member living in the nominee’s household is suggested as a likely relative', async () => {
    const { officer } = w;
    const teacher = { id: await w.person({ unitId: w.units.school, fullName: 'Trần Thị Mỹ Dung' }) };
    const relativePerson = await w.person({
      unitId: w.units.village,
      fullName: 'Nguyễn Thị Ánh',
      gender: 'NU',
    });
    await w.councilMember({ personId: relativePerson });
    const members = await officer.api.call(councilApi.listMembers, {});
    const relative = members.find((m) => m.name === 'Nguyễn Thị Ánh');
    if (!relative) throw new Error('no member');
    // no route records households (they come from the population register): inserted
    const { tenant_id, unit_id } = await w.t.handle.db
      .selectFrom('people')
      .select(['tenant_id', 'unit_id'])
      .where('id', '=', relative.personId)
      .executeTakeFirstOrThrow();
    await w.t.handle.db
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
    await w.t.handle.db
      .updateTable('people')
      .set({ household_id: 'ho-test' })
      .where('id', 'in', [teacher.id, relative.personId])
      .execute();

    const p = (await w.proposal({ personId: teacher.id, state: 'FORWARDED' })).id;
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
    const { officer, chair } = w;
    const deferred = (await w.proposal({ state: 'FORWARDED' })).id;
    const rejected = (await w.proposal({ state: 'FORWARDED' })).id;
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
    const d = await officer.api.call(proposalsApi.getProposal, { params: { id: deferred } });
    expect(d).toMatchObject({ status: 'RETURNED', returnMissing: ['Bản sao bằng khen năm trước'] });
    expect((await officer.api.call(proposalsApi.getProposal, { params: { id: rejected } })).status).toBe(
      'REJECTED',
    );
    const again = await chair.attempt(councilApi.recordOutcome, {
      params: item(rejected),
      body: { outcome: 'RECOMMEND' },
    });
    expect([again.status, again.error?.code]).toEqual([409, 'ILLEGAL_TRANSITION']);
  });
});
