/**
 * The deadline engine against the database: the inbox's "Hạn sắp tới" (role by role), the dashboard's
 * "Hạn trong tuần này" and the calendar's list of the year, each at the day before, the day of and the
 * day after a window's edge, by the commune's clock (Vietnam's date: 20:00 UTC is the next day there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarApi } from '../../contract/calendar';
import { dashboardApi } from '../../contract/dashboard';
import { inboxApi } from '../../contract/inbox';
import { registrationsApi } from '../../contract/registrations';
import { fixedClock } from '../clock';
import { securityOptionsFromEnv } from '../http/security-options';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';

let w: World;
const clock = fixedClock('2025-11-17T20:00:00Z'); // 18/11/2025 in Hà Nội
const names = { officer: '', head: '', viewer: '' };
const as: Record<keyof typeof names, Client> = {} as Record<keyof typeof names, Client>;
let signedAt = 0;
/** Signs the three users in again (a session lasts 7 days and the tests move the clock by weeks). */
const signIn = async () => {
  for (const k of Object.keys(names) as (keyof typeof names)[]) as[k] = await w.signIn(names[k]);
  signedAt = clock.now().getTime();
};
/** Sets the commune's date (morning in Hà Nội), signing in again when the sessions would have ended. */
const on = async (day: string) => {
  clock.set(`${day}T02:00:00Z`);
  if (Math.abs(clock.now().getTime() - signedAt) > 6 * 86_400_000) await signIn();
};

beforeAll(async () => {
  w = await startWorld({ clock, security: { ...securityOptionsFromEnv({}), rateLimits: false } });
  names.officer = (await w.user('CAN_BO_TDKT')).username;
  names.head = (await w.user('TRUONG_DON_VI', { unitId: w.units.school })).username;
  names.viewer = (await w.user('XEM')).username;
  await signIn();
});
afterAll(async () => {
  await w?.close();
});

const upcoming = async (c = as.officer, days = 7) =>
  (await c.api.call(inboxApi.upcomingDeadlines, { query: { days } })).deadlines;
const week = async () =>
  (
    (await as.officer.api.call(dashboardApi.dashboard, { query: { year: 2025 } })).commune
      ?.deadlinesThisWeek ?? []
  ).map((d) => `${d.date} ${d.kind} ${d.label}`);

describe('deadlines of the law in the inbox and on the dashboard', () => {
  it.each([
    // today → is the GĐVH review deadline (24/11/2025: "trước ngày 25/11") within the 7 days?
    ['2025-11-17', false],
    ['2025-11-18', true],
    ['2025-11-24', true],
    ['2025-11-25', false],
  ])('on %s the review deadline shows this week: %s', async (day, shown) => {
    await on(day);
    const officer = await upcoming();
    const review = officer.find((d) => d.id === 'D86-REVIEW:GDVH:2025');
    expect(review !== undefined).toBe(shown);
    if (review) {
      expect(review).toMatchObject({
        date: '2025-11-24',
        kind: 'LEGAL',
        kindLabel: 'Luật định',
        severity: 'WARN',
      });
      expect(review.article).toContain('Nghị định 86/2023/NĐ-CP');
    }
    expect(
      (await week()).some((x) => x.startsWith('2025-11-24 LEGAL Hoàn thành bình xét "Gia đình văn hóa"')),
    ).toBe(shown);
  });

  it('the clock is the commune’s: 20:00 UTC on 17/11 is already 18/11 in Hà Nội', async () => {
    clock.set('2025-11-17T20:00:00Z');
    await signIn();
    expect((await upcoming()).some((d) => d.rule === 'D86-REVIEW')).toBe(true);
    clock.set('2025-11-17T16:59:00Z');
    await signIn();
    expect((await upcoming()).some((d) => d.rule === 'D86-REVIEW')).toBe(false);
  });

  it.each([
    // the statistics report is due 15/12 (Circular 02/2023/TT-BNV), the statistics year ends 30/11
    ['2025-12-08', []],
    ['2025-12-09', ['TT02-REPORT:2025']],
    ['2025-12-15', ['TT02-REPORT:2025']],
    ['2025-12-16', []],
    ['2026-11-24', ['D86-REVIEW:GDVH:2026', 'D86-REVIEW:THON_VH:2026', 'TT02-PERIOD:2026']],
  ])('on %s the week holds %j', async (day, ids) => {
    await on(day);
    expect(
      (await upcoming()).map((d) => d.id).filter((id) => id.startsWith('TT02') || id.startsWith('D86')),
    ).toEqual(ids);
  });

  it('a window across the new year holds both years’ deadlines', async () => {
    await on('2025-12-28');
    const ids = (await upcoming(as.officer, 366)).map((d) => d.id);
    expect(ids).toContain('D86-REVIEW:GDVH:2026');
    expect(ids).toContain('TT02-REPORT:2026');
    expect(ids).not.toContain('TT02-REPORT:2025');
  });

  it('a signed GĐVH decision must be published within 15 days: the last day is the 15th after it', async () => {
    await on('2025-11-18');
    const id = `gdvh-${Date.now()}`;
    await w.t.handle.db
      .insertInto('decisions')
      .values({
        id,
        tenant_id: w.tenantId,
        doc_type: 'QD',
        year: 2025,
        number: 901,
        symbol: 'QĐ-UBND',
        decision_date: '2025-11-20',
        title: 'Công nhận Gia đình văn hóa năm 2025',
        award_code: 'GDVH',
        signer_title: 'CHỦ TỊCH',
        signer_name: 'Nguyễn Văn A',
        status: 'SIGNED',
        total_amount: 0,
        created_by: w.ids.officer,
        created_at: '2025-11-20T02:00:00Z',
      })
      .execute();
    for (const [day, shown] of [
      ['2025-11-28', false],
      ['2025-11-29', true],
      ['2025-12-05', true],
      ['2025-12-06', false],
    ] as const) {
      await on(day);
      const d = (await upcoming()).find((x) => x.id === `D86-PUBLISH:${id}`);
      expect(d !== undefined, day).toBe(shown);
      if (d) expect(d).toMatchObject({ date: '2025-12-05', link: `/quyet-dinh/${id}` });
    }
    await on('2025-12-01');
    expect((await week()).some((x) => x.startsWith('2025-12-05 LEGAL Công bố danh sách'))).toBe(true);
  });
});

