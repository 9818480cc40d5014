import type { Transaction } from 'kysely';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import type { Database } from '../db/schema';

/** What the web needs before anyone signs in: demo data (show the banner) and first-run setup. */
export async function instanceStatus(db: Db): Promise<{ demo: boolean; setupNeeded: boolean }> {
  const demo = await db
    .selectFrom('instance_settings')
    .select('value')
    .where('key', '=', 'demo_data')
    .executeTakeFirst();
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return { demo: demo?.value === '1', setupNeeded: !anyUser };
}

/** Record that this database holds the demo commune with published passwords. */
export async function markDemoData(trx: Db | Transaction<Database>, clock: Clock): Promise<void> {
  const now = isoNow(clock);
  await trx
    .insertInto('instance_settings')
    .values({ key: 'demo_data', value: '1', updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: '1', updated_at: now }))
    .execute();
}

/**
 * The tenant an event without a known user is filed under (a failed login with an unknown name): the
 * only commune that has users, or "system" when the database serves several.
 */
export async function soleTenant(db: Db): Promise<string> {
  const rows = await db.selectFrom('users').select('tenant_id').distinct().limit(2).execute();
  return rows.length === 1 && rows[0] ? rows[0].tenant_id : 'system';
}
