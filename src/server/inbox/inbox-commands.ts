/** Changing the inbox: mark a task done (audited). */
import type { InboxTask } from '../../contract/inbox';
import { can } from '../../core/auth/policy';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { AppError, forbidden, notFound } from '../http/errors';
import { inboxTask } from './inbox-queries';

/** Mark a task done (a unit head: a task of their own unit); answers the task as the inbox lists it. */
export async function completeTask(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
): Promise<InboxTask> {
  await db.transaction().execute(async (trx) => {
    const t = await trx
      .selectFrom('inbox_tasks')
      .selectAll()
      .where('id', '=', id)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!t) throw notFound('việc cần làm');
    if (!can(u, 'inbox.complete', { unitId: t.unit_id }))
      throw forbidden('Việc này không thuộc đơn vị của bạn.');
    if (t.status === 'DONE') throw new AppError('ALREADY_DONE', 'Việc này đã được đánh dấu hoàn thành.');
    await trx
      .updateTable('inbox_tasks')
      .set({ status: 'DONE', done_by: u.id, done_at: isoNow(clock) })
      .where('id', '=', t.id)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'inbox_task',
      entityId: t.id,
      action: 'done',
      summary: `Hoàn thành việc: ${t.title}`,
    });
  });
  return inboxTask(db, u, id);
}
