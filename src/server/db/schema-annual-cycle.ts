import type { Generated } from 'kysely';
import type { CalendarKind } from '../../core/calendar/national-days';
import type { InboxTaskKind, InboxTaskStatus } from '../../core/inbox/task-kinds';
import type { MovementState } from '../../core/movements/movement-lifecycle';
import type { MovementScope, MovementType } from '../../core/movements/movement-types';
import type { SubjectKind as RegistrationSubjectKind } from '../../core/movements/registration';
import type { Classification } from '../../core/scoring/classification';
import type { CriterionOwnerKind } from '../../core/scoring/criteria';
import type { Review, ReviewKind } from '../../core/scoring/review-lock';
import type { SheetRole } from '../../core/scoring/score-sheets';

/**
 * The annual emulation cycle: movements with their units and criteria, the calendar of days they are
 * tied to, registrations, reviews (sơ kết, tổng kết) with their scores, and the inbox of tasks.
 */
export interface MovementTable {
  id: string;
  tenant_id: string;
  name: string;
  search_text: string;
  type: MovementType;
  scope: MovementScope;
  fields: string; // JSON string[]
  basis: string | null;
  description: string | null;
  start_date: string | null;
  end_date: string | null;
  year: number | null;
  launched_by: string | null;
  status: MovementState;
  created_by: string | null;
  created_at: string;
  catalogue_code: string | null;
  registration_deadline: string | null;
  calendar_day_id: string | null;
  /** Defaults to 0 (column default), so older inserts need not name it. */
  mid_review_rounds: Generated<number>;
}

export interface MovementUnitTable {
  movement_id: string;
  unit_id: string;
}

export interface CriterionTable {
  id: string;
  tenant_id: string;
  owner_kind: CriterionOwnerKind;
  owner_id: string;
  position: number;
  name: string;
  group_name: string | null;
  description: string | null;
  weight: number;
  min_score: number;
  max_score: number;
}

export interface CalendarDayTable {
  id: string;
  tenant_id: string;
  code: string;
  month_day: string; // MM-DD
  name: string;
  kind: CalendarKind;
  since: number | null;
  years_round: number | null;
  updated_at: string;
}

export interface RegistrationTable {
  id: string;
  tenant_id: string;
  year: number;
  movement_id: string | null;
  subject_kind: RegistrationSubjectKind;
  subject_id: string;
  unit_id: string;
  titles: string; // JSON string[] of law catalogue codes
  target_ids: string; // JSON string[]
  pledge: string | null;
  registered_on: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ReviewTable {
  id: string;
  tenant_id: string;
  movement_id: string | null;
  kind: ReviewKind;
  round: number;
  year: number;
  title: string;
  status: Review['status'];
  score_deadline: string | null;
  assessment: string | null;
  figures: string | null; // JSON ReviewFigures, frozen when locked
  locked_on: string | null;
  locked_by: string | null;
  created_by: string;
  created_at: string;
}

export interface ReviewUnitTable {
  review_id: string;
  unit_id: string;
  assessment: string | null;
  self_total: number | null;
  final_total: number | null;
  rank: number | null;
  tied: number | null;
  decided_by: string | null;
  classification: Classification | null;
  proposal_id: string | null;
}

export interface ScoreEntryTable {
  review_id: string;
  unit_id: string;
  role: SheetRole;
  reviewer_id: string;
  criterion_id: string;
  value: number;
  evidence: string | null;
  note: string | null;
  updated_by: string;
  updated_at: string;
}

export interface InboxTaskTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  kind: InboxTaskKind;
  title: string;
  body: string | null;
  link: string | null;
  due_date: string | null;
  movement_id: string | null;
  review_id: string | null;
  status: InboxTaskStatus;
  done_by: string | null;
  done_at: string | null;
  created_by: string;
  created_at: string;
}

export interface AnnualCycleTables {
  movements: MovementTable;
  movement_units: MovementUnitTable;
  criteria: CriterionTable;
  calendar_days: CalendarDayTable;
  registrations: RegistrationTable;
  reviews: ReviewTable;
  review_units: ReviewUnitTable;
  score_entries: ScoreEntryTable;
  inbox_tasks: InboxTaskTable;
}
