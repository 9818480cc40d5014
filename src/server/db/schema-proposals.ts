import type { Generated } from 'kysely';
import type { ProposalStatus } from '../../core/dossier/proposal-workflow';
import type { AchievementBasis, SubjectKind } from '../../core/law/types';

/** Proposals for commendation (hồ sơ đề nghị khen thưởng). */
export interface ProposalTable {
  id: string;
  tenant_id: string;
  unit_id: string; // proposing unit
  movement_id: string | null;
  award_code: string;
  subject_kind: SubjectKind;
  person_id: string | null;
  subject_unit_id: string | null;
  household_id: string | null;
  subject_name: string;
  search_text: string;
  achievement: string;
  /** what the achievement is (one achievement, one award — khoản 2 Điều 5); migration 0019 */
  achievement_basis: Generated<AchievementBasis>;
  /** the sudden deed (or a movement outside the product) it is for */
  achievement_ref: string | null;
  year: number;
  status: ProposalStatus;
  round: number;
  return_reason: string | null;
  return_missing: string | null; // JSON string[]
  decision_id: string | null;
  /** Set when the commune chairman may not decide it under the province profile: who decides (to propose upward). */
  upward_decider: string | null;
  upward_article: string | null;
  upward_at: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ProposalTables {
  proposals: ProposalTable;
}
