import { type Kysely, sql } from 'kysely';
import { signRevocationList } from '../../certificates/revocation-list';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

interface AwardRow {
  id: string;
  tenant_id: string;
  award_code: string;
  year: number;
  person_id: string | null;
  subject_unit_id: string | null;
  household_id: string | null;
  verify_code: string;
  revoked_at: string | null;
  revoked_reason: string | null;
}

/**
 * (1) one subject holds one award per code and year — a unique index over (tenant, award,
 * year, subject) among awards not revoked; awards already duplicated before the rule are kept, the later
 * ones marked `duplicate_of` the earliest (outside the index) for the officer to revoke. (2) The signed
 * revocation list: a table of signed lists; each commune that already has a signing key gets its first
 * list now, from the awards revoked so far (the one moment the revoked column is trusted).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('awards').addColumn('duplicate_of', 'text').execute();
  const rows = (await db
    .selectFrom('awards')
    .select([
      'id',
      'tenant_id',
      'award_code',
      'year',
      'person_id',
      'subject_unit_id',
      'household_id',
      'verify_code',
      'revoked_at',
      'revoked_reason',
    ])
    .orderBy('created_at')
    .orderBy('register_number')
    .execute()) as AwardRow[];
  const first = new Map<string, string>();
  for (const a of rows) {
    if (a.revoked_at) continue;
    const key = [
      a.tenant_id,
      a.award_code,
      a.year,
      a.person_id ?? a.subject_unit_id ?? a.household_id ?? a.id,
    ].join('|');
    const kept = first.get(key);
    if (kept) await db.updateTable('awards').set({ duplicate_of: kept }).where('id', '=', a.id).execute();
    else first.set(key, a.id);
  }
  await sql`create unique index awards_one_per_subject_year on awards (tenant_id, award_code, year, (coalesce(person_id, subject_unit_id, household_id))) where revoked_at is null and duplicate_of is null`.execute(
    db,
  );

  await db.schema
    .createTable('revocation_lists')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('entries', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('revocation_lists_pk', ['tenant_id', 'sequence'])
    .execute();
  const keys = (await db.selectFrom('commune_keys').select(['tenant_id', 'private_key']).execute()) as {
    tenant_id: string;
    private_key: string;
  }[];
  const issuedAt = new Date().toISOString();
  for (const k of keys) {
    const entries = rows
      .filter((a) => a.tenant_id === k.tenant_id && a.revoked_at)
      .map((a) => ({ code: a.verify_code, revokedAt: a.revoked_at ?? '', reason: a.revoked_reason ?? '' }));
    const list = { tenantId: k.tenant_id, sequence: 1, issuedAt, entries };
    await db
      .insertInto('revocation_lists')
      .values({
        tenant_id: k.tenant_id,
        sequence: 1,
        issued_at: issuedAt,
        entries: JSON.stringify(entries),
        signature: signRevocationList(k.private_key, list),
      })
      .execute();
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('revocation_lists').execute();
  await sql`drop index awards_one_per_subject_year`.execute(db);
  await db.schema.alterTable('awards').dropColumn('duplicate_of').execute();
}
