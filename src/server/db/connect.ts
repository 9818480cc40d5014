import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  dialect: 'sqlite' | 'postgres';
  /** Where the data lives, for humans (file path or URL without password). */
  location: string;
  close(): Promise<void>;
}

// PostgreSQL returns COUNT/SUM as strings (bigint); parse 64-bit integers as numbers — our sums fit.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** Open SQLite (a file, default `./data/thidua.sqlite`) or PostgreSQL when a URL is given. */
export function openDb(opts: {
  databaseUrl?: string | undefined;
  sqliteFile?: string;
  pgSchema?: string;
}): DbHandle {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
      ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      dialect: 'postgres',
      location: opts.databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
      close: () => db.destroy(),
    };
  }
  const file = opts.sqliteFile ?? path.resolve('data', 'thidua.sqlite');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('secure_delete = ON'); // deleted or overwritten values (a ballot's destroyed key) are zeroed in the file
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}
