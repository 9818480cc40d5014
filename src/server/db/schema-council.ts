/** Tables of the council work (issue 6): fund, public disclosure, objections. */
export interface EmulationFundTable {
  tenant_id: string;
  year: number;
  amount: number;
  note: string | null;
  updated_at: string;
}

export interface DisclosureTable {
  id: string;
  tenant_id: string;
  title: string;
  starts_on: string;
  ends_on: string;
  created_by: string;
  created_at: string;
}

export interface DisclosureItemTable {
  disclosure_id: string;
  proposal_id: string;
}

export interface ObjectionTable {
  id: string;
  tenant_id: string;
  disclosure_id: string;
  proposal_id: string;
  kind: string;
  author_name: string | null;
  author_contact: string | null;
  content: string;
  status: string;
  resolution: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  created_at: string;
}

declare module './schema' {
  interface Database {
    emulation_funds: EmulationFundTable;
    disclosures: DisclosureTable;
    disclosure_items: DisclosureItemTable;
    objections: ObjectionTable;
  }
}
