import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * Who decides and what is paid. A proposal the commune chairman has no authority to decide under the
 * province profile is marked "to be proposed upward" with the deciding level's title and article; an
 * award paid less than its full reward money (several titles for the same achievement: only the highest
 * is paid, a province setting) keeps the reason shown in the decision.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('proposals').addColumn('upward_decider', 'text').execute();
  await db.schema.alterTable('proposals').addColumn('upward_article', 'text').execute();
  await db.schema.alterTable('proposals').addColumn('upward_at', 'text').execute();
  await db.schema.alterTable('awards').addColumn('amount_note', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('proposals').dropColumn('upward_decider').execute();
  await db.schema.alterTable('proposals').dropColumn('upward_article').execute();
  await db.schema.alterTable('proposals').dropColumn('upward_at').execute();
  await db.schema.alterTable('awards').dropColumn('amount_note').execute();
}
