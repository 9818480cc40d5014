import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi } from '../../contract/council';
import { organisationsApi } from '../../contract/organisations';
import { fixedClock } from '../clock';
import { startTestApp, type TestApp } from '../http/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ clock: fixedClock('2025-07-20T02:00:00Z') });
});
afterAll(async () => {
  await t?.close();
});

describe('the council at any date', () => {
  it('members join and leave; the council on a date reflects the terms', async () => {
    const officer = await t.as('canbo');
    const on = async (date: string) =>
      (await officer.api.call(councilApi.listMembers, { query: { date } })).map((m) => m.name);
    const before = await officer.api.call(councilApi.listMembers, { query: { date: '2025-06-01' } });
    expect(before).toHaveLength(10);
    const people = await officer.api.call(organisationsApi.listPeople, {});
    const principal = people.find((p) => p.fullName === 'Trần Văn Bình');
    const leaving = before.find((m) => m.name === 'Kiều Văn Dũng');
    if (!principal || !leaving) throw new Error('demo data');
    const join = { personId: principal.id, role: 'UY_VIEN', termFrom: '2025-07-01' } as const;
    const added = await officer.attempt(councilApi.addMember, { body: join });
    expect(added.status).toBe(201);
    // The answer is the council as it stands today (20/07/2025): the new member is on it.
    expect(added.body.members.map((m) => m.name)).toContain('Trần Văn Bình');
    expect(
      (await officer.attempt(councilApi.addMember, { body: { ...join, termFrom: '2025-08-01' } })).error
        ?.code,
    ).toBe('ALREADY_MEMBER');
    const ended = await officer.api.call(councilApi.endMemberTerm, {
      params: { id: leaving.id },
      body: { termTo: '2025-06-30' },
    });
    expect(ended.members.map((m) => m.name)).not.toContain('Kiều Văn Dũng');
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
    expect(june).toContain('Kiều Văn Dũng');
    expect(june).not.toContain('Trần Văn Bình');
    expect(july).toContain('Trần Văn Bình');
    expect(july).not.toContain('Kiều Văn Dũng');
    // Without a date: the council today, by the server's clock.
    expect((await officer.api.call(councilApi.listMembers, {})).map((m) => m.name)).toEqual(july);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('summary')
      .where('entity_type', '=', 'council')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.summary)).toEqual([
      'Bổ sung Trần Văn Bình làm Ủy viên từ 01/07/2025',
      'Thành viên thôi tham gia Hội đồng từ 30/06/2025',
    ]);
    expect(
      (await officer.attempt(councilApi.addMember, { body: { ...join, termFrom: '2025-02-29' } })).error
        ?.code,
    ).toBe('VALIDATION');
    const viewer = await t.as('xem');
    expect((await viewer.attempt(councilApi.addMember, { body: join })).status).toBe(403);
  });
});
