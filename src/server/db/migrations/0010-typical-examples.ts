import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * Typical examples (điển hình tiên tiến, Law 06/2022/QH15 Art. 17(4)-(5)): the example with its stage,
 * dated stage history, evidence/media/nurturing entries, replications in other units, and links to
 * awards received and proposals made.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('typical_examples')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('subject_unit_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('movement_id', 'text', (c) => c.references('movements.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('discovery_source', 'text', (c) => c.notNull())
    .addColumn('discovery_note', 'text')
    .addColumn('discovered_on', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('stage_on', 'text', (c) => c.notNull())
    .addColumn('summary_text', 'text')
    .addColumn('internal_note', 'text')
    .addColumn('drop_reason', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('typical_examples_tenant_stage')
    .on('typical_examples')
    .columns(['tenant_id', 'stage'])
    .execute();

  await db.schema
    .createTable('typical_example_stages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('example_id', 'text', (c) => c.notNull().references('typical_examples.id'))
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('typical_example_stages_example')
    .on('typical_example_stages')
    .columns(['example_id'])
    .execute();

  await db.schema
    .createTable('typical_example_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('example_id', 'text', (c) => c.notNull().references('typical_examples.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('outlet', 'text')
    .addColumn('link', 'text')
    .addColumn('by_whom', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('typical_example_entries_example')
    .on('typical_example_entries')
    .columns(['example_id'])
    .execute();

  await db.schema
    .createTable('typical_example_replications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('example_id', 'text', (c) => c.notNull().references('typical_examples.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('adopted_on', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('typical_example_replications_unit', ['example_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('typical_example_links')
    .addColumn('example_id', 'text', (c) => c.notNull().references('typical_examples.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('typical_example_links_pk', ['example_id', 'kind', 'ref_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    'typical_example_links',
    'typical_example_replications',
    'typical_example_entries',
    'typical_example_stages',
    'typical_examples',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
