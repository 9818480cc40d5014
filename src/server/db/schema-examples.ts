import type { EntryKind, ExampleLinkKind } from '../../core/examples/example-entries';
import type { DiscoverySource, ExampleStage } from '../../core/examples/example-stages';
import type { SubjectKind } from '../../core/law/types';

/** Typical examples (điển hình tiên tiến): discovered, nurtured, summed up, replicated, commended. */
export interface TypicalExampleTable {
  id: string;
  tenant_id: string;
  unit_id: string; // the unit the example belongs to (a unit head sees their own)
  subject_kind: SubjectKind;
  person_id: string | null;
  subject_unit_id: string | null;
  household_id: string | null;
  subject_name: string;
  movement_id: string | null;
  field: string; // lĩnh vực: Nông nghiệp, Giáo dục …
  title: string;
  model: string; // mô hình, cách làm hay
  discovery_source: DiscoverySource;
  discovery_note: string | null;
  discovered_on: string;
  year: number;
  stage: ExampleStage;
  stage_on: string; // date of the last stage change
  summary_text: string | null; // bài tổng kết (public once summed up)
  internal_note: string | null; // never published
  drop_reason: string | null;
  search_text: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** One stage change, dated, with who moved it. */
export interface TypicalExampleStageTable {
  id: string;
  tenant_id: string;
  example_id: string;
  from_stage: ExampleStage | null;
  to_stage: ExampleStage;
  on_date: string;
  note: string | null;
  actor_id: string | null;
  actor_name: string;
  created_at: string;
}

/** Evidence, media coverage, nurturing actions. */
export interface TypicalExampleEntryTable {
  id: string;
  tenant_id: string;
  example_id: string;
  kind: Exclude<EntryKind, 'REPLICATION'>; // replications have their own table
  entry_date: string;
  content: string; // what was done / the evidence / the article's title
  outlet: string | null; // media: newspaper, radio …
  link: string | null;
  by_whom: string | null; // nurturing: who did it
  created_by: string;
  created_at: string;
}

/** A unit that adopted the model: when and with what result. */
export interface TypicalExampleReplicationTable {
  id: string;
  tenant_id: string;
  example_id: string;
  unit_id: string;
  adopted_on: string;
  result: string;
  created_by: string;
  created_at: string;
}

/** Links to commendations: awards already received (kind AWARD) and proposals made from the example (PROPOSAL). */
export interface TypicalExampleLinkTable {
  example_id: string;
  kind: ExampleLinkKind;
  ref_id: string;
  created_at: string;
}

export interface ExampleTables {
  typical_examples: TypicalExampleTable;
  typical_example_stages: TypicalExampleStageTable;
  typical_example_entries: TypicalExampleEntryTable;
  typical_example_replications: TypicalExampleReplicationTable;
  typical_example_links: TypicalExampleLinkTable;
}
