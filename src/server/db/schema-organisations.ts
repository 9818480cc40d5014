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
  gender: Gender;
  birth_year: number | null;
  position: string | null;
  category: PersonCategory;
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

export interface OrganisationTables {
  org_levels: OrgLevelTable;
  organisations: OrganisationTable;
  org_lineage: OrgLineageTable;
  people: PersonTable;
  households: HouseholdTable;
}
