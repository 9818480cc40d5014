import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { seesWholeCommune } from '../../core/auth/roles';
import { today } from '../db/ids';
import type { AppDeps } from '../deps';
import { requireUser } from '../http/context';
import { communeDashboard, dashboardYear, overlapsYear } from './dashboard-queries';

/**
 * GET /api/dashboard — by role: the officer, the chairman (and other commune-wide roles) see the
 * commune's figures; a unit head sees their unit's open tasks and the movements it takes part in.
 */
export const dashboardRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/dashboard',
      { schema: { querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) } },
      async (req) => {
        const u = requireUser(req);
        const year = await dashboardYear(db, u.tenantId, req.query.year);
        const day = today();
        if (seesWholeCommune(u.role)) {
          return {
            scope: 'COMMUNE' as const,
            year,
            today: day,
            commune: await communeDashboard(db, u.tenantId, year, day),
            unit: null,
          };
        }
        const unitId = u.unitId ?? '';
        const tasks = await db
          .selectFrom('inbox_tasks')
          .selectAll()
          .where('tenant_id', '=', u.tenantId)
          .where('unit_id', '=', unitId)
          .where('status', '=', 'OPEN')
          .orderBy('due_date')
          .execute();
        const movements = (
          await db
            .selectFrom('movement_units as mu')
            .innerJoin('movements as m', 'm.id', 'mu.movement_id')
            .select(['m.id', 'm.name', 'm.status', 'm.registration_deadline', 'm.start_date', 'm.end_date'])
            .where('mu.unit_id', '=', unitId)
            .where('m.status', 'in', ['LAUNCHED', 'RUNNING', 'MID_REVIEW', 'FINAL_REVIEW'])
            .execute()
        ).filter((m) => overlapsYear(m, year));
        const registered = new Set(
          (
            await db
              .selectFrom('registrations')
              .select('movement_id')
              .where('subject_kind', '=', 'UNIT')
              .where('subject_id', '=', unitId)
              .execute()
          ).map((r) => r.movement_id),
        );
        const unit = await db
          .selectFrom('organisations')
          .select('name')
          .where('id', '=', unitId)
          .executeTakeFirst();
        return {
          scope: 'UNIT' as const,
          year,
          today: day,
          commune: null,
          unit: {
            id: unitId,
            name: unit?.name ?? '',
            tasks: tasks.map((t) => ({
              id: t.id,
              kind: t.kind,
              title: t.title,
              link: t.link,
              dueDate: t.due_date,
              overdue: t.due_date !== null && t.due_date < day,
            })),
            movements: movements.map((m) => ({
              id: m.id,
              name: m.name,
              status: m.status,
              registered: registered.has(m.id),
              registrationDeadline: m.registration_deadline ?? m.end_date,
            })),
          },
        };
      },
    );
  };
