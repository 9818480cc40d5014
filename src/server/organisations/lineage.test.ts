import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi } from '../../contract/council';
import { decisionsApi } from '../../contract/decisions';
import { organisationsApi } from '../../contract/organisations';
import { proposalsApi } from '../../contract/proposals';
import { fixedClock } from '../clock';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let old: string;
let other: string;
let successor: string;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2025-12-10T02:00:00Z') });
  // Two villages merged on 01/07/2025 into a third: history follows the successor.
  old = await w.unit({ name: 'Thôn Cũ Thứ Nhất', kind: 'THON', inactiveSince: '2025-07-01' });
  other = await w.unit({ name: 'Thôn Cũ Thứ Hai', kind: 'THON', inactiveSince: '2025-07-01' });
  successor = await w.unit({
    name: 'Thôn Hợp Nhất',
    kind: 'THON',
    predecessorIds: [old, other],
    mergedOn: '2025-07-01',
  });
});
afterAll(async () => {
  await w?.close();
});

describe('unit identity across reorganisations', () => {
  it("a merged village's award history follows to its successor", async () => {
    const { officer, chair } = w;
    const units = await officer.api.call(organisationsApi.listUnits, {});
    expect(units.find((u) => u.id === old)?.active).toBe(false);
    const detail = await officer.api.call(organisationsApi.getUnit, { params: { id: successor } });
    expect(detail.predecessors.map((p) => p.name).sort()).toEqual(['Thôn Cũ Thứ Hai', 'Thôn Cũ Thứ Nhất']);

    const act = (c: typeof officer, id: string, action: string) =>
      c.api.call(proposalsApi.actOnProposal, { params: { id, action }, body: {} });
    const p = await officer.api.call(proposalsApi.createProposal, {
      body: {
        unitId: old,
        awardCode: 'GK_XA_REGULAR',
        subjectKind: 'COLLECTIVE',
        subjectUnitId: old,
        year: 2024,
        achievement: 'Hoàn thành xuất sắc phong trào xây dựng nông thôn mới kiểu mẫu năm 2024',
      },
    });
    await act(officer, p.id, 'submit');
    await act(officer, p.id, 'forward');
    await act(chair, p.id, 'approve');
    const d = await chair.api.call(decisionsApi.signDecision, {
      body: { proposalIds: [p.id], decisionDate: '2025-01-20' },
    });
    expect(d.awards[0]?.amount).toBe(710_000); // collective Giấy khen: 0.3 × 2,340,000 rounded up

    const history = await officer.api.call(organisationsApi.unitAwards, { params: { id: successor } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      subjectName: 'Thôn Cũ Thứ Nhất',
      viaPredecessor: 'Thôn Cũ Thứ Nhất',
    });

    // The council agenda puts the same history in front of the members when the successor is proposed.
    const next = await officer.api.call(proposalsApi.createProposal, {
      body: {
        unitId: successor,
        awardCode: 'GK_XA_REGULAR',
        subjectKind: 'COLLECTIVE',
        subjectUnitId: successor,
        year: 2025,
        achievement: 'Dẫn đầu phong trào xây dựng nông thôn mới kiểu mẫu năm 2025',
      },
    });
    await act(officer, next.id, 'submit');
    await act(officer, next.id, 'forward');
    const m = await officer.attempt(councilApi.createMeeting, {
      body: {
        title: 'Họp xét khen thưởng',
        meetingDate: '2025-12-15',
        place: 'Hội trường',
        proposalIds: [next.id],
      },
    });
    expect(m.status).toBe(201);
    const agenda = await officer.api.call(councilApi.getMeeting, { params: { id: m.body.id } });
    expect(agenda.agenda[0]?.history).toEqual([
      {
        awardName: 'Giấy khen của Chủ tịch UBND xã (thành tích thực hiện nhiệm vụ)',
        year: 2024,
        decision: expect.stringMatching(/^\d+\/QĐ-UBND$/),
        revoked: false,
        viaPredecessor: 'Thôn Cũ Thứ Nhất',
      },
    ]);
  });
});
