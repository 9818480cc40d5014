/** The law engine's settings: the province's profile, base-salary rows, justified overrides of soft rules. */
export interface LawProfileTable {
  tenant_id: string;
  settings: string; // JSON Partial<ProvinceProfile>
  updated_by: string | null;
  updated_at: string;
}

export interface LawBaseSalaryTable {
  id: string;
  tenant_id: string;
  from_date: string;
  amount: number;
  source: string;
  created_by: string | null;
  created_at: string;
}

export interface LawOverrideTable {
  id: string;
  tenant_id: string;
  proposal_id: string;
  codes: string; // JSON string[]
  reason: string;
  user_id: string;
  user_name: string;
  created_at: string;
}

export interface LawTables {
  law_profiles: LawProfileTable;
  law_base_salaries: LawBaseSalaryTable;
  law_overrides: LawOverrideTable;
}
