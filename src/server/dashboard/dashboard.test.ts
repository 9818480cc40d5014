import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authApi } from '../../contract/accounts';
import { dashboardApi } from '../../contract/dashboard';
import { fixedClock } from '../clock';
import { addInboxTasks } from '../inbox/inbox-tasks';
import { startWorld, type World } from '../testing/test-world';

let w: World;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T20:00:00Z') });
});
afterAll(async () => {
  await w?.close();
});

describe('the dashboard', () => {
  it("the commune's year for the officer, the chairman and the viewer; the day is Vietnam's", async () => {
    for (const c of [w.officer, w.chair, w.viewer]) {
      const d = await c.api.call(dashboardApi.dashboard, { query: { year: 2025 } });
      expect(d).toMatchObject({ scope: 'COMMUNE', year: 2025, today: '2026-03-03', unit: null });
      expect(d.commune?.awards.byGender).toHaveProperty('UNKNOWN');
      expect(d.commune?.targets.text).toMatch(/chỉ tiêu hoàn thành$/);
    }
    const d = await w.officer.api.call(dashboardApi.dashboard, {});
    expect(d.year).toBeGreaterThan(2000);
  });

  it("a unit head sees their unit's open tasks, overdue by the server's clock", async () => {
    const head = w.unitHead;
    const me = await head.api.call(authApi.me, {});
    await w.t.handle.db.transaction().execute((trx) =>
      addInboxTasks(
        trx,
        w.t.clock,
        ['2026-03-01', '2026-03-03'].map((dueDate) => ({
          tenantId: w.tenantId,
          unitId: me.unitId ?? '',
          kind: 'SELF_SCORE' as const,
          title: `Tự chấm điểm, hạn ${dueDate}`,
          dueDate,
          createdBy: me.id,
        })),
      ),
    );
    const d = await head.api.call(dashboardApi.dashboard, { query: { year: 2026 } });
    expect(d).toMatchObject({ scope: 'UNIT', year: 2026, commune: null });
    expect(d.unit?.id).toBe(me.unitId);
    const overdue = Object.fromEntries((d.unit?.tasks ?? []).map((x) => [x.dueDate, x.overdue]));
    expect(overdue).toMatchObject({ '2026-03-01': true, '2026-03-03': false });
  });
});
