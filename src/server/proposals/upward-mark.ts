/**
 * The mark "to be proposed upward" (cần trình cấp trên) on a proposal the commune chairman may not decide
 * under the province profile (`mayDecide`): set when the officer forwards it or when an approval or a
 * signing is refused for authority, cleared when the commune may decide it again (the profile changed).
 * Each change writes an audit row. The upward dossier itself is not built here.
 */
import type { Selectable } from 'kysely';
import type { AuthorityAnswer } from '../../core/law';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import type { ProposalTable } from '../db/schema-proposals';
import { communeAuthority, upwardDecider } from '../law/commune-authority';

type Marked = Pick<Selectable<ProposalTable>, 'id' | 'upward_decider' | 'upward_article'>;

/** Bring the proposal's mark in line with the authority answer (inside the caller's transaction). */
export async function syncUpwardMark(
  trx: Db,
  clock: Clock,
  actor: AuditActor,
  p: Marked,
  a: AuthorityAnswer,
): Promise<void> {
  if (a.allowed) {
    if (!p.upward_decider) return;
    await trx
      .updateTable('proposals')
      .set({ upward_decider: null, upward_article: null, upward_at: null })
      .where('id', '=', p.id)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'proposal',
      entityId: p.id,
      action: 'clear-upward',
      summary: 'Bỏ đánh dấu cần trình cấp trên: Chủ tịch UBND xã có thẩm quyền quyết định',
      data: { message: a.message },
    });
    return;
  }
  const decider = upwardDecider(a);
  const article = a.decider?.article ?? a.message;
  if (p.upward_decider === decider && p.upward_article === article) return;
  await trx
    .updateTable('proposals')
    .set({ upward_decider: decider, upward_article: article, upward_at: isoNow(clock) })
    .where('id', '=', p.id)
    .execute();
  await writeAudit(trx, clock, actor, {
    entityType: 'proposal',
    entityId: p.id,
    action: 'mark-upward',
    summary: `Cần trình cấp trên: ${decider}`,
    data: { decider, article, message: a.message, date: a.date },
  });
}

/**
 * After an approval or a signing refused for authority (its transaction rolled back): mark, in a
 * transaction of its own, each of the proposals the commune chairman may not decide on `date`.
 */
export async function markUpwardAfterRefusal(
  db: Db,
  clock: Clock,
  actor: AuditActor,
  tenantId: string,
  proposalIds: readonly string[],
  date: string,
): Promise<void> {
  if (!proposalIds.length) return;
  await db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('proposals')
      .select(['id', 'award_code', 'upward_decider', 'upward_article'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', [...proposalIds])
      .where('status', '!=', 'DECIDED')
      .execute();
    for (const p of rows) {
      const a = await communeAuthority(trx, tenantId, p.award_code, date);
      if (!a.allowed) await syncUpwardMark(trx, clock, actor, p, a);
    }
  });
}
