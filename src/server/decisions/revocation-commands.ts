import type { Decision, Revocation } from '../../contract/decisions';
import { REVOCATION_ARTICLE, REVOCATION_GROUNDS } from '../../core/decisions/decision-records';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { communeKeys } from '../certificates/commune-keys';
import { recordedListSequence, recordListSequence } from '../certificates/key-files';
import { publishRevocations } from '../certificates/revocation-store';
import { isoNow } from '../clock';
import { AppError, notFound } from '../http/errors';
import type { SigningDeps } from './decision-commands';
import { getDecision } from './decision-queries';

/**
 * The chairman cancels awards of a decision (all its awards not yet revoked, or those named) on a ground of
 * Art. 93(2): the awards are marked revoked with the money to recover, the commune's signed revocation
 * list is re-signed with them, the decision is revoked once none is left; the history is kept. Answers
 * how many were revoked, the money to recover and the decision as it now stands.
 */
export async function revokeDecision(
  { db, clock, keysDir }: SigningDeps,
  u: AuthUser,
  actor: AuditActor,
  decisionId: string,
  input: Revocation,
): Promise<{ revoked: number; amountToRecover: number; decision: Decision }> {
  const done = await db.transaction().execute(async (trx) => {
    const d = await trx
      .selectFrom('decisions')
      .selectAll()
      .where('id', '=', decisionId)
      .where('tenant_id', '=', u.tenantId)
      .executeTakeFirst();
    if (!d) throw notFound('quyết định');
    let q = trx
      .selectFrom('awards')
      .selectAll()
      .where('decision_id', '=', d.id)
      .where('revoked_at', 'is', null);
    if (input.awardIds?.length) q = q.where('id', 'in', input.awardIds);
    const awards = await q.execute();
    if (awards.length === 0)
      throw new AppError('NOTHING_TO_REVOKE', 'Không còn giấy khen nào của quyết định này để thu hồi.');
    const at = isoNow(clock);
    const reason = `${REVOCATION_GROUNDS[input.ground]}: ${input.reason} (${REVOCATION_ARTICLE})`;
    for (const a of awards) {
      const res = await trx
        .updateTable('awards')
        .set({ revoked_at: at, revoked_reason: reason })
        .where('id', '=', a.id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) {
        throw new AppError(
          'ALREADY_REVOKED',
          `Giấy khen số sổ ${a.register_number} của ${a.subject_name} vừa được thu hồi bởi thao tác khác. Vui lòng tải lại.`,
        );
      }
      await writeAudit(trx, clock, actor, {
        entityType: 'award',
        entityId: a.id,
        action: 'revoke',
        summary: `Thu hồi giấy khen số sổ ${a.register_number} của ${a.subject_name}; thu hồi ${a.amount.toLocaleString('vi-VN')} đ tiền thưởng`,
        data: { ground: input.ground, reason: input.reason, amountToRecover: a.amount },
      });
      if (a.proposal_id) {
        await writeAudit(trx, clock, actor, {
          entityType: 'proposal',
          entityId: a.proposal_id,
          action: 'revoke',
          summary: `Quyết định khen thưởng bị hủy bỏ — ${reason}`,
        });
      }
    }
    // The public check believes only the commune's signed list: re-sign it with these certificates.
    const keys = await communeKeys(trx, keysDir, u.tenantId, at);
    const entries = awards.map((a) => ({ code: a.verify_code, revokedAt: at, reason }));
    const list = await publishRevocations(
      trx,
      u.tenantId,
      keys,
      entries,
      recordedListSequence(keysDir, u.tenantId),
      at,
    );
    const left = await trx
      .selectFrom('awards')
      .select('id')
      .where('decision_id', '=', d.id)
      .where('revoked_at', 'is', null)
      .execute();
    if (left.length === 0)
      await trx.updateTable('decisions').set({ status: 'REVOKED' }).where('id', '=', d.id).execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'decision',
      entityId: d.id,
      action: 'revoke',
      summary: `Hủy bỏ khen thưởng của ${awards.length} đối tượng trong Quyết định số ${d.number}/${d.symbol}`,
      data: {
        ground: input.ground,
        reason: input.reason,
        awardIds: awards.map((a) => a.id),
        amountToRecover: awards.reduce((s, a) => s + a.amount, 0),
        revocationListSequence: list.sequence,
      },
    });
    return {
      revoked: awards.length,
      amountToRecover: awards.reduce((s, a) => s + a.amount, 0),
      sequence: list.sequence,
    };
  });
  // Committed: remember the newest list outside the database, so deleting it later is detected.
  recordListSequence(keysDir, u.tenantId, done.sequence);
  const decision = await getDecision(db, u, decisionId);
  return { revoked: done.revoked, amountToRecover: done.amountToRecover, decision };
}
