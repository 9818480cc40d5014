import type { ExampleAction, ExampleStage } from '../../../core/examples';

/** Shapes of /api/examples answers, as the pages read them. */
export interface ExampleRow {
  id: string;
  subjectKind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD';
  subjectName: string;
  title: string;
  model: string;
  field: string;
  stage: ExampleStage;
  stageOn: string;
  year: number;
  discoverySource: string;
  discoveredOn: string;
  unitId: string;
  unitName: string;
  movementName: string | null;
  replicationCount: number;
}

export interface ExampleEntry {
  id: string;
  date: string;
  content: string;
  outlet: string | null;
  link: string | null;
  byWhom: string | null;
}

export interface ExampleDetail extends Omit<ExampleRow, 'movementName'> {
  personId: string | null;
  subjectUnitId: string | null;
  householdId: string | null;
  movementId: string | null;
  movementName: string | null;
  discoveryNote: string | null;
  summaryText: string | null;
  internalNote: string | null;
  dropReason: string | null;
  version: number;
  actions: ExampleAction[];
  stages: {
    id: string;
    from: ExampleStage | null;
    to: ExampleStage;
    on: string;
    note: string | null;
    by: string;
  }[];
  evidence: ExampleEntry[];
  media: ExampleEntry[];
  nurturing: ExampleEntry[];
  replications: { id: string; unitId: string; unitName: string; adoptedOn: string; result: string }[];
  proposals: { id: string; awardCode: string; awardName: string; year: number; status: string }[];
  awards: {
    id: string;
    awardCode: string;
    awardName: string;
    year: number;
    decision: string;
    decisionDate: string;
    revoked: boolean;
    linked: boolean;
  }[];
}

export interface PublicExample {
  id: string;
  subjectName: string;
  title: string;
  model: string;
  field: string;
  stage: ExampleStage;
  story: string;
  year: number;
  unitName: string;
  commune: string;
  replicatedIn: { unitName: string; adoptedOn: string }[];
  media: { date: string; title: string; outlet: string | null; link: string | null }[];
}

export const STAGE_COLORS: Record<ExampleStage, string> = {
  DISCOVERED: 'blue',
  NURTURING: 'gold',
  SUMMED_UP: 'green',
  REPLICATING: 'purple',
  DROPPED: 'default',
};

export const SUBJECT_KIND_LABELS: Record<ExampleRow['subjectKind'], string> = {
  INDIVIDUAL: 'Cá nhân',
  COLLECTIVE: 'Tập thể',
  HOUSEHOLD: 'Hộ gia đình',
};

/** Fields the commune's movements cover; free text is allowed too. */
export const EXAMPLE_FIELDS = [
  'Nông nghiệp',
  'Giáo dục',
  'Y tế',
  'Giảm nghèo, an sinh xã hội',
  'Văn hóa, xã hội',
  'Xây dựng nông thôn mới',
  'Quốc phòng, an ninh',
  'Môi trường',
];
