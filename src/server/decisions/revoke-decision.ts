import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { communeKeys } from '../certificates/commune-keys';
import { recordedListSequence, recordListSequence } from '../certificates/key-files';
import { publishRevocations } from '../certificates/revocation-store';
import type { Db } from '../db/connect';
import { nowIso } from '../db/ids';
import { AppError, notFound } from '../http/errors';

/**
 * Grounds for cancelling a commendation and recovering its objects and money (Law 06/2022/QH15,
 * Art. 93(2)(a)–(d), Chapter VII; see docs/law/VERIFICATION.md): (a) fraud in declaring achievements,
 * (b) false information or forged dossier, (c) review, approval or proposal contrary to law,
 * (d) a competent body's conclusion that the criteria were not met in the achievement period.
 */
export const REVOCATION_GROUNDS = {
  a: 'Gian dối trong kê khai công trạng, thành tích',
  b: 'Cung cấp thông tin sai sự thật, làm giả hồ sơ',
  c: 'Thẩm định, xét, duyệt, đề nghị khen thưởng trái pháp luật',
  d: 'Kết luận của cơ quan có thẩm quyền cho thấy không đủ tiêu chuẩn trong thời gian lập thành tích',
} as const;
export const REVOCATION_ARTICLE =
  'Khoản 2 Điều 93 Luật Thi đua, khen thưởng 2022 (hủy bỏ quyết định, thu hồi hiện vật và tiền thưởng)';

export async function revokeAwards(
  db: Db,
  keysDir: string,
  u: AuthUser,
  actor: AuditActor,
  decisionId: string,
  input: { ground: keyof typeof REVOCATION_GROUNDS; reason: string; awardIds?: string[] | undefined },
) {
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
    const at = nowIso();
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
      await writeAudit(trx, actor, {
        entityType: 'award',
        entityId: a.id,
        action: 'revoke',
        summary: `Thu hồi giấy khen số sổ ${a.register_number} của ${a.subject_name}; thu hồi ${a.amount.toLocaleString('vi-VN')} đ tiền thưởng`,
        data: { ground: input.ground, reason: input.reason, amountToRecover: a.amount },
      });
      if (a.proposal_id) {
        await writeAudit(trx, actor, {
          entityType: 'proposal',
          entityId: a.proposal_id,
          action: 'revoke',
          summary: `Quyết định khen thưởng bị hủy bỏ — ${reason}`,
        });
      }
    }
    // The public check believes only the commune's signed list: re-sign it with these certificates.
    const keys = await communeKeys(trx, keysDir, u.tenantId);
    const entries = awards.map((a) => ({ code: a.verify_code, revokedAt: at, reason }));
    const list = await publishRevocations(
      trx,
      u.tenantId,
      keys,
      entries,
      recordedListSequence(keysDir, u.tenantId),
    );
    const left = await trx
      .selectFrom('awards')
      .select('id')
      .where('decision_id', '=', d.id)
      .where('revoked_at', 'is', null)
      .execute();
    if (left.length === 0)
      await trx.updateTable('decisions').set({ status: 'REVOKED' }).where('id', '=', d.id).execute();
    await writeAudit(trx, actor, {
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
  return { revoked: done.revoked, amountToRecover: done.amountToRecover };
}
