import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi } from '../../contract/council';
import { fixedClock } from '../clock';
import { startWorld, type World } from '../testing/test-world';

let w: World;
/** The audit entries written before the test (the world's own council). */
let auditBefore: number;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2025-07-20T02:00:00Z') });
  const last = await w.t.handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  auditBefore = Number(last?.id ?? 0);
});
afterAll(async () => {
  await w?.close();
});

describe('the council at any date', () => {
  it('members join and leave; the council on a date reflects the terms', async () => {
    const officer = w.officer;
    const on = async (date: string) =>
      (await officer.api.call(councilApi.listMembers, { query: { date } })).map((m) => m.name);
    const before = await officer.api.call(councilApi.listMembers, { query: { date: '2025-06-01' } });
    expect(before).toHaveLength(3); // the world's council: chairman, standing member, member
    const principal = { id: w.people.unitHead }; // 'Hiệu Trưởng Thử Nghiệm'
    const leaving = before.find((m) => m.id === w.council.member); // 'Ủy Viên Hội Đồng Thử'
    if (!leaving) throw new Error('no member');
    const join = { personId: principal.id, role: 'UY_VIEN', termFrom: '2025-07-01' } as const;
    const added = await officer.attempt(councilApi.addMember, { body: join });
    expect(added.status).toBe(201);
    // The answer is the council as it stands today (20/07/2025): the new member is on it.
    expect(added.body.members.map((m) => m.name)).toContain('Hiệu Trưởng Thử Nghiệm');
    expect(
      (await officer.attempt(councilApi.addMember, { body: { ...join, termFrom: '2025-08-01' } })).error
        ?.code,
    ).toBe('ALREADY_MEMBER');
    const ended = await officer.api.call(councilApi.endMemberTerm, {
      params: { id: leaving.id },
      body: { termTo: '2025-06-30' },
    });
    expect(ended.members.map((m) => m.name)).not.toContain('Ủy Viên Hội Đồng Thử');
    expect(
      (
        await officer.attempt(councilApi.endMemberTerm, {
          params: { id: leaving.id },
          body: { termTo: '2025-06-30' },
        })
      ).error?.code,
    ).toBe('TERM_ENDED');
    const june = await on('2025-06-15');
    const july = await on('2025-07-15');
    expect(june).toContain('Ủy Viên Hội Đồng Thử');
    expect(june).not.toContain('Hiệu Trưởng Thử Nghiệm');
    expect(july).toContain('Hiệu Trưởng Thử Nghiệm');
    expect(july).not.toContain('Ủy Viên Hội Đồng Thử');
    // Without a date: the council today, by the server's clock.
    expect((await officer.api.call(councilApi.listMembers, {})).map((m) => m.name)).toEqual(july);
    const audit = await w.t.handle.db
      .selectFrom('audit_log')
      .select('summary')
      .where('entity_type', '=', 'council')
      .where('id', '>', auditBefore)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.summary)).toEqual([
      'Bổ sung Hiệu Trưởng Thử Nghiệm làm Ủy viên từ 01/07/2025',
      'Thành viên thôi tham gia Hội đồng từ 30/06/2025',
    ]);
    expect(
      (await officer.attempt(councilApi.addMember, { body: { ...join, termFrom: '2025-02-29' } })).error
        ?.code,
    ).toBe('VALIDATION');
    expect((await w.viewer.attempt(councilApi.addMember, { body: join })).status).toBe(403);
  });
});
