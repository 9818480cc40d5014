import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * The annual cycle's targets (chỉ tiêu) with their progress reports, and optimistic locking plus
 * issue/reopen bookkeeping for plans. A mistaken progress entry is never erased: it is marked deleted
 * with who, when and why (the audit log holds the same).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('targets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull()) // unit of measure: "%", "tỷ đồng", "hộ" …
    .addColumn('direction', 'text', (c) => c.notNull()) // AT_LEAST | AT_MOST
    .addColumn('planned', 'double precision', (c) => c.notNull())
    .addColumn('baseline', 'double precision')
    .addColumn('responsible_unit_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('targets_tenant_year_code', ['tenant_id', 'year', 'code'])
    .execute();
  await db.schema.createIndex('targets_tenant_year').on('targets').columns(['tenant_id', 'year']).execute();

  await db.schema
    .createTable('target_progress')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull().references('targets.id'))
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('evidence_link', 'text')
    .addColumn('evidence_file', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text')
    .addColumn('delete_reason', 'text')
    .execute();
  await db.schema
    .createIndex('target_progress_target')
    .on('target_progress')
    .columns(['target_id'])
    .execute();

  await db.schema
    .alterTable('plans')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('plans').addColumn('issued_at', 'text').execute();
  await db.schema.alterTable('plans').addColumn('issued_by', 'text').execute();
  await db.schema.alterTable('plans').addColumn('updated_by', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const c of ['updated_by', 'issued_by', 'issued_at', 'version']) {
    await db.schema.alterTable('plans').dropColumn(c).execute();
  }
  await db.schema.dropTable('target_progress').execute();
  await db.schema.dropTable('targets').execute();
}
