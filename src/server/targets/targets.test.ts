import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targetsApi } from '../../contract/targets';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';
import { loadTargets } from './targets-queries';

/** The day the tests run on: mid-2026, in Vietnam. */
const TODAY = '2026-06-15';

let w: World;
let officer: Client;
let schoolHead: Client;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock(`${TODAY}T02:00:00Z`) });
  ({ officer, unitHead: schoolHead } = w);
  // The 2024 targets, with six-month and year-end reports: all five met at the year's end, two by mid-year.
  const mid = '2024-06-30';
  const end = '2024-12-31';
  await w.target({ year: 2024, code: 'CT01', planned: 8.5, baseline: 8 }, [
    { date: mid, value: 7.9 },
    { date: end, value: 8.7 },
  ]);
  await w.target(
    { year: 2024, code: 'CT07', field: 'XA_HOI', direction: 'AT_MOST', planned: 2.5, baseline: 3.4 },
    [
      { date: mid, value: 2.9 },
      { date: end, value: 2.3 },
    ],
  );
  await w.target({ year: 2024, code: 'CT13', field: 'Y_TE', planned: 98, baseline: 97 }, [
    { date: mid, value: 98.6 },
    { date: end, value: 99 },
  ]);
  await w.target({ year: 2024, code: 'CT14', field: 'Y_TE', planned: 90, baseline: 85 }, [
    { date: mid, value: 88 },
    { date: end, value: 91 },
  ]);
  await w.target({ year: 2024, code: 'CT16', field: 'GIAO_DUC', planned: 100, baseline: 99 }, [
    { date: mid, value: 100 },
  ]);
});
afterAll(async () => {
  await w?.close();
});

const targetsOf = (year: number, asOf?: string) =>
  officer.api.call(targetsApi.targetsOfYear, { query: { year, ...(asOf ? { asOf } : {}) } });

