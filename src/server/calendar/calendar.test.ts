import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditApi } from '../../contract/audit';
import { calendarApi } from '../../contract/calendar';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
let officer: Client;
let head: Client;
let viewer: Client;

beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2025-06-01T03:00:00Z') });
  ({ officer, unitHead: head, viewer } = w);
  // a new commune starts with no days: the officer loads the national defaults once
  expect(await officer.api.call(calendarApi.addDefaults, {})).toMatchObject({ added: expect.any(Number) });
});
afterAll(async () => {
  await w?.close();
});

const DAY = {
  code: 'giai-phong-xa-thu',
  monthDay: '03-25',
  name: 'Ngày giải phóng xã (thử)',
  kind: 'DIA_PHUONG' as const,
  since: 1975,
};

describe('the calendar of holidays and anniversaries', () => {
  it("everyone reads it; the year is this year by the server's clock unless asked", async () => {
    const cal = await viewer.api.call(calendarApi.listDays, {});
    expect(cal.year).toBe(2025);
    const party = cal.days.find((d) => d.id === 'thanh-lap-dang');
    expect(party).toMatchObject({ date: '02-03', kind: 'LE_LON', kindLabel: 'Ngày lễ lớn', since: 1930 });
    expect(cal.occurrences.find((o) => o.entryId === 'thanh-lap-dang')).toMatchObject({
      date: '2025-02-03',
      years: 95,
      isRound: true,
    });
    expect((await viewer.api.call(calendarApi.listDays, { query: { year: 2030 } })).year).toBe(2030);
    const sug = await head.api.call(calendarApi.suggestions, { query: { year: 2025 } });
    expect(sug.some((s) => s.type === 'THEO_DOT' && s.name.includes('95 năm'))).toBe(true);
  });

  it('an officer adds, changes and deletes a day (audited); validation and permissions hold', async () => {
    const bad = await officer.attempt(calendarApi.createDay, { body: { ...DAY, monthDay: '02-30' } });
    expect(bad.status).toBe(400);
    expect(bad.error?.code).toBe('INVALID_CALENDAR_DAY');
    expect(bad.error?.message).toContain('không hợp lệ');
    expect((await head.attempt(calendarApi.createDay, { body: DAY })).error?.code).toBe('FORBIDDEN');

    const created = await officer.attempt(calendarApi.createDay, { body: DAY });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const dup = await officer.attempt(calendarApi.createDay, { body: DAY });
    expect(dup.error?.code).toBe('INVALID_CALENDAR_DAY');
    const sug = await officer.api.call(calendarApi.suggestions, { query: { year: 2025 } });
    expect(sug.some((s) => s.name.includes('50 năm Ngày giải phóng xã (thử)'))).toBe(true);

    expect(
      await officer.api.call(calendarApi.updateDay, {
        params: { id },
        body: { ...DAY, name: 'Ngày giải phóng xã' },
      }),
    ).toEqual({ id });
    const cal = await officer.api.call(calendarApi.listDays, { query: { year: 2025 } });
    expect(cal.days.find((d) => d.rowId === id)?.name).toBe('Ngày giải phóng xã');
    const missing = await officer.attempt(calendarApi.updateDay, { params: { id: 'khong-co' }, body: DAY });
    expect(missing.error?.code).toBe('NOT_FOUND');

    expect((await head.attempt(calendarApi.deleteDay, { params: { id } })).error?.code).toBe('FORBIDDEN');
    expect(await officer.api.call(calendarApi.deleteDay, { params: { id } })).toEqual({ ok: true });
    const trail = await officer.api.call(auditApi.listAudit, {
      query: { entityType: 'calendar_day', entityId: id },
    });
    expect(trail.map((a) => a.action)).toEqual(['delete', 'update', 'create']);
  });

  it('loading the national defaults adds back only the days the commune lacks', async () => {
    const cal = await officer.api.call(calendarApi.listDays, {});
    const party = cal.days.find((d) => d.id === 'thanh-lap-dang');
    await officer.api.call(calendarApi.deleteDay, { params: { id: party?.rowId ?? '' } });
    expect(await officer.api.call(calendarApi.addDefaults, {})).toEqual({ added: 1 });
    expect(await officer.api.call(calendarApi.addDefaults, {})).toEqual({ added: 0 });
    expect((await head.attempt(calendarApi.addDefaults, {})).error?.code).toBe('FORBIDDEN');
  });
});
