import type { Transaction } from 'kysely';
import type { PerformanceRating } from '../../core/scoring/ratings';
import { newId, nowIso } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError } from '../http/errors';

/**
 * Upsert ratings keeping one row per person and year (the law engine reads them): an existing
 * rating of the year is replaced. Returns how many replaced an earlier one.
 */
export async function saveRatings(
  trx: Transaction<Database>,
  tenantId: string,
  year: number,
  items: readonly { personId: string; rating: PerformanceRating }[],
  source: 'MANUAL' | 'IMPORT',
): Promise<number> {
  let updated = 0;
  const now = nowIso();
  for (const it of items) {
    const existing = await trx
      .selectFrom('ratings')
      .select('id')
      .where('person_id', '=', it.personId)
      .where('year', '=', year)
      .executeTakeFirst();
    if (existing) {
      updated += 1;
      await trx
        .updateTable('ratings')
        .set({ rating: it.rating, source, created_at: now })
        .where('id', '=', existing.id)
        .execute();
    } else {
      await trx
        .insertInto('ratings')
        .values({
          id: newId(),
          tenant_id: tenantId,
          person_id: it.personId,
          unit_id: null,
          year,
          rating: it.rating,
          source,
          created_at: now,
        })
        .execute();
    }
  }
  return updated;
}

/** Two saves of the same person and year raced; the database kept one. */
export const concurrentRating = () =>
  new AppError(
    'CONCURRENT_EDIT',
    'Có người vừa lưu xếp loại cho cùng người và năm. Hãy tải lại rồi thử lại.',
  );
