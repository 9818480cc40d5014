import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/** What the law engine reads: annual ratings, initiatives, discipline; and the council's members. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('unit_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.notNull()) // HTXSNV | HTTNV | HTNV | KHTNV
    .addColumn('source', 'text', (c) => c.notNull()) // MANUAL | IMPORT | SEED
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ratings_person_year')
    .on('ratings')
    .columns(['person_id', 'year'])
    .unique()
    .execute();
  await db.schema.createIndex('ratings_unit_year').on('ratings').columns(['unit_id', 'year']).execute();

  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull()) // CO_SO | TINH | TOAN_QUOC
    .addColumn('recognition_ref', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('disciplines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // KHIEN_TRACH | CANH_CAO | ...
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('council_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull()) // CHU_TICH | PHO_CHU_TICH | THUONG_TRUC | UY_VIEN
    .addColumn('term_from', 'text', (c) => c.notNull())
    .addColumn('term_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['council_members', 'disciplines', 'initiatives', 'ratings'])
    await db.schema.dropTable(t).execute();
}
