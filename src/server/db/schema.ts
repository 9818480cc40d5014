import type { AccountTables } from './schema-accounts';
import type { AnnualCycleTables } from './schema-annual-cycle';
import type { AuditTables } from './schema-audit';
import type { CouncilTables } from './schema-council';
import type { DecisionTables } from './schema-decisions';
import type { DisclosureTables } from './schema-disclosures';
import type { ExampleTables } from './schema-examples';
import type { HistoryTables } from './schema-history';
import type { LawTables } from './schema-law';
import type { OrganisationTables } from './schema-organisations';
import type { PersonRecordTables } from './schema-person-records';
import type { PlanTables } from './schema-plans';
import type { ProposalTables } from './schema-proposals';

export type * from './schema-accounts';
export type * from './schema-annual-cycle';
export type * from './schema-audit';
export type * from './schema-council';
export type * from './schema-decisions';
export type * from './schema-disclosures';
export type * from './schema-examples';
export type * from './schema-history';
export type * from './schema-law';
export type * from './schema-organisations';
export type * from './schema-person-records';
export type * from './schema-plans';
export type * from './schema-proposals';

/**
 * The database as Kysely sees it: one file per group of tables (`schema-<domain>.ts`), each table with
 * all its columns. Portable across SQLite and PostgreSQL: ids are text (UUIDs made by the app), dates are
 * text `YYYY-MM-DD`, instants text ISO-8601, booleans integers 0/1, structured data JSON text. Every row
 * carries `tenant_id`: the commune (or province) organisation it belongs to, so one database can serve
 * many communes. Status and kind columns have the core's types, checked when a row is written.
 */
export interface Database
  extends OrganisationTables,
    PersonRecordTables,
    AccountTables,
    AuditTables,
    PlanTables,
    AnnualCycleTables,
    ProposalTables,
    LawTables,
    CouncilTables,
    DisclosureTables,
    DecisionTables,
    ExampleTables,
    HistoryTables {}
