/**
 * Deadlines (thời hạn) as the pages show them: the law's (Decree 86/2023, Circular 02/2023 …), the
 * commune's plan's (scoring) and the movements' (registration), each with its article. Served by the
 * calendar (the year's deadlines) and the inbox (those waiting on the user).
 */
import {
  DEADLINE_ACTIONS,
  DEADLINE_KIND_LABELS,
  DEADLINE_KINDS,
  DEADLINE_SEVERITIES,
  type Deadline,
} from '../core/deadlines';
import { Id, IsoDate } from './common';
import { z } from './zod';

export const DeadlineView = z.object({
  id: z.string(),
  rule: z.string(),
  /** The last day the action is on time (inclusive). */
  date: IsoDate,
  action: z.enum(DEADLINE_ACTIONS),
  label: z.string(),
  article: z.string(),
  kind: z.enum(DEADLINE_KINDS),
  kindLabel: z.string(),
  severity: z.enum(DEADLINE_SEVERITIES),
  tag: z.enum(['V', 'S', 'U']),
  audience: z.enum(['OFFICER', 'UNIT']),
  unitId: Id.optional(),
  refId: z.string().optional(),
  link: z.string().optional(),
  /** The day has passed (by the commune's clock). */
  past: z.boolean(),
});
export type DeadlineView = z.infer<typeof DeadlineView>;

export const toDeadlineView = (d: Deadline, today: string): DeadlineView => ({
  ...d,
  kindLabel: DEADLINE_KIND_LABELS[d.kind],
  past: d.date < today,
});

export const PeriodRuleView = z.object({
  id: z.string(),
  what: z.string(),
  period: z.string(),
  article: z.string(),
  severity: z.enum(DEADLINE_SEVERITIES),
  tag: z.enum(['V', 'S', 'U']),
});

export const YearDeadlines = z.object({
  year: z.number(),
  today: IsoDate,
  deadlines: z.array(DeadlineView),
  /** Time limits counted from an event (disclosure, publication …). */
  periods: z.array(PeriodRuleView),
});
export type YearDeadlines = z.infer<typeof YearDeadlines>;

export const UpcomingDeadlines = z.object({
  today: IsoDate,
  /** The last day of the window. */
  until: IsoDate,
  deadlines: z.array(DeadlineView),
});
export type UpcomingDeadlines = z.infer<typeof UpcomingDeadlines>;
