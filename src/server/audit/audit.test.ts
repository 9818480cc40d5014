import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditApi } from '../../contract/audit';
import { calendarApi } from '../../contract/calendar';
import { fixedClock } from '../clock';
import { startWorld, type World } from '../testing/test-world';

let w: World;
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
});
afterAll(async () => {
  await w?.close();
});

describe('the audit log', () => {
  it('lists the commune’s actions newest first, filtered by record, for the officers and the chairman', async () => {
    const officer = w.officer;
    const { id } = await officer.api.call(calendarApi.createDay, {
      body: { code: 'ngay-nhat-ky', monthDay: '05-05', name: 'Ngày ghi nhật ký', kind: 'DIA_PHUONG' },
    });
    const all = await officer.api.call(auditApi.listAudit, { query: { limit: 5 } });
    expect(all.length).toBeLessThanOrEqual(5);
    expect(all[0]).toMatchObject({
      entityType: 'calendar_day',
      entityId: id,
      action: 'create',
      at: '2026-03-02T02:00:00.000Z', // the server's clock
    });
    expect(all.map((a) => a.id)).toEqual([...all.map((a) => a.id)].sort((a, b) => b - a));
    expect(all[0]?.actorName).toBeTruthy();

    const chair = w.chair;
    const mine = await chair.api.call(auditApi.listAudit, {
      query: { entityType: 'calendar_day', entityId: id },
    });
    expect(mine.map((a) => a.summary)).toEqual(['Thêm ngày kỷ niệm "Ngày ghi nhật ký" (05-05)']);
    const logins = await chair.api.call(auditApi.listAudit, { query: { entityType: 'user', limit: 500 } });
    expect(logins.every((a) => a.entityType === 'user')).toBe(true);
    expect(logins.some((a) => a.action === 'login')).toBe(true);
  });

  it('is refused to council members, unit heads and viewers; the limit is checked', async () => {
    for (const c of [w.member, w.unitHead, w.viewer]) {
      expect((await c.attempt(auditApi.listAudit, {})).error?.code).toBe('FORBIDDEN');
    }
    const tooMany = await w.officer.attempt(auditApi.listAudit, { query: { limit: 501 } });
    expect(tooMany.error?.code).toBe('VALIDATION');
  });
});
