import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../dialect-helpers';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * A ballot's private key is destroyed when the ballot closes: `ballots.key_d` becomes
 * nullable, and the keys of ballots already closed are wiped now, so no copy of the database taken from
 * here on can sign tokens for them. The public key (key_n, key_e) stays, so signatures and receipts remain
 * verifiable. Since this release, key_d holds the private key's CRT members as JWK JSON; a ballot
 * left open across the upgrade has the old format and cannot issue further tokens (close it).
 */
export async function up(db: AnyDb): Promise<void> {
  if (isPostgres(db)) {
    await db.schema
      .alterTable('ballots')
      .alterColumn('key_d', (c) => c.dropNotNull())
      .execute();
  } else {
    await rebuildSqliteBallots(db, (ddl) => ddl.replace(/"key_d" text not null/i, '"key_d" text'));
  }
  await db.updateTable('ballots').set({ key_d: null }).where('status', '<>', 'OPEN').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.updateTable('ballots').set({ key_d: '' }).where('key_d', 'is', null).execute();
  if (isPostgres(db)) {
    await db.schema
      .alterTable('ballots')
      .alterColumn('key_d', (c) => c.setNotNull())
      .execute();
  } else {
    await rebuildSqliteBallots(db, (ddl) =>
      ddl.replace(/"key_d" text(?! not null)/i, '"key_d" text not null'),
    );
  }
}

/**
 * SQLite cannot change a column's NOT NULL: rebuild the table from its own stored definition (so columns
 * added by other migrations are kept), following SQLite's "other kinds of table schema changes" recipe:
 * foreign keys off, new table, copy, drop, rename, indexes back, foreign key check.
 */
async function rebuildSqliteBallots(db: AnyDb, change: (ddl: string) => string): Promise<void> {
  const table = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'table' and name = 'ballots'`.execute(db);
  const ddl = table.rows[0]?.sql;
  if (!ddl) throw new Error('table ballots not found');
  const changed = change(ddl);
  if (changed === ddl) return;
  const indexes = await sql<{
    sql: string;
  }>`select sql from sqlite_master where type = 'index' and tbl_name = 'ballots' and sql is not null`.execute(
    db,
  );
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await sql
        .raw(changed.replace(/^create table\s+"?ballots"?/i, 'create table "ballots_rebuilt"'))
        .execute(trx);
      await sql`insert into "ballots_rebuilt" select * from "ballots"`.execute(trx);
      await sql`drop table "ballots"`.execute(trx);
      await sql`alter table "ballots_rebuilt" rename to "ballots"`.execute(trx);
      for (const i of indexes.rows) await sql.raw(i.sql).execute(trx);
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length) throw new Error('foreign key check failed after rebuilding ballots');
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
