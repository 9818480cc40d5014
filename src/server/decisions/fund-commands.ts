import type { Fund, FundAmount } from '../../contract/decisions';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { fundStatus } from './fund-queries';

/** Set the year's emulation fund (audited); answers the fund with what is already spent. */
export async function setFund(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  year: number,
  b: FundAmount,
): Promise<Fund> {
  const at = isoNow(clock);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('emulation_funds')
      .values({ tenant_id: u.tenantId, year, amount: b.amount, note: b.note ?? null, updated_at: at })
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'year'])
          .doUpdateSet({ amount: b.amount, note: b.note ?? null, updated_at: at }),
      )
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'fund',
      entityId: `${u.tenantId}:${year}`,
      action: 'set',
      summary: `Quỹ thi đua, khen thưởng năm ${year}: ${b.amount.toLocaleString('vi-VN')} đ`,
      data: b,
    });
  });
  return fundStatus(db, u.tenantId, year);
}
