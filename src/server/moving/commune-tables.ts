/**
 * What a commune's archive holds, table by table, in the order rows can be inserted (a table comes after
 * every table its foreign keys point to). `moving/commune-tables.test.ts` checks this list against the
 * migrated database: every table is either moved or named in `NOT_MOVED` with the reason, and every
 * foreign key points backwards in the list. A new table must be added here (the test says so).
 */

/** How a table's rows are found: by `tenant_id`, or through the parent row they belong to. */
export type TableScope =
  | { kind: 'tenant' }
  | { kind: 'child'; column: string; parent: string }
  /** Reference rows shared by every commune (org levels): inserted when missing, never replaced. */
  | { kind: 'reference' };

export interface MovedTable {
  table: string;
  scope: TableScope;
  /** Primary key columns: rows are exported in this order (and compared by it). */
  key: string[];
  /** A column pointing to the same table: set after all rows of the table are in (parents first not needed). */
  selfRef?: string;
  /** An identity column the target numbers itself (rows keep their order, not their number). */
  renumbered?: string;
}

const tenant = { kind: 'tenant' } as const;
const child = (parent: string, column: string) => ({ kind: 'child', parent, column }) as const;

export const MOVED_TABLES: readonly MovedTable[] = [
  { table: 'org_levels', scope: { kind: 'reference' }, key: ['code'] },
  { table: 'organisations', scope: tenant, key: ['id'], selfRef: 'parent_id' },
  { table: 'org_lineage', scope: tenant, key: ['id'] },
  { table: 'households', scope: tenant, key: ['id'] },
  { table: 'people', scope: tenant, key: ['id'] },
  { table: 'users', scope: tenant, key: ['id'] },
  { table: 'movements', scope: tenant, key: ['id'] },
  { table: 'movement_units', scope: child('movements', 'movement_id'), key: ['movement_id', 'unit_id'] },
  { table: 'criteria', scope: tenant, key: ['id'] },
  { table: 'calendar_days', scope: tenant, key: ['id'] },
  { table: 'registrations', scope: tenant, key: ['id'] },
  { table: 'reviews', scope: tenant, key: ['id'] },
  { table: 'review_units', scope: child('reviews', 'review_id'), key: ['review_id', 'unit_id'] },
  {
    table: 'score_entries',
    scope: child('reviews', 'review_id'),
    key: ['review_id', 'unit_id', 'role', 'reviewer_id', 'criterion_id'],
  },
  { table: 'inbox_tasks', scope: tenant, key: ['id'] },
  { table: 'plans', scope: tenant, key: ['id'] },
  { table: 'targets', scope: tenant, key: ['id'] },
  { table: 'target_progress', scope: tenant, key: ['id'] },
  { table: 'decisions', scope: tenant, key: ['id'] },
  { table: 'document_counters', scope: tenant, key: ['tenant_id', 'doc_type', 'year'] },
  { table: 'proposals', scope: tenant, key: ['id'] },
  { table: 'awards', scope: tenant, key: ['id'] },
  { table: 'commune_keys', scope: tenant, key: ['tenant_id'] },
  { table: 'revocation_lists', scope: tenant, key: ['tenant_id', 'sequence'] },
  { table: 'emulation_funds', scope: tenant, key: ['tenant_id', 'year'] },
  { table: 'ratings', scope: tenant, key: ['id'] },
  { table: 'initiatives', scope: tenant, key: ['id'] },
  { table: 'disciplines', scope: tenant, key: ['id'] },
  { table: 'law_profiles', scope: tenant, key: ['tenant_id'] },
  { table: 'law_base_salaries', scope: tenant, key: ['id'] },
  { table: 'law_overrides', scope: tenant, key: ['id'] },
  { table: 'council_members', scope: tenant, key: ['id'] },
  { table: 'meetings', scope: tenant, key: ['id'] },
  { table: 'meeting_items', scope: child('meetings', 'meeting_id'), key: ['meeting_id', 'proposal_id'] },
  {
    table: 'meeting_attendance',
    scope: child('meetings', 'meeting_id'),
    key: ['meeting_id', 'member_id'],
  },
  {
    table: 'meeting_conflicts',
    scope: child('meetings', 'meeting_id'),
    key: ['meeting_id', 'proposal_id', 'member_id'],
  },
  { table: 'ballots', scope: tenant, key: ['id'] },
  { table: 'ballot_tokens', scope: child('ballots', 'ballot_id'), key: ['ballot_id', 'member_id'] },
  { table: 'ballot_votes', scope: child('ballots', 'ballot_id'), key: ['id'] },
  { table: 'ballot_pool', scope: child('ballots', 'ballot_id'), key: ['id'] },
  { table: 'disclosures', scope: tenant, key: ['id'] },
  {
    table: 'disclosure_items',
    scope: child('disclosures', 'disclosure_id'),
    key: ['disclosure_id', 'proposal_id'],
  },
  { table: 'objections', scope: tenant, key: ['id'] },
  { table: 'typical_examples', scope: tenant, key: ['id'] },
  { table: 'typical_example_stages', scope: tenant, key: ['id'] },
  { table: 'typical_example_entries', scope: tenant, key: ['id'] },
  { table: 'typical_example_replications', scope: tenant, key: ['id'] },
  {
    table: 'typical_example_links',
    scope: child('typical_examples', 'example_id'),
    key: ['example_id', 'kind', 'ref_id'],
  },
  { table: 'commune_profiles', scope: tenant, key: ['tenant_id'] },
  { table: 'award_history', scope: tenant, key: ['id'] },
  { table: 'pending_matters', scope: tenant, key: ['id'] },
  { table: 'household_contributions', scope: tenant, key: ['id'] },
  { table: 'household_violations', scope: tenant, key: ['id'] },
  { table: 'attachments', scope: tenant, key: ['id'] },
  { table: 'audit_log', scope: tenant, key: ['id'], renumbered: 'id' },
];

/** Tables that stay where they are, and why (docs/MOVING.md). */
export const NOT_MOVED: Record<string, string> = {
  sessions: 'phiên đăng nhập: ai cũng đăng nhập lại trên máy chủ mới / sign-ins: everyone signs in again',
  login_throttle:
    'bộ đếm đăng nhập sai của máy chủ cũ / the old server’s failed sign-in counters (by name and address)',
  instance_settings: 'cài đặt của máy chủ, không của xã / settings of the server, not of a commune',
  kysely_migration: 'mức lược đồ của máy chủ / the server’s schema level',
  kysely_migration_lock: 'khóa khi chạy migration / the migration lock',
};

/** Unique columns shared by every commune of a server: a clash refuses the import before anything is written. */
export const GLOBAL_UNIQUE: readonly { table: string; column: string; what: string }[] = [
  { table: 'organisations', column: 'code', what: 'mã đơn vị' },
  { table: 'users', column: 'username', what: 'tên đăng nhập' },
  { table: 'awards', column: 'verify_code', what: 'mã xác minh giấy khen' },
];
