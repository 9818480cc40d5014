import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../http/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the council at any date', () => {
  it('members join and leave; the council on a date reflects the terms', async () => {
    const officer = await t.as('canbo');
    const before = await officer.get<{ id: string; name: string }[]>('/api/council/members?date=2025-06-01');
    expect(before.body).toHaveLength(10);
    const people = (await officer.get<{ id: string; fullName: string }[]>('/api/people')).body;
    const principal = people.find((p) => p.fullName === 'Trần Văn Bình');
    const leaving = before.body.find((m) => m.name === 'Kiều Văn Dũng');
    if (!principal || !leaving) throw new Error('demo data');
    expect(
      (
        await officer.post('/api/council/members', {
          personId: principal.id,
          role: 'UY_VIEN',
          termFrom: '2025-07-01',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await officer.post<{ code: string }>('/api/council/members', {
          personId: principal.id,
          role: 'UY_VIEN',
          termFrom: '2025-08-01',
        })
      ).body.code,
    ).toBe('ALREADY_MEMBER');
    expect(
      (await officer.post(`/api/council/members/${leaving.id}/end`, { termTo: '2025-06-30' })).status,
    ).toBe(200);
    expect(
      (
        await officer.post<{ code: string }>(`/api/council/members/${leaving.id}/end`, {
          termTo: '2025-06-30',
        })
      ).body.code,
    ).toBe('TERM_ENDED');
    const june = (await officer.get<{ name: string }[]>('/api/council/members?date=2025-06-15')).body.map(
      (m) => m.name,
    );
    const july = (await officer.get<{ name: string }[]>('/api/council/members?date=2025-07-15')).body.map(
      (m) => m.name,
    );
    expect(june).toContain('Kiều Văn Dũng');
    expect(june).not.toContain('Trần Văn Bình');
    expect(july).toContain('Trần Văn Bình');
    expect(july).not.toContain('Kiều Văn Dũng');
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
      (
        await officer.post<{ code: string }>('/api/council/members', {
          personId: principal.id,
          role: 'UY_VIEN',
          termFrom: '2025-02-29',
        })
      ).body.code,
    ).toBe('VALIDATION');
    expect(
      (
        await (
          await t.as('xem')
        ).post('/api/council/members', { personId: principal.id, role: 'UY_VIEN', termFrom: '2025-07-01' })
      ).status,
    ).toBe(403);
  });
});
