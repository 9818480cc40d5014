import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * Optimistic locking for people and households: a record edited by two people at once keeps the first
 * edit and refuses the second (409 STALE) instead of overwriting it silently.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('people')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('households')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('people').dropColumn('version').execute();
  await db.schema.alterTable('households').dropColumn('version').execute();
}
