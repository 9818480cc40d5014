import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { isoNow, systemClock, todayIn } from '../clock';
import { type DbHandle, openDb } from './connect';
import { migrateToLatest } from './migrate';

/** This instant, by the system clock: for rows a test writes itself (the server's code takes `deps.clock`). */
export const nowIso = (): string => isoNow(systemClock);

/** Today in Vietnam by the system clock: the date of a test app started without a clock of its own. */
export const today = (): string => todayIn(systemClock);
/** Vietnam's date `days` from today (negative: before). */
export const daysFromToday = (days: number): string =>
  new Date(Date.parse(today()) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A fresh, migrated database for one test file: a new SQLite file in a temp dir, or — when
 * DATABASE_URL is set (the PostgreSQL suite) — a new schema in that database.
 */
export async function openTestDb(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const h = openDb({ databaseUrl: url, pgSchema: schema });
    await migrateToLatest(h.db);
    return {
      ...h,
      close: async () => {
        await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(h.db);
        await h.close();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-'));
  const h = openDb({ sqliteFile: path.join(dir, 'test.sqlite') });
  await migrateToLatest(h.db);
  return {
    ...h,
    close: async () => {
      await h.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
