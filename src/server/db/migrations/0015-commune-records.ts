import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * A real commune's own records: its profile (names and signer used in documents); units' statistics flags
 * and how they were reorganised; people's full record (date of birth, ethnicity, direct worker, leader
 * tier; one person per citizen ID); the awards they received before or outside this product; initiatives
 * and topics with their recognition date and scope; disciplines with their decision; matters under
 * consideration; households' contributions and violations; files attached to records (stored by content hash).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('commune_profiles')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey())
    .addColumn('agency_name', 'text', (c) => c.notNull()) // ỦY BAN NHÂN DÂN XÃ … (the seal's text)
    .addColumn('parent_agency_name', 'text') // the body above, in the document's header
    .addColumn('place_name', 'text', (c) => c.notNull()) // địa danh: "Tân Việt, ngày … "
    .addColumn('province_name', 'text')
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('chairman_name', 'text')
    .addColumn('chairman_title', 'text') // CHỦ TỊCH / KT. CHỦ TỊCH …
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('organisations')
    .addColumn('small_collective', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('organisations')
    .addColumn('direct_work', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('organisations').addColumn('address', 'text').execute();
  await db.schema.alterTable('organisations').addColumn('updated_at', 'text').execute();
  await db.schema
    .alterTable('org_lineage')
    .addColumn('change_kind', 'text', (c) => c.notNull().defaultTo('MERGE')) // MERGE | SPLIT
    .execute();

  await db.schema.alterTable('people').addColumn('birth_date', 'text').execute();
  await db.schema.alterTable('people').addColumn('ethnicity', 'text').execute();
  await db.schema
    .alterTable('people')
    .addColumn('direct_worker', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('people')
    .addColumn('leader_tier', 'text', (c) => c.notNull().defaultTo('KHONG'))
    .execute();
  await db.schema
    .alterTable('people')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('people').addColumn('updated_at', 'text').execute();
  await sql`update people set direct_worker = 1 where category in ('NGUOI_LAO_DONG_TRUC_TIEP', 'NONG_DAN')`.execute(
    db,
  );
  await sql`update people set leader_tier = 'CAP_TRUONG' where is_leader = 1`.execute(db);
  await sql`create unique index people_citizen_id on people (tenant_id, citizen_id) where citizen_id is not null`.execute(
    db,
  );
  await db.schema.createIndex('people_household').on('people').column('household_id').execute();
  await db.schema.alterTable('households').addColumn('updated_at', 'text').execute();

  // awards received before this product or from other bodies (the register of decisions keeps the commune's own)
  await db.schema
    .createTable('award_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull()) // INDIVIDUAL | COLLECTIVE | HOUSEHOLD
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('subject_unit_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('award_code', 'text', (c) => c.notNull()) // the catalogue's code
    .addColumn('issuing_level', 'text', (c) => c.notNull()) // XA | HUYEN | TINH | BO_NGANH | TRUNG_UONG
    .addColumn('issuing_body', 'text', (c) => c.notNull())
    .addColumn('decision_number', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull()) // the year of the achievement
    .addColumn('nature', 'text', (c) => c.notNull()) // THUONG_XUYEN | DOT_XUAT | CHUYEN_DE
    .addColumn('note', 'text')
    .addColumn('source', 'text', (c) => c.notNull()) // MANUAL | IMPORT | SEED
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // the same subject, award and decision is one row (a re-import updates it)
  await sql`create unique index award_history_one_per_decision on award_history (tenant_id, award_code, decision_number, (coalesce(person_id, subject_unit_id, household_id)))`.execute(
    db,
  );
  await db.schema.createIndex('award_history_person').on('award_history').column('person_id').execute();
  await db.schema.createIndex('award_history_unit').on('award_history').column('subject_unit_id').execute();
  await db.schema.createIndex('award_history_household').on('award_history').column('household_id').execute();

  await db.schema
    .alterTable('initiatives')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('SANG_KIEN'))
    .execute();
  await db.schema.alterTable('initiatives').addColumn('recognized_on', 'text').execute();
  await db.schema.alterTable('initiatives').addColumn('scope', 'text').execute(); // phạm vi ảnh hưởng
  await db.schema
    .alterTable('initiatives')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('MANUAL'))
    .execute();
  await db.schema.alterTable('initiatives').addColumn('updated_at', 'text').execute();
  await db.schema.createIndex('initiatives_person').on('initiatives').column('person_id').execute();

  await db.schema.alterTable('disciplines').addColumn('decision_ref', 'text').execute();
  await db.schema
    .alterTable('disciplines')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('MANUAL'))
    .execute();
  await db.schema.alterTable('disciplines').addColumn('updated_at', 'text').execute();
  await db.schema.createIndex('disciplines_person').on('disciplines').column('person_id').execute();

  await db.schema
    .createTable('pending_matters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('subject_unit_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pending_matters_person').on('pending_matters').column('person_id').execute();
  await db.schema
    .createIndex('pending_matters_unit')
    .on('pending_matters')
    .column('subject_unit_id')
    .execute();

  await db.schema
    .createTable('household_contributions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull()) // đồng: effort, land or property valued
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('household_contributions_household')
    .on('household_contributions')
    .column('household_id')
    .execute();
  await db.schema
    .createTable('household_violations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('household_violations_household')
    .on('household_violations')
    .column('household_id')
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('owner_kind', 'text', (c) => c.notNull()) // PROPOSAL | TARGET | EXAMPLE | AWARD_HISTORY | …
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull()) // EVIDENCE | SIGNED_ORIGINAL
    .addColumn('sha256', 'text', (c) => c.notNull()) // the file under DATA_DIR/files/<2>/<62>
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull()) // from the content, not the name
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text')
    .addColumn('deleted_reason', 'text')
    .execute();
  await db.schema
    .createIndex('attachments_owner')
    .on('attachments')
    .columns(['tenant_id', 'owner_kind', 'owner_id'])
    .execute();
  await db.schema.createIndex('attachments_sha256').on('attachments').column('sha256').execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    'attachments',
    'household_violations',
    'household_contributions',
    'pending_matters',
    'award_history',
    'commune_profiles',
  ])
    await db.schema.dropTable(t).execute();
  await db.schema.dropIndex('people_citizen_id').execute();
  await db.schema.dropIndex('people_household').execute();
  await db.schema.dropIndex('initiatives_person').execute();
  await db.schema.dropIndex('disciplines_person').execute();
  for (const c of ['birth_date', 'ethnicity', 'direct_worker', 'leader_tier', 'active', 'updated_at'])
    await db.schema.alterTable('people').dropColumn(c).execute();
  for (const c of ['small_collective', 'direct_work', 'address', 'updated_at'])
    await db.schema.alterTable('organisations').dropColumn(c).execute();
  await db.schema.alterTable('org_lineage').dropColumn('change_kind').execute();
  await db.schema.alterTable('households').dropColumn('updated_at').execute();
  for (const c of ['kind', 'recognized_on', 'scope', 'source', 'updated_at'])
    await db.schema.alterTable('initiatives').dropColumn(c).execute();
  for (const c of ['decision_ref', 'source', 'updated_at'])
    await db.schema.alterTable('disciplines').dropColumn(c).execute();
}
