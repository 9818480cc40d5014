import type { Generated } from 'kysely';
import type { LeaderTier } from '../../core/history/history-terms';
import type { OrgKind } from '../../core/people/org-kinds';
import type { Gender, PersonCategory } from '../../core/people/person-categories';

/** The commune's organisation: levels, units (with their lineage across reorganisations), people, households. */
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
  kind: OrgKind;
  code: string; // stable identity across reorganisations (never reused)
  name: string;
  short_name: string | null;
  search_text: string;
  member_count: number | null;
  active_from: string | null;
  active_to: string | null;
  created_at: string;
  /** 1: a small collective (tập thể nhỏ) for the statistics of awards to the grassroots */
  small_collective: Generated<number>;
  /** 1: its members work directly (sản xuất, giảng dạy, khám chữa bệnh…) */
  direct_work: Generated<number>;
  address: Generated<string | null>;
  updated_at: Generated<string | null>;
}

/** Unit lineage: "successor was formed (also) from predecessor" — award history follows it. */
export interface OrgLineageTable {
  id: string;
  tenant_id: string;
  successor_id: string;
  predecessor_id: string;
  effective_date: string;
  basis: string | null; // e.g. Nghị quyết 1656/NQ-UBTVQH15
  /** MERGE: predecessors joined into the successor; SPLIT: the successor was split off the predecessor */
  change_kind: Generated<'MERGE' | 'SPLIT'>;
}

export interface PersonTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  household_id: string | null;
  full_name: string;
  search_text: string;
  gender: Gender;
  birth_year: number | null;
  position: string | null;
  category: PersonCategory;
  is_leader: number;
  /** Số định danh cá nhân (CCCD): 12 digits; one person per citizen ID in a commune */
  citizen_id: string | null;
  created_at: string;
  birth_date: Generated<string | null>;
  ethnicity: Generated<string | null>;
  /** 1: a direct worker (người trực tiếp lao động, sản xuất, công tác) for the statistics */
  direct_worker: Generated<number>;
  leader_tier: Generated<LeaderTier>;
  /** 0: no longer in the commune (kept for its history) */
  active: Generated<number>;
  updated_at: Generated<string | null>;
  /** Optimistic lock: raised by every edit (409 STALE when the editor saw an older one) */
  version: Generated<number>;
}

export interface HouseholdTable {
  id: string;
  tenant_id: string;
  unit_id: string; // the thôn
  head_name: string;
  address: string | null;
  search_text: string;
  created_at: string;
  updated_at: Generated<string | null>;
  version: Generated<number>;
}

export interface OrganisationTables {
  org_levels: OrgLevelTable;
  organisations: OrganisationTable;
  org_lineage: OrgLineageTable;
  people: PersonTable;
  households: HouseholdTable;
}
