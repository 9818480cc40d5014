/** The dashboard (Tổng quan): the commune's year for officers and the chairman, a unit's tasks for its head. */

import { INBOX_TASK_KINDS } from '../core/inbox/task-kinds';
import { MOVEMENT_STATES } from '../core/movements';
import { GENDERS, PERSON_CATEGORIES } from '../core/people/person-categories';
import { Id, IsoDate } from './common';
import { endpoint } from './endpoint';
import { z } from './zod';

export const Share = z.object({ count: z.number(), base: z.number(), share: z.number() });

/** How the year's awards are spread (cơ cấu khen thưởng). */
export const AwardSpread = z.object({
  total: z.number(),
  individuals: z.number(),
  collectives: z.number(),
  households: z.number(),
  smallCollectives: Share,
  collectivesSizeUnknown: z.number(),
  directWorkers: Share,
  leaders: Share,
  women: Share,
  byGender: z.record(z.enum([...GENDERS, 'UNKNOWN']), z.number()),
  byCategory: z.record(z.enum([...PERSON_CATEGORIES, 'UNKNOWN']), z.number()),
  byAward: z.record(z.string(), z.number()),
});
export type AwardSpread = z.infer<typeof AwardSpread>;

export const TargetsSummary = z.object({
  completed: z.number(),
  total: z.number(),
  atRisk: z.number(),
  notCompleted: z.number(),
  text: z.string(),
  byField: z.record(z.string(), z.object({ completed: z.number(), total: z.number() })),
  atRiskIds: z.array(Id),
});

/** The commune's year at a glance (computed by `core/reports/dashboard.ts`). */
export const CommuneDashboard = z.object({
  targets: TargetsSummary,
  targetsAtRisk: z.array(z.object({ id: Id, code: z.string(), name: z.string(), label: z.string() })),
  movementsInProgress: z.array(z.object({ id: Id, name: z.string(), state: z.enum(MOVEMENT_STATES) })),
  registrationsMissing: z.array(
    z.object({
      movementId: Id,
      movementName: z.string(),
      missing: z.array(z.object({ kind: z.enum(['UNIT', 'INDIVIDUAL']), id: Id, name: z.string() })),
    }),
  ),
  deadlinesThisWeek: z.array(
    z.object({
      date: IsoDate,
      label: z.string(),
      kind: z.enum(['REGISTRATION', 'MOVEMENT_END', 'LEGAL', 'OTHER']),
      refId: Id.optional(),
      article: z.string().optional(),
      link: z.string().optional(),
      text: z.string(),
    }),
  ),
  awards: AwardSpread,
});
export type CommuneDashboard = z.infer<typeof CommuneDashboard>;

/** A unit head's view: the unit's open tasks and the live movements it takes part in. */
export const UnitDashboard = z.object({
  id: Id,
  name: z.string(),
  tasks: z.array(
    z.object({
      id: Id,
      kind: z.enum(INBOX_TASK_KINDS),
      title: z.string(),
      link: z.string().nullable(),
      dueDate: IsoDate.nullable(),
      overdue: z.boolean(),
    }),
  ),
  movements: z.array(
    z.object({
      id: Id,
      name: z.string(),
      status: z.enum(MOVEMENT_STATES),
      registered: z.boolean(),
      registrationDeadline: IsoDate.nullable(),
    }),
  ),
});
export type UnitDashboard = z.infer<typeof UnitDashboard>;

export const DashboardView = z.object({
  /** COMMUNE for the roles that see the whole commune, UNIT for a unit head. */
  scope: z.enum(['COMMUNE', 'UNIT']),
  year: z.number(),
  today: IsoDate,
  commune: CommuneDashboard.nullable(),
  unit: UnitDashboard.nullable(),
});
export type DashboardView = z.infer<typeof DashboardView>;

export const dashboardApi = {
  dashboard: endpoint({
    method: 'GET',
    path: '/dashboard',
    summary:
      'Tổng quan của năm (mặc định: năm nay nếu có chỉ tiêu, nếu không năm của kế hoạch gần nhất): của xã, hoặc của đơn vị (trưởng đơn vị)',
    access: 'dashboard.read',
    query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
    response: DashboardView,
  }),
};
