import type { Generated } from 'kysely';
import type { InitiativeKind, RecordSource } from '../../core/history/history-terms';
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
  kind: Generated<InitiativeKind>;
  recognized_on: Generated<string | null>;
  /** phạm vi ảnh hưởng: CO_SO | TINH | TOAN_QUOC */
  scope: Generated<string | null>;
  source: Generated<RecordSource>;
  updated_at: Generated<string | null>;
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
  decision_ref: Generated<string | null>;
  source: Generated<RecordSource>;
  updated_at: Generated<string | null>;
}

export interface PersonRecordTables {
  ratings: RatingTable;
  initiatives: InitiativeTable;
  disciplines: DisciplineTable;
}
