/**
 * Reading the inbox (Việc cần làm). A unit head sees their unit's tasks; the officer, the chairman and the
 * administrator see every unit's; the other roles have no inbox.
 */
import type { InboxFilter, InboxTask } from '../../contract/inbox';
import { can } from '../../core/auth/policy';
import { seesWholeCommune } from '../../core/auth/roles';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/connect';
import { notFound } from '../http/errors';

function tasks(db: Db, u: AuthUser) {
  let q = db
    .selectFrom('inbox_tasks as t')
    .innerJoin('organisations as o', 'o.id', 't.unit_id')
    .selectAll('t')
    .select('o.name as unit_name')
    .where('t.tenant_id', '=', u.tenantId);
  if (!seesWholeCommune(u.role)) q = q.where('t.unit_id', '=', u.unitId ?? '');
  return q;
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof tasks>['executeTakeFirstOrThrow']>>;

const toTask = (t: TaskRow): InboxTask => ({
  id: t.id,
  unitId: t.unit_id,
  unitName: t.unit_name,
  kind: t.kind,
  title: t.title,
  body: t.body,
  link: t.link,
  dueDate: t.due_date,
  movementId: t.movement_id,
  reviewId: t.review_id,
  status: t.status,
  doneAt: t.done_at,
  createdAt: t.created_at,
});

/** The tasks of the user's inbox: open ones first, by due date, then the newest. */
export async function listInbox(db: Db, u: AuthUser, status: InboxFilter): Promise<InboxTask[]> {
  if (!can(u, 'inbox.read')) return [];
  let q = tasks(db, u);
  if (status !== 'ALL') q = q.where('t.status', '=', status);
  const rows = await q
    .orderBy('t.status', 'desc')
    .orderBy('t.due_date')
    .orderBy('t.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map(toTask);
}

/** One task of the user's inbox (as the list shows it). */
export async function inboxTask(db: Db, u: AuthUser, id: string): Promise<InboxTask> {
  const row = await tasks(db, u).where('t.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('việc cần làm');
  return toTask(row);
}

/** The side menu's badge: the open tasks the same person's "Việc cần làm" page lists. */
export async function inboxCount(db: Db, u: AuthUser): Promise<{ open: number }> {
  if (!can(u, 'inbox.read')) return { open: 0 };
  let q = db
    .selectFrom('inbox_tasks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', u.tenantId)
    .where('status', '=', 'OPEN');
  if (!seesWholeCommune(u.role)) q = q.where('unit_id', '=', u.unitId ?? '');
  const r = await q.executeTakeFirst();
  return { open: Number(r?.n ?? 0) };
}
