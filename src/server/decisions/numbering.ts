import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The next number of a document type for the year, inside the caller's transaction: no gaps
 * (a rolled-back transaction gives its number back) and no duplicates (the counter row is
 * locked by the upsert on PostgreSQL; SQLite serialises write transactions).
 */
export async function nextDocumentNumber(
  trx: Transaction<Database>,
  tenantId: string,
  docType: string,
  year: number,
): Promise<number> {
  const row = await trx
    .insertInto('document_counters')
    .values({ tenant_id: tenantId, doc_type: docType, year, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'doc_type', 'year'])
        .doUpdateSet({ last_number: sql`document_counters.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}
