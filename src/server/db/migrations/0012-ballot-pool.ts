import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * The sealed pool of a secret ballot (docs/BALLOT-ANONYMITY.md). While a ballot is open each vote
 * is a row with a random id, `dedupe` = HMAC(seal key, receipt) (one use per token) and `sealed` =
 * AES-256-GCM(seal key, fixed-length {receipt, channel, choice}); the key is a file outside the database.
 * At the close the pool is opened, written to `ballot_votes` in a random order and deleted.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('ballot_pool')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ballot_id', 'text', (c) => c.notNull().references('ballots.id'))
    .addColumn('dedupe', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addUniqueConstraint('ballot_pool_dedupe', ['ballot_id', 'dedupe'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('ballot_pool').execute();
}
