import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * Council meetings and secret ballots. Ballot tables deliberately hold no link between a member and a
 * vote: `ballot_tokens` says only who received a (blind-signed) token; `ballot_votes` holds receipts and
 * choices, with no member, no time, no address. See docs/BALLOT-ANONYMITY.md.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('meeting_date', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // PLANNED | OPEN | CLOSED
    .addColumn('current_proposal_id', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createTable('meeting_items')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text') // RECOMMEND | REJECT | DEFER
    .addColumn('outcome_reason', 'text')
    .addColumn('discussion', 'text')
    .addPrimaryKeyConstraint('meeting_items_pk', ['meeting_id', 'proposal_id'])
    .execute();
  await db.schema
    .createTable('meeting_attendance')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('council_members.id'))
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('written_opinion', 'text')
    .addPrimaryKeyConstraint('meeting_attendance_pk', ['meeting_id', 'member_id'])
    .execute();
  await db.schema
    .createTable('meeting_conflicts')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('council_members.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_conflicts_pk', ['meeting_id', 'proposal_id', 'member_id'])
    .execute();
  await db.schema
    .createTable('ballots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // OPEN | CLOSED
    .addColumn('key_n', 'text', (c) => c.notNull())
    .addColumn('key_e', 'text', (c) => c.notNull())
    .addColumn('key_d', 'text', (c) => c.notNull())
    .addColumn('total_members', 'integer', (c) => c.notNull())
    .addColumn('present_count', 'integer', (c) => c.notNull())
    .addColumn('recused', 'integer', (c) => c.notNull())
    .addColumn('result', 'text')
    .execute();
  await db.schema
    .createTable('ballot_tokens')
    .addColumn('ballot_id', 'text', (c) => c.notNull().references('ballots.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('council_members.id'))
    .addColumn('channel', 'text', (c) => c.notNull()) // DIGITAL | PAPER
    .addPrimaryKeyConstraint('ballot_tokens_pk', ['ballot_id', 'member_id'])
    .execute();
  await db.schema
    .createTable('ballot_votes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ballot_id', 'text', (c) => c.notNull().references('ballots.id'))
    .addColumn('receipt', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('choice', 'text', (c) => c.notNull())
    .addUniqueConstraint('ballot_votes_receipt', ['ballot_id', 'receipt'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    'ballot_votes',
    'ballot_tokens',
    'ballots',
    'meeting_conflicts',
    'meeting_attendance',
    'meeting_items',
    'meetings',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
