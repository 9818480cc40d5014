import type { Fund } from '../../contract/decisions';
import type { Db } from '../db/connect';

/** The year's emulation fund (quỹ thi đua, khen thưởng) and what signed decisions already spend. */
export async function fundStatus(db: Db, tenantId: string, year: number): Promise<Fund> {
  const fund = await db
    .selectFrom('emulation_funds')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('year', '=', year)
    .executeTakeFirst();
  const spent = await db
    .selectFrom('awards')
    .innerJoin('decisions', 'decisions.id', 'awards.decision_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('awards.amount'), eb.val(0)).as('total'))
    .where('awards.tenant_id', '=', tenantId)
    .where('decisions.year', '=', year)
    .where('awards.revoked_at', 'is', null)
    .executeTakeFirst();
  return { year, amount: fund?.amount ?? null, note: fund?.note ?? null, spent: Number(spent?.total ?? 0) };
}
