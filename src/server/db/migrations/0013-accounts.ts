import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * Accounts for a real deployment: a forced password change after a reset, when the password was last
 * changed and the last login; instance settings (first-run setup done, demo data present); login
 * throttling state per account and per address, shared by every server process and kept across restarts.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('password_changed_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('last_login_at', 'text').execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('instance_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey()) // "user:<username>" or "addr:<sha-256 of the address>"
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('lock_level', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_throttle_updated').on('login_throttle').column('updated_at').execute();

  // A database started before this migration with the demo commune (xã Tân Việt) keeps its published
  // passwords: mark it as demo data so the UI says so.
  const demo = await db
    .selectFrom('organisations')
    .select('id')
    .where('code', '=', 'X-TANVIET')
    .executeTakeFirst();
  if (demo) {
    await db
      .insertInto('instance_settings')
      .values({ key: 'demo_data', value: '1', updated_at: new Date().toISOString() })
      .execute();
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
  await db.schema.dropTable('instance_settings').execute();
  await db.schema.dropIndex('sessions_user').execute();
  await db.schema.alterTable('users').dropColumn('last_login_at').execute();
  await db.schema.alterTable('users').dropColumn('password_changed_at').execute();
  await db.schema.alterTable('users').dropColumn('must_change_password').execute();
}