describe('targets of a year (chỉ tiêu)', () => {
  it('the year computes "5/5 chỉ tiêu hoàn thành" from its progress entries', async () => {
    const r = await targetsOf(2024, '2025-01-10');
    expect(r.targets).toHaveLength(5);
    expect(r.summary).toMatchObject({
      completed: 5,
      total: 5,
      atRisk: 0,
      text: '5/5 chỉ tiêu hoàn thành',
    });
    expect(r.summary.byField.Y_TE).toEqual({ completed: 2, total: 2 });
    const poverty = r.targets.find((x) => x.code === 'CT07');
    expect(poverty).toMatchObject({ direction: 'AT_MOST', planned: 2.5, baseline: 3.4 });
    expect(poverty?.status.state).toBe('COMPLETED');
    expect(poverty?.progress.map((p) => p.value)).toEqual([2.9, 2.3]);
    // loadTargets (used by the dashboard and the year-end report) gives the same targets
    expect((await loadTargets(w.t.handle.db, w.tenantId, 2024)).map((x) => x.code)).toEqual(
      r.targets.map((x) => x.code),
    );
  });

  it('mid-year, the same targets are on track or not yet complete; the summary is never stored', async () => {
    const r = await targetsOf(2024, '2024-06-30');
    // the six-month figures meet the plan only where they do (CT13 98,6 % ≥ 98 %, CT16)
    expect(r.summary.completed).toBe(2);
    expect(r.summary.text).toBe('2/5 chỉ tiêu hoàn thành');
  });

  it('a lagging target of the current year is at risk; a unit head reports progress only for own targets', async () => {
    const year = Number(TODAY.slice(0, 4));
    const thisYear = `${year}-01-01`;
    const school = w.units.school;
    const police = await w.unit({ name: 'Công an xã Thử Nghiệm', kind: 'CONG_AN' });
    const created = await officer.attempt(targetsApi.createTarget, {
      body: {
        year,
        code: 'KT99',
        name: 'Tỷ lệ học sinh bỏ học',
        field: 'GIAO_DUC',
        unit: '%',
        direction: 'AT_MOST',
        planned: 0.5,
        responsibleUnitId: school,
      },
    });
    expect(created.status).toBe(201);
    const mine = created.body.id;
    // the unit head of the school reports: above the ceiling → at risk (AT_MOST without baseline)
    const added = await schoolHead.api.call(targetsApi.addProgress, {
      params: { id: mine },
      body: {
        date: thisYear,
        value: 1.2,
        evidence: 'Báo cáo sĩ số đầu năm của nhà trường',
        evidenceLink: 'https://example.org/bao-cao.pdf',
        evidenceFile: 'bao-cao-si-so.pdf',
      },
    });
    let view = await targetsOf(year, thisYear);
    const row = view.targets.find((x) => x.id === mine);
    expect(row?.status.state).toBe('AT_RISK');
    expect(row?.progress[0]).toMatchObject({
      value: 1.2,
      evidenceLink: 'https://example.org/bao-cao.pdf',
      evidenceFile: 'bao-cao-si-so.pdf',
      createdBy: 'Hiệu Trưởng Thử Nghiệm',
    });
    expect(view.summary.atRiskIds).toContain(mine);

    // … but not for a target the police are responsible for
    const policeTarget = await officer.api.call(targetsApi.createTarget, {
      body: {
        year,
        code: 'KT98',
        name: 'Tỷ lệ điều tra làm rõ án hình sự',
        field: 'QUOC_PHONG_AN_NINH',
        unit: '%',
        direction: 'AT_LEAST',
        planned: 85,
        baseline: 80,
        responsibleUnitId: police,
      },
    });
    const refused = await schoolHead.attempt(targetsApi.addProgress, {
      params: { id: policeTarget.id },
      body: { date: thisYear, value: 90, evidence: 'Không phải đơn vị mình' },
    });
    expect(refused.status).toBe(403);
    expect(refused.error?.message).toContain('trưởng đơn vị chủ trì');
    // nor may a unit head create targets
    const headCreates = await schoolHead.attempt(targetsApi.createTarget, {
      body: {
        year,
        code: 'X1',
        name: 'Thử tạo',
        field: 'KINH_TE',
        unit: '%',
        direction: 'AT_LEAST',
        planned: 1,
        responsibleUnitId: school,
      },
    });
    expect(headCreates.error?.code).toBe('FORBIDDEN');

    // a mistaken entry is deleted with a reason: it leaves the figures, stays in the audit
    const retract = (reason: string) =>
      schoolHead.attempt(targetsApi.retractProgress, {
        params: { id: mine, entryId: added.id },
        query: { reason },
      });
    expect((await retract('x')).error?.code).toBe('VALIDATION');
    const del = await retract('Nhập nhầm số liệu');
    expect(del.status).toBe(200);
    // the answer is the year's targets as of today
    expect(del.body.asOf).toBe(TODAY);
    expect(del.body.targets.find((x) => x.id === mine)?.progress).toEqual([]);
    view = await targetsOf(year, thisYear);
    expect(view.targets.find((x) => x.id === mine)?.progress).toEqual([]);
    expect((await retract('Xóa lần hai')).error?.code).toBe('ALREADY_DELETED');
    const audit = await w.t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('entity_id', '=', mine)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'progress', 'progress-delete']);
    expect(audit[2]?.summary).toContain('Nhập nhầm số liệu');
  });

  it('refuses bad input with Vietnamese messages', async () => {
    const school = w.units.school;
    const dup = await officer.attempt(targetsApi.createTarget, {
      body: {
        year: 2024,
        code: 'CT01',
        name: 'Trùng số hiệu',
        field: 'KINH_TE',
        unit: '%',
        direction: 'AT_LEAST',
        planned: 1,
        responsibleUnitId: school,
      },
    });
    expect(dup).toMatchObject({
      status: 409,
      error: { code: 'DUPLICATE_CODE', message: 'Năm 2024 đã có chỉ tiêu số hiệu CT01.' },
    });
    const list = await targetsOf(2024);
    const ct01 = list.targets[0];
    if (!ct01) throw new Error('no CT01');
    const future = await officer.attempt(targetsApi.addProgress, {
      params: { id: ct01.id },
      body: { date: '2099-01-01', value: 1, evidence: 'Báo cáo tương lai' },
    });
    expect(future.status).toBe(400);
    expect(future.error?.message).toContain('chưa đến');
    expect(future.error?.message).toContain('phải thuộc năm 2024');
    const noEvidence = await officer.attempt(targetsApi.addProgress, {
      params: { id: ct01.id },
      body: { date: '2024-05-01', value: 1, evidence: '' },
    });
    expect(noEvidence.error?.code).toBe('VALIDATION');
    const update = await officer.api.call(targetsApi.updateTarget, {
      params: { id: ct01.id },
      body: {
        year: 2024,
        code: 'CT01',
        name: ct01.name,
        field: ct01.field,
        unit: ct01.unit,
        direction: ct01.direction,
        planned: 8.8,
        baseline: 0,
        responsibleUnitId: ct01.responsibleUnitId,
      },
    });
    // the answer is the year's targets, as of today (after the year's end)
    expect(update.targets[0]?.planned).toBe(8.8);
    expect(update.summary.text).toBe('4/5 chỉ tiêu hoàn thành');
    const after = await targetsOf(2024, '2025-01-10');
    expect(after.targets[0]?.planned).toBe(8.8);
    // the 8,7 % year-end figure no longer meets 8,8 %: computed, not typed
    expect(after.summary.text).toBe('4/5 chỉ tiêu hoàn thành');
  });
});
