import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/calendar';
import { today } from '../db/ids';
import { type Client, startTestApp, type TestApp } from '../http/test-app';

interface Unit {
  id: string;
  name: string;
}
interface Task {
  id: string;
  unitId: string;
  status: string;
  movementId: string | null;
}

let t: TestApp;
let officer: Client;
let head: Client;
let viewer: Client;

beforeAll(async () => {
  t = await startTestApp();
  officer = await t.as('canbo');
  head = await t.as('truongth');
  viewer = await t.as('xem');
});
afterAll(async () => {
  await t?.close();
});

const count = async (c: Client) => (await c.get<{ open: number }>('/api/inbox/count')).body.open;

describe('inbox count (the side menu badge of "Việc cần làm")', () => {
  it("counts exactly the open tasks each person's inbox lists, and drops when one is done", async () => {
    const units = (await officer.get<Unit[]>('/api/units')).body;
    const pick = (name: string) => units.find((u) => u.name === name)?.id ?? '';
    const day = today();
    const m = await officer.post<{ id: string }>('/api/movements', {
      name: 'Thi đua đếm việc cần làm',
      type: 'CHUYEN_DE',
      scope: 'XA',
      fields: ['Giáo dục'],
      startDate: addDays(day, -10),
      endDate: addDays(day, 100),
      registrationDeadline: addDays(day, 5),
      participantUnitIds: [pick('Trường Tiểu học Tân Việt'), pick('Thôn Bình An')],
      criteria: [{ name: 'Hoàn thành nhiệm vụ', weight: 1, minScore: 0, maxScore: 10 }],
    });
    expect(m.status).toBe(201);
    expect((await officer.post(`/api/movements/${m.body.id}/transitions`, { action: 'launch' })).status).toBe(
      200,
    );

    const headOpen = (await head.get<Task[]>('/api/inbox')).body;
    const officerOpen = (await officer.get<Task[]>('/api/inbox')).body;
    expect(headOpen.filter((x) => x.movementId === m.body.id)).toHaveLength(1);
    expect(officerOpen.filter((x) => x.movementId === m.body.id)).toHaveLength(2);
    expect(await count(head)).toBe(headOpen.length);
    expect(await count(officer)).toBe(officerOpen.length);
    expect(await count(officer)).toBeGreaterThan(await count(head));
    expect(await count(viewer)).toBe(0);

    const before = await count(head);
    const task = headOpen.find((x) => x.movementId === m.body.id);
    expect((await head.post(`/api/inbox/${task?.id}/done`)).status).toBe(200);
    expect(await count(head)).toBe(before - 1);
    expect(await count(officer)).toBe(officerOpen.length - 1);
  });
});
