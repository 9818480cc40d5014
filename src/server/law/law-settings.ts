/** The tenant's province profile and base-salary table (built-in rows extended by the administrator's). */
import { type BaseSalaryPeriod, mergeBaseSalaries, type ProvinceProfile, profileFrom } from '../../core/law';
import type { Db } from '../db/connect';

export async function loadProfile(db: Db, tenantId: string): Promise<ProvinceProfile> {
  const row = await db
    .selectFrom('law_profiles')
    .select('settings')
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  if (!row) return profileFrom(null);
  try {
    return profileFrom(JSON.parse(row.settings) as Partial<ProvinceProfile>);
  } catch {
    return profileFrom(null);
  }
}

export async function loadBaseSalaries(db: Db, tenantId: string): Promise<BaseSalaryPeriod[]> {
  const rows = await db
    .selectFrom('law_base_salaries')
    .select(['from_date', 'amount', 'source'])
    .where('tenant_id', '=', tenantId)
    .execute();
  return mergeBaseSalaries(
    rows.map((r) => ({ from: r.from_date, amount: Number(r.amount), source: r.source })),
  );
}
