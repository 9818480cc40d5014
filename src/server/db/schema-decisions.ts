import type { DecisionStatus } from '../../core/decisions/decision-records';
import type { SubjectKind } from '../../core/law/types';

/**
 * Decisions and what they award: the numbering of documents, the register of certificates (sổ theo dõi),
 * the commune's signing key and its signed list of revoked certificates, the emulation fund.
 */
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
  status: DecisionStatus;
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
  subject_kind: SubjectKind;
  person_id: string | null;
  subject_unit_id: string | null;
  household_id: string | null;
  subject_name: string;
  subject_description: string;
  achievement: string;
  year: number;
  amount: number;
  /** Why `amount` is less than the award's full reward money (only the highest for the same achievement); null otherwise */
  amount_note: string | null;
  verify_code: string;
  signature: string;
  revoked_at: string | null;
  revoked_reason: string | null;
  created_at: string;
  /** set on awards found duplicated before the one-award-per-subject-and-year rule (the earliest kept); null otherwise */
  duplicate_of: string | null;
}

export interface CommuneKeyTable {
  tenant_id: string;
  public_key: string;
  private_key: string;
  created_at: string;
}

/** The commune's signed list of revoked certificates. */
export interface RevocationListTable {
  tenant_id: string;
  /** grows by one at each revocation; the newest list is the one in force */
  sequence: number;
  issued_at: string;
  /** JSON array of { code, revokedAt, reason } — exactly what the signature covers */
  entries: string;
  signature: string;
}

export interface EmulationFundTable {
  tenant_id: string;
  year: number;
  amount: number;
  note: string | null;
  updated_at: string;
}

export interface DecisionTables {
  document_counters: DocumentCounterTable;
  decisions: DecisionTable;
  awards: AwardTable;
  commune_keys: CommuneKeyTable;
  revocation_lists: RevocationListTable;
  emulation_funds: EmulationFundTable;
}