describe('deadlines of movements, by role', () => {
  it('a unit head sees their unit’s registration deadline until it registers; the officer the movement’s', async () => {
    await on('2025-11-18');
    const m = await w.movement({
      state: 'LAUNCHED',
      year: 2025,
      startDate: '2025-11-01',
      endDate: '2025-12-31',
      registrationDeadline: '2025-11-21',
    });
    const head = (await upcoming(as.head)).filter((d) => d.refId === m);
    expect(head).toHaveLength(1);
    expect(head[0]).toMatchObject({
      audience: 'UNIT',
      unitId: w.units.school,
      date: '2025-11-21',
      kind: 'MOVEMENT',
    });
    expect((await upcoming(as.head)).some((d) => d.kind === 'LEGAL')).toBe(false);
    expect((await upcoming()).filter((d) => d.refId === m).map((d) => d.id)).toEqual([`REGISTRATION:${m}`]);
    expect(await upcoming(as.viewer)).toEqual([]);
    // the deadline's own day is on time, the day after is late (refused: REGISTRATION_LATE)
    await on('2025-11-22');
    const late = await as.head.attempt(registrationsApi.register, {
      params: { id: m },
      body: { subjectKind: 'UNIT', subjectId: w.units.school, titles: ['TTLDTT'] },
    });
    expect(late.error?.code).toBe('REGISTRATION_LATE');
    await on('2025-11-21');
    await as.head.api.call(registrationsApi.register, {
      params: { id: m },
      body: { subjectKind: 'UNIT', subjectId: w.units.school, titles: ['TTLDTT'] },
    });
    expect((await upcoming(as.head)).filter((d) => d.refId === m)).toEqual([]);
  });

  it('the calendar lists the year’s deadlines with their articles and the periods counted from an event', async () => {
    await on('2025-11-25');
    const y = await as.officer.api.call(calendarApi.deadlines, { query: { year: 2025 } });
    expect(y.year).toBe(2025);
    const review = y.deadlines.find((d) => d.id === 'D86-REVIEW:THON_VH:2025');
    expect(review).toMatchObject({ date: '2025-11-24', past: true });
    expect(y.deadlines.find((d) => d.id === 'TT02-REPORT:2025')).toMatchObject({ past: false });
    expect(y.deadlines.every((d) => d.audience === 'OFFICER')).toBe(true);
    expect(y.periods.map((p) => p.id)).toContain('DISCLOSURE-MIN');
    const other = await as.officer.api.call(calendarApi.deadlines, { query: { year: 2024 } });
    expect(other.deadlines.find((d) => d.rule === 'D86-REVIEW')?.date).toBe('2024-11-24');
    const viewer = await as.viewer.api.call(calendarApi.deadlines, { query: { year: 2025 } });
    expect(viewer.deadlines.length).toBeGreaterThan(3);
  });
});
