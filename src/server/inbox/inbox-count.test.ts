import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authApi } from '../../contract/accounts';
import { inboxApi } from '../../contract/inbox';
import { fixedClock } from '../clock';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';
import { addInboxTasks } from './inbox-tasks';

let w: World;
let officer: Client;
let head: Client;
let viewer: Client;
let headUnit: string;
let otherUnit: string;

beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
  ({ officer, unitHead: head, viewer } = w);
  headUnit = (await head.api.call(authApi.me, {})).unitId ?? '';
  otherUnit = w.units.village;
});
afterAll(async () => {
  await w?.close();
});

const count = async (c: Client) => (await c.api.call(inboxApi.inboxCount, {})).open;
const open = (c: Client) => c.api.call(inboxApi.listInbox, { query: { status: 'OPEN' } });

/** Send a task to each unit, as a launched movement does. */
async function sendTasks(title: string, unitIds: string[]): Promise<string[]> {
  const officerId = (await officer.api.call(authApi.me, {})).id;
  return w.t.handle.db.transaction().execute((trx) =>
    addInboxTasks(
      trx,
      w.t.clock,
      unitIds.map((unitId) => ({
        tenantId: w.tenantId,
        unitId,
        kind: 'REGISTER' as const,
        title,
        dueDate: '2026-03-10',
        link: '/phong-trao',
        createdBy: officerId,
      })),
    ),
  );
}

describe('inbox count (the side menu badge of "Việc cần làm")', () => {
  it("counts exactly the open tasks each person's inbox lists, and drops when one is done", async () => {
    expect(headUnit).not.toBe('');
    expect(otherUnit).not.toBe('');
    const ids = await sendTasks('Đăng ký thi đua (đếm việc cần làm)', [headUnit, otherUnit]);

    const headOpen = await open(head);
    const officerOpen = await open(officer);
    expect(headOpen.filter((x) => ids.includes(x.id))).toHaveLength(1);
    expect(headOpen.every((x) => x.unitId === headUnit)).toBe(true);
    expect(officerOpen.filter((x) => ids.includes(x.id))).toHaveLength(2);
    expect(await count(head)).toBe(headOpen.length);
    expect(await count(officer)).toBe(officerOpen.length);
    expect(await count(officer)).toBeGreaterThan(await count(head));
    expect(await count(viewer)).toBe(0);
    expect(await open(viewer)).toEqual([]);

    const before = await count(head);
    const task = headOpen.find((x) => ids.includes(x.id));
    const done = await head.api.call(inboxApi.completeTask, { params: { id: task?.id ?? '' } });
    expect(done).toMatchObject({ id: task?.id, status: 'DONE', doneAt: '2026-03-02T02:00:00.000Z' });
    expect(await count(head)).toBe(before - 1);
    expect(await count(officer)).toBe(officerOpen.length - 1);
    const doneList = await head.api.call(inboxApi.listInbox, { query: { status: 'DONE' } });
    expect(doneList.map((x) => x.id)).toContain(task?.id);
  });

  it("a unit head may not close another unit's task; a task is closed once; a viewer may not close any", async () => {
    const [mine, theirs] = await sendTasks('Tự chấm điểm (thử quyền)', [headUnit, otherUnit]);
    const other = await head.attempt(inboxApi.completeTask, { params: { id: theirs ?? '' } });
    expect(other.error).toMatchObject({ code: 'FORBIDDEN', message: 'Việc này không thuộc đơn vị của bạn.' });
    const refused = await viewer.attempt(inboxApi.completeTask, { params: { id: mine ?? '' } });
    expect(refused.error?.code).toBe('FORBIDDEN');
    expect((await officer.api.call(inboxApi.completeTask, { params: { id: theirs ?? '' } })).status).toBe(
      'DONE',
    );
    const again = await officer.attempt(inboxApi.completeTask, { params: { id: theirs ?? '' } });
    expect(again.error?.code).toBe('ALREADY_DONE');
  });
});
