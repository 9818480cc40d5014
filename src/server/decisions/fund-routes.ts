import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { writeAudit } from '../audit/audit-log';
import type { Db } from '../db/connect';
import { nowIso } from '../db/ids';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';

/** The year's emulation fund (quỹ thi đua, khen thưởng) and what signed decisions already spend. */
export async function fundStatus(db: Db, tenantId: string, year: number) {
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

export const fundRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const Year = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
    app.get('/funds/:year', { schema: { params: Year } }, async (req) =>
      fundStatus(db, requireUser(req).tenantId, req.params.year),
    );
    app.put(
      '/funds/:year',
      {
        schema: {
          params: Year,
          body: z.object({
            amount: z
              .number()
              .int('Số tiền phải là số nguyên đồng')
              .min(0, 'Số tiền không được âm')
              .max(1e12),
            note: z.string().trim().max(500).optional(),
          }),
        },
      },
      async (req) => {
        const u = requireUser(req, ['ADMIN', 'CAN_BO_TDKT', 'CHU_TICH']);
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('emulation_funds')
            .values({
              tenant_id: u.tenantId,
              year: req.params.year,
              amount: req.body.amount,
              note: req.body.note ?? null,
              updated_at: nowIso(),
            })
            .onConflict((oc) =>
              oc
                .columns(['tenant_id', 'year'])
                .doUpdateSet({ amount: req.body.amount, note: req.body.note ?? null, updated_at: nowIso() }),
            )
            .execute();
          await writeAudit(trx, actorOf(req, u), {
            entityType: 'fund',
            entityId: `${u.tenantId}:${req.params.year}`,
            action: 'set',
            summary: `Quỹ thi đua, khen thưởng năm ${req.params.year}: ${req.body.amount.toLocaleString('vi-VN')} đ`,
            data: req.body,
          });
        });
        return fundStatus(db, u.tenantId, req.params.year);
      },
    );
  };
