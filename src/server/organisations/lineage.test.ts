import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../http/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('unit identity across reorganisations', () => {
  it("a merged village's award history follows to its successor", async () => {
    const officer = await t.as('canbo');
    const chair = await t.as('chutich');
    const units = (await officer.get<{ id: string; name: string; active: boolean }[]>('/api/units')).body;
    const old = units.find((u) => u.name === 'Thôn Tân Thành (cũ)');
    const successor = units.find((u) => u.name === 'Thôn Tân Lập');
    if (!old || !successor) throw new Error('demo units missing');
    expect(old.active).toBe(false);
    const detail = await officer.get<{ predecessors: { name: string }[] }>(`/api/units/${successor.id}`);
    expect(detail.body.predecessors.map((p) => p.name).sort()).toEqual(['Thôn Lập Thành (cũ)', 'Thôn Tân Thành (cũ)']);

    const p = await officer.post<{ id: string }>('/api/proposals', {
      unitId: old.id, awardCode: 'GK_XA_REGULAR', subjectKind: 'COLLECTIVE', subjectUnitId: old.id, year: 2024,
      achievement: 'Hoàn thành xuất sắc phong trào xây dựng nông thôn mới kiểu mẫu năm 2024',
    });
    await officer.post(`/api/proposals/${p.body.id}/actions/submit`);
    await officer.post(`/api/proposals/${p.body.id}/actions/forward`);
    await chair.post(`/api/proposals/${p.body.id}/actions/approve`);
    const d = await chair.post<{ awards: { amount: number }[] }>('/api/decisions', { proposalIds: [p.body.id], decisionDate: '2025-01-20' });
    expect(d.body.awards[0]?.amount).toBe(710_000); // collective Giấy khen: 0.3 × 2,340,000 rounded up

    const history = await officer.get<{ subjectName: string; viaPredecessor: string | null }[]>(`/api/units/${successor.id}/awards`);
    expect(history.body).toHaveLength(1);
    expect(history.body[0]).toMatchObject({ subjectName: 'Thôn Tân Thành (cũ)', viaPredecessor: 'Thôn Tân Thành (cũ)' });
  });
});
