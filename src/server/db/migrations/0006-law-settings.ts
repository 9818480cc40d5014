import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * Law engine settings: the province profile of a tenant (settings where the law leaves discretion),
 * an administrator-editable base-salary table extending the built-in one, and justified overrides of
 * soft rules on a proposal.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('law_profiles')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey())
    .addColumn('settings', 'text', (c) => c.notNull()) // JSON Partial<ProvinceProfile>
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('law_base_salaries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('law_base_salaries_tenant_from')
    .on('law_base_salaries')
    .columns(['tenant_id', 'from_date'])
    .unique()
    .execute();
  await db.schema
    .createTable('law_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('codes', 'text', (c) => c.notNull()) // JSON string[] of the soft failure codes overridden
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('law_overrides_proposal').on('law_overrides').column('proposal_id').execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['law_overrides', 'law_base_salaries', 'law_profiles'])
    await db.schema.dropTable(t).execute();
}
