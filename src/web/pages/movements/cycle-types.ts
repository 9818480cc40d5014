/** Shapes of the annual-cycle API (movements, registrations, reviews, inbox, calendar, dashboard) as the web reads them. */
import type { MovementAction, MovementState } from '../../../core/movements';
import type { Criterion } from '../../../core/scoring';

export interface MovementRow {
  id: string;
  name: string;
  type: 'THUONG_XUYEN' | 'THEO_DOT' | 'CHUYEN_DE';
  scope: string;
  fields: string[];
  basis: string | null;
  description: string | null;
  startDate: string | null;
  endDate: string | null;
  year: number | null;
  launchedBy: string | null;
  status: MovementState;
  catalogueCode: string | null;
  registrationDeadline: string | null;
  calendarDayId: string | null;
  midReviewRounds: number;
  participantCount: number;
  myUnitTakesPart: boolean | null;
}

export interface MovementDetail extends Omit<MovementRow, 'participantCount' | 'myUnitTakesPart'> {
  participants: { id: string; name: string; kind: string }[];
  criteria: Criterion[];
  actions: MovementAction[];
  reviews: {
    id: string;
    kind: string;
    round: number;
    title: string;
    status: string;
    lockedOn: string | null;
  }[];
}

export interface CatalogueMovement {
  code: string;
  name: string;
  type: MovementRow['type'];
  launchedBy: string;
  basis: string;
  period?: string;
  fields: string[];
  inCommune: boolean;
}

export interface RegistrationRow {
  id: string;
  subjectKind: 'UNIT' | 'INDIVIDUAL';
  subjectId: string;
  subjectName: string;
  unitId: string;
  ownerUnitId: string;
  titles: string[];
  targetIds: string[];
  pledge: string | null;
  registeredOn: string;
}

export interface RegistrationList {
  deadline: string;
  status: MovementState;
  registrations: RegistrationRow[];
  missing: { kind: string; id: string; name: string }[];
  coverage: { participants: number; registered: number; missing: number; share: number };
}

export interface RankRow {
  unitId: string;
  unitName: string;
  rank: number;
  tied: boolean;
  decidedBy: string;
  selfTotal: number | null;
  reviewerTotal: number | null;
  finalTotal: number;
  basis: string;
  classification: string;
  classificationLabel: string;
  disagreements: { criterionId: string; kind: string; message: string }[];
  missing: string[];
}

export interface ReviewFiguresView {
  participants: number;
  registered: number;
  registrationShare: number;
  scored: number;
  byClassification: Record<string, number>;
  averageTotal: number;
  unitsWithDisagreements: number;
  proposals: number;
  awards: number;
  asOf: string;
  targets: { total: number; completed: number; text?: string };
}

export interface ReviewView {
  id: string;
  movementId: string | null;
  kind: 'SO_KET' | 'TONG_KET';
  kindLabel: string;
  round: number;
  year: number;
  title: string;
  status: 'OPEN' | 'LOCKED';
  lockedOn: string | null;
  lockedBy: string | null;
  assessment: string | null;
  scoreDeadline: string | null;
  figures: ReviewFiguresView;
  criteria: Criterion[];
  units: {
    id: string;
    name: string;
    kind: string;
    assessment: string | null;
    proposalId: string | null;
    /** The unit's own review record figures (core unitReviewFigures). */
    figures: {
      registered: boolean;
      registeredTitles: string[];
      result: {
        rank: number;
        of: number;
        finalTotal: number;
        classification: string;
        disagreements: number;
      } | null;
      targets: { completed: number; total: number };
    } | null;
  }[];
  sheets: {
    unitId: string;
    role: 'SELF' | 'REVIEWER' | 'COUNCIL';
    reviewerId?: string;
    reviewerName?: string;
    scores: { criterionId: string; value: number; evidence?: string }[];
  }[];
  ranking: RankRow[];
  unscored: string[];
  tieRules: { rule: string; label: string }[];
  canLock: boolean;
}
