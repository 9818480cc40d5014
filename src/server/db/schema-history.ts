import type { Generated } from 'kysely';
import type {
  AchievementNature,
  FileOwnerKind,
  FilePurpose,
  IssuingLevel,
  PendingMatterKind,
  RecordSource,
} from '../../core/history/history-terms';
import type { SubjectKind } from '../../core/law/types';

/**
 * A commune's own history and profile: awards received before or outside this product, matters under
 * consideration, households' contributions and violations, files attached to records, and the profile
 * its documents are written with.
 */
export interface CommuneProfileTable {
  tenant_id: string;
  agency_name: string;
  parent_agency_name: string | null;
  place_name: string;
  province_name: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  chairman_name: string | null;
  chairman_title: string | null;
  version: Generated<number>;
  updated_at: string;
}

/** An award received before this product or from another body (the register of decisions keeps the commune's own). */
export interface AwardHistoryTable {
  id: string;
  tenant_id: string;
  subject_kind: SubjectKind;
  person_id: string | null;
  subject_unit_id: string | null;
  household_id: string | null;
  award_code: string;
  issuing_level: IssuingLevel;
  issuing_body: string;
  decision_number: string;
  decision_date: string;
  year: number;
  nature: AchievementNature;
  note: string | null;
  source: RecordSource;
  version: Generated<number>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** A matter under consideration that defers awards (R-PRIN-4), open until `closed_on`. */
export interface PendingMatterTable {
  id: string;
  tenant_id: string;
  person_id: string | null;
  subject_unit_id: string | null;
  kind: PendingMatterKind;
  since: string;
  closed_on: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface HouseholdContributionTable {
  id: string;
  tenant_id: string;
  household_id: string;
  year: number;
  amount: number;
  description: string;
  created_at: string;
}

export interface HouseholdViolationTable {
  id: string;
  tenant_id: string;
  household_id: string;
  person_id: string | null;
  year: number;
  description: string;
  created_at: string;
}

/** A file attached to a record; the bytes live under DATA_DIR/files by their SHA-256. */
export interface AttachmentTable {
  id: string;
  tenant_id: string;
  owner_kind: FileOwnerKind;
  owner_id: string;
  purpose: FilePurpose;
  sha256: string;
  size: number;
  mime: string;
  original_name: string;
  note: string | null;
  uploaded_by: string;
  created_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
  deleted_reason: string | null;
}

export interface HistoryTables {
  commune_profiles: CommuneProfileTable;
  award_history: AwardHistoryTable;
  pending_matters: PendingMatterTable;
  household_contributions: HouseholdContributionTable;
  household_violations: HouseholdViolationTable;
  attachments: AttachmentTable;
}
