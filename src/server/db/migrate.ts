import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Db } from './connect';
import * as m0001 from './migrations/0001-foundation';
import * as m0002 from './migrations/0002-records';
import * as m0004 from './migrations/0004-council-and-decisions';
import * as m0005 from './migrations/0005-council-meetings';
import * as m0006 from './migrations/0006-law-settings';
import * as m0008 from './migrations/0008-targets-and-plans';
import * as m0009 from './migrations/0009-cycle';
import * as m0010 from './migrations/0010-typical-examples';
import * as m0011 from './migrations/0011-ballot-key-destruction';
import * as m0012 from './migrations/0012-ballot-pool';
import * as m0013 from './migrations/0013-accounts';
import * as m0014 from './migrations/0014-award-integrity';
import * as m0015 from './migrations/0015-commune-records';
import * as m0018 from './migrations/0018-people';
import * as m0019 from './migrations/0019-achievement-basis';
import * as m0021 from './migrations/0021-authority-and-money';

/** All migrations, in order. Add new ones here (name = file name). */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-records': m0002,
  '0004-council-and-decisions': m0004,
  '0005-council-meetings': m0005,
  '0006-law-settings': m0006,
  '0008-targets-and-plans': m0008,
  '0009-cycle': m0009,
  '0010-typical-examples': m0010,
  '0011-ballot-key-destruction': m0011,
  '0012-ballot-pool': m0012,
  '0013-accounts': m0013,
  '0014-award-integrity': m0014,
  '0015-commune-records': m0015,
  '0018-people': m0018,
  '0019-achievement-basis': m0019,
  '0021-authority-and-money': m0021,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The newest migration this code knows: the schema level of a database it has migrated. */
export function latestMigrationName(): string {
  return Object.keys(MIGRATIONS).sort().at(-1) ?? '';
}
