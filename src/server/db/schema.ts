import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it. Portable across SQLite and PostgreSQL:
 * ids are text (UUIDs made by the app), dates are text `YYYY-MM-DD`, instants text ISO-8601,
 * booleans integers 0/1, structured data JSON text. Every row carries `tenant_id`: the commune
 * (or province) organisation it belongs to, so one database can serve many communes.
 */
export interface OrgLevelTable {
  code: string; // TINH, XA, DON_VI, TO ...
  name: string;
  rank: number; // 1 = highest
}

export interface OrganisationTable {
  id: string;
  tenant_id: string; // the commune (or province) this row belongs to; a commune's own row points to itself
  parent_id: string | null;
  level: string; // org_levels.code
  kind: string; // DANG, HDND, UBND, MTTQ, DOAN_THE, NGANH, THON, TRUONG, Y_TE, CONG_AN, QUAN_SU, TINH, XA
  code: string; // stable identity across reorganisations (never reused)
  name: string;
  short_name: string | null;
  search_text: string;
  member_count: number | null;
  active_from: string | null;
  active_to: string | null;
  created_at: string;
}

/** Unit lineage: "successor was formed (also) from predecessor" — award history follows it. */
export interface OrgLineageTable {
  id: string;
  tenant_id: string;
  successor_id: string;
  predecessor_id: string;
  effective_date: string;
  basis: string | null; // e.g. Nghị quyết 1656/NQ-UBTVQH15
}

export interface PersonTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  household_id: string | null;
  full_name: string;
  search_text: string;
  gender: 'NAM' | 'NU';
  birth_year: number | null;
  position: string | null;
  category: string; // CAN_BO | CONG_CHUC | VIEN_CHUC | NGUOI_LAO_DONG | NGUOI_LAO_DONG_TRUC_TIEP | NONG_DAN | HOC_SINH | NGUOI_DAN
  is_leader: number;
  citizen_id: string | null;
  created_at: string;
}

export interface HouseholdTable {
  id: string;
  tenant_id: string;
  unit_id: string; // the thôn
  head_name: string;
  address: string | null;
  search_text: string;
  created_at: string;
}

export interface UserTable {
  id: string;
  tenant_id: string;
  username: string;
  password_hash: string;
  display_name: string;
  role: string;
  unit_id: string | null;
  person_id: string | null;
  active: number;
  created_at: string;
}

export interface SessionTable {
  id: string; // sha256 of the cookie token, never the token itself
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface MovementTable {
  id: string;
  tenant_id: string;
  name: string;
  search_text: string;
  type: string; // THUONG_XUYEN | THEO_DOT | CHUYEN_DE
  scope: string; // QUOC_GIA | TINH | XA | DON_VI
  fields: string; // JSON string[]
  basis: string | null;
  description: string | null;
  start_date: string | null;
  end_date: string | null;
  year: number | null;
  launched_by: string | null;
  status: string;
  created_by: string | null;
  created_at: string;
}

export interface PlanTable {
  id: string;
  tenant_id: string;
  year: number;
  theme: string;
  status: string; // DRAFT | ISSUED
  content: string; // JSON PlanContent
  updated_at: string;
}

export interface ProposalTable {
  id: string;
  tenant_id: string;
  unit_id: string; // proposing unit
  movement_id: string | null;
  award_code: string;
  subject_kind: string; // INDIVIDUAL | COLLECTIVE | HOUSEHOLD
  person_id: string | null;
  subject_unit_id: string | null;
  household_id: string | null;
  subject_name: string;
  search_text: string;
  achievement: string;
  year: number;
  status: string;
  round: number;
  return_reason: string | null;
  return_missing: string | null; // JSON string[]
  decision_id: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface DocumentCounterTable {
  tenant_id: string;
  doc_type: string; // QD, TTr, BB, KH, BC
  year: number;
  last_number: number;
}

export interface DecisionTable {
  id: string;
  tenant_id: string;
  doc_type: string;
  year: number;
  number: number;
  symbol: string; // QĐ-UBND
  decision_date: string;
  title: string;
  award_code: string;
  signer_title: string;
  signer_name: string;
  status: string; // SIGNED | REVOKED
  total_amount: number;
  created_by: string;
  created_at: string;
}

/** One awarded subject of a decision: the register of certificates (sổ theo dõi). */
export interface AwardTable {
  id: string;
  tenant_id: string;
  decision_id: string;
  proposal_id: string | null;
  register_number: number;
  award_code: string;
  subject_kind: string;
  person_id: string | null;
  subject_unit_id: string | null;
  household_id: string | null;
  subject_name: string;
  subject_description: string;
  achievement: string;
  year: number;
  amount: number;
  verify_code: string;
  signature: string;
  revoked_at: string | null;
  revoked_reason: string | null;
  created_at: string;
}

export interface CommuneKeyTable {
  tenant_id: string;
  public_key: string;
  private_key: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  tenant_id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  entity_type: string;
  entity_id: string;
  action: string;
  summary: string;
  data: string | null; // JSON
  request_id: string | null;
}

export interface RatingTable {
  id: string;
  tenant_id: string;
  person_id: string | null;
  unit_id: string | null; // a collective's own rating
  year: number;
  rating: string; // HTXSNV | HTTNV | HTNV | KHTNV
  source: string;
  created_at: string;
}

export interface InitiativeTable {
  id: string;
  tenant_id: string;
  person_id: string;
  year: number;
  title: string;
  level: string;
  recognition_ref: string | null;
  created_at: string;
}

export interface DisciplineTable {
  id: string;
  tenant_id: string;
  person_id: string;
  kind: string;
  from_date: string;
  to_date: string | null;
  note: string | null;
  created_at: string;
}

export interface CouncilMemberTable {
  id: string;
  tenant_id: string;
  person_id: string;
  user_id: string | null;
  role: string;
  term_from: string;
  term_to: string | null;
  created_at: string;
}

export interface Database {
  ratings: RatingTable;
  initiatives: InitiativeTable;
  disciplines: DisciplineTable;
  council_members: CouncilMemberTable;
  org_levels: OrgLevelTable;
  organisations: OrganisationTable;
  org_lineage: OrgLineageTable;
  people: PersonTable;
  households: HouseholdTable;
  users: UserTable;
  sessions: SessionTable;
  movements: MovementTable;
  plans: PlanTable;
  proposals: ProposalTable;
  document_counters: DocumentCounterTable;
  decisions: DecisionTable;
  awards: AwardTable;
  commune_keys: CommuneKeyTable;
  audit_log: AuditLogTable;
}
