import type { Transaction } from 'kysely';
import type { InboxTaskKind } from '../../core/inbox/task-kinds';
import { type Clock, isoNow } from '../clock';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';

export interface NewInboxTask {
  tenantId: string;
  unitId: string;
  kind: InboxTaskKind;
  title: string;
  body?: string | null;
  link?: string | null;
  dueDate?: string | null;
  movementId?: string | null;
  reviewId?: string | null;
  createdBy: string;
}

/** Adds one task per unit in the caller's transaction; returns the new ids. */
export async function addInboxTasks(
  trx: Transaction<Database>,
  clock: Clock,
  tasks: readonly NewInboxTask[],
): Promise<string[]> {
  const now = isoNow(clock);
  const ids: string[] = [];
  for (const t of tasks) {
    const id = newId();
    ids.push(id);
    await trx
      .insertInto('inbox_tasks')
      .values({
        id,
        tenant_id: t.tenantId,
        unit_id: t.unitId,
        kind: t.kind,
        title: t.title,
        body: t.body ?? null,
        link: t.link ?? null,
        due_date: t.dueDate ?? null,
        movement_id: t.movementId ?? null,
        review_id: t.reviewId ?? null,
        status: 'OPEN',
        done_by: null,
        done_at: null,
        created_by: t.createdBy,
        created_at: now,
      })
      .execute();
  }
  return ids;
}

/** Closes the open tasks of `kind` for a unit about a movement or review (e.g. once it has registered). */
export async function completeInboxTasks(
  trx: Transaction<Database>,
  clock: Clock,
  where: { tenantId: string; unitId: string; kinds: InboxTaskKind[]; movementId?: string; reviewId?: string },
  by: string,
): Promise<void> {
  let q = trx
    .updateTable('inbox_tasks')
    .set({ status: 'DONE', done_by: by, done_at: isoNow(clock) })
    .where('tenant_id', '=', where.tenantId)
    .where('unit_id', '=', where.unitId)
    .where('status', '=', 'OPEN')
    .where('kind', 'in', where.kinds);
  if (where.movementId) q = q.where('movement_id', '=', where.movementId);
  if (where.reviewId) q = q.where('review_id', '=', where.reviewId);
  await q.execute();
}
