import type { InitiativeLevel, RatingCode } from '../../core/law/types';

/** What the law reads about a person besides awards: yearly ratings, recognised initiatives, disciplines. */
export interface RatingTable {
  id: string;
  tenant_id: string;
  person_id: string | null;
  unit_id: string | null; // a collective's own rating
  year: number;
  rating: RatingCode;
  source: string;
  created_at: string;
}

export interface InitiativeTable {
  id: string;
  tenant_id: string;
  person_id: string;
  year: number;
  title: string;
  level: InitiativeLevel;
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

export interface PersonRecordTables {
  ratings: RatingTable;
  initiatives: InitiativeTable;
  disciplines: DisciplineTable;
}
