import type { ObjectionFacts } from '../../core/dossier/disclosure-rules';

/** Public disclosure (công khai) of proposals before a decision, and the comments and objections received. */
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
  kind: ObjectionFacts['kind'];
  author_name: string | null;
  author_contact: string | null;
  content: string;
  status: ObjectionFacts['status'];
  resolution: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  created_at: string;
}

export interface DisclosureTables {
  disclosures: DisclosureTable;
  disclosure_items: DisclosureItemTable;
  objections: ObjectionTable;
}
