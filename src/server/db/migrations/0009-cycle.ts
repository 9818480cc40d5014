import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema on purpose
type AnyDb = Kysely<any>;

/**
 * The annual emulation cycle: movement participants and criteria, the holiday calendar,
 * registrations (đăng ký thi đua), reviews (sơ kết / tổng kết) with score sheets and locked results,
 * and the inbox of tasks sent to units.
 */
export async function up(db: AnyDb): Promise<void> {
  // Extra facts of a movement: where it comes from (national catalogue code), registration deadline,
  // the calendar day a phase movement celebrates.
  await db.schema.alterTable('movements').addColumn('catalogue_code', 'text').execute();
  await db.schema.alterTable('movements').addColumn('registration_deadline', 'text').execute();
  await db.schema.alterTable('movements').addColumn('calendar_day_id', 'text').execute();
  await db.schema
    .alterTable('movements')
    .addColumn('mid_review_rounds', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('movement_units')
    .addColumn('movement_id', 'text', (c) => c.notNull().references('movements.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('movement_units_pk', ['movement_id', 'unit_id'])
    .execute();

  // Criteria of a movement (owner_kind MOVEMENT) or of an annual review (owner_kind REVIEW).
  await db.schema
    .createTable('criteria')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('owner_kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('group_name', 'text')
    .addColumn('description', 'text')
    .addColumn('weight', 'real', (c) => c.notNull())
    .addColumn('min_score', 'real', (c) => c.notNull())
    .addColumn('max_score', 'real', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('criteria_owner').on('criteria').columns(['owner_kind', 'owner_id']).execute();

  await db.schema
    .createTable('calendar_days')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('month_day', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('since', 'integer')
    .addColumn('years_round', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('calendar_days_code', ['tenant_id', 'code'])
    .execute();

  // One registration per subject per movement (movement_id NULL = the annual registration of `year`).
  await db.schema
    .createTable('registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('movement_id', 'text', (c) => c.references('movements.id'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('titles', 'text', (c) => c.notNull())
    .addColumn('target_ids', 'text', (c) => c.notNull())
    .addColumn('pledge', 'text')
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('registrations_subject')
    .on('registrations')
    .columns(['tenant_id', 'subject_kind', 'subject_id', 'year'])
    .execute();
  await db.schema
    .createIndex('registrations_movement')
    .on('registrations')
    .columns(['movement_id'])
    .execute();

  // A review (đợt bình xét): sơ kết or tổng kết of a movement, or of the year (movement_id NULL).
  await db.schema
    .createTable('reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('movement_id', 'text', (c) => c.references('movements.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('score_deadline', 'text')
    .addColumn('assessment', 'text')
    .addColumn('figures', 'text')
    .addColumn('locked_on', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Units taking part in a review, with the unit's own report (báo cáo sơ kết/tổng kết của đơn vị)
  // and, once locked, its frozen result.
  await db.schema
    .createTable('review_units')
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('assessment', 'text')
    .addColumn('self_total', 'real')
    .addColumn('final_total', 'real')
    .addColumn('rank', 'integer')
    .addColumn('tied', 'integer')
    .addColumn('decided_by', 'text')
    .addColumn('classification', 'text')
    .addColumn('proposal_id', 'text')
    .addPrimaryKeyConstraint('review_units_pk', ['review_id', 'unit_id'])
    .execute();

  // One score per (review, unit, sheet role, reviewer, criterion). reviewer_id is '' on SELF/COUNCIL sheets.
  await db.schema
    .createTable('score_entries')
    .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', 'text', (c) => c.notNull())
    .addColumn('criterion_id', 'text', (c) => c.notNull().references('criteria.id'))
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('score_entries_pk', [
      'review_id',
      'unit_id',
      'role',
      'reviewer_id',
      'criterion_id',
    ])
    .execute();

  await db.schema
    .createTable('inbox_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('link', 'text')
    .addColumn('due_date', 'text')
    .addColumn('movement_id', 'text')
    .addColumn('review_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('done_by', 'text')
    .addColumn('done_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inbox_tasks_unit')
    .on('inbox_tasks')
    .columns(['tenant_id', 'unit_id', 'status'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    'inbox_tasks',
    'score_entries',
    'review_units',
    'reviews',
    'registrations',
    'calendar_days',
    'criteria',
    'movement_units',
  ])
    await db.schema.dropTable(t).execute();
  for (const c of ['mid_review_rounds', 'calendar_day_id', 'registration_deadline', 'catalogue_code'])
    await db.schema.alterTable('movements').dropColumn(c).execute();
}
