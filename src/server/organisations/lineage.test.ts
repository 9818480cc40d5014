import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../http/test-app';

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
    expect(detail.body.predecessors.map((p) => p.name).sort()).toEqual([
      'Thôn Lập Thành (cũ)',
      'Thôn Tân Thành (cũ)',
    ]);

    const p = await officer.post<{ id: string }>('/api/proposals', {
      unitId: old.id,
      awardCode: 'GK_XA_REGULAR',
      subjectKind: 'COLLECTIVE',
      subjectUnitId: old.id,
      year: 2024,
      achievement: 'Hoàn thành xuất sắc phong trào xây dựng nông thôn mới kiểu mẫu năm 2024',
    });
    await officer.post(`/api/proposals/${p.body.id}/actions/submit`);
    await officer.post(`/api/proposals/${p.body.id}/actions/forward`);
    await chair.post(`/api/proposals/${p.body.id}/actions/approve`);
    const d = await chair.post<{ awards: { amount: number }[] }>('/api/decisions', {
      proposalIds: [p.body.id],
      decisionDate: '2025-01-20',
    });
    expect(d.body.awards[0]?.amount).toBe(710_000); // collective Giấy khen: 0.3 × 2,340,000 rounded up

    const history = await officer.get<{ subjectName: string; viaPredecessor: string | null }[]>(
      `/api/units/${successor.id}/awards`,
    );
    expect(history.body).toHaveLength(1);
    expect(history.body[0]).toMatchObject({
      subjectName: 'Thôn Tân Thành (cũ)',
      viaPredecessor: 'Thôn Tân Thành (cũ)',
    });

    // The council agenda puts the same history in front of the members when the successor is proposed.
    const next = await officer.post<{ id: string }>('/api/proposals', {
      unitId: successor.id,
      awardCode: 'GK_XA_REGULAR',
      subjectKind: 'COLLECTIVE',
      subjectUnitId: successor.id,
      year: 2025,
      achievement: 'Dẫn đầu phong trào xây dựng nông thôn mới kiểu mẫu năm 2025',
    });
    await officer.post(`/api/proposals/${next.body.id}/actions/submit`);
    await officer.post(`/api/proposals/${next.body.id}/actions/forward`);
    const m = await officer.post<{ id: string }>('/api/meetings', {
      title: 'Họp xét khen thưởng',
      meetingDate: '2025-12-15',
      place: 'Hội trường',
      proposalIds: [next.body.id],
    });
    expect(m.status).toBe(201);
    const agenda = await officer.get<{
      agenda: { history: { awardName: string; year: number; viaPredecessor: string | null }[] }[];
    }>(`/api/meetings/${m.body.id}`);
    expect(agenda.body.agenda[0]?.history).toEqual([
      {
        awardName: 'Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)',
        year: 2024,
        decision: expect.stringMatching(/^\d+\/QĐ-UBND$/),
        revoked: false,
        viaPredecessor: 'Thôn Tân Thành (cũ)',
      },
    ]);
  });
});
