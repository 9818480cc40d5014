import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import {
  CALENDAR_KIND_LABELS,
  type CalendarEntry,
  type CalendarKind,
  DEFAULT_CALENDAR,
  occurrencesIn,
  suggestPhaseMovements,
  validateCalendarEntry,
} from '../../core/calendar';
import { writeAudit } from '../audit/audit-log';
import type { Db } from '../db/connect';
import { newId, nowIso } from '../db/ids';
import type { CalendarDayTable, Database } from '../db/schema';
import type { AppDeps } from '../deps';
import { actorOf, requireUser } from '../http/context';
import { AppError, notFound } from '../http/errors';

const KINDS = Object.keys(CALENDAR_KIND_LABELS) as [CalendarKind, ...CalendarKind[]];
const DayBody = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Thiếu mã ngày kỷ niệm')
    .max(60)
    .regex(/^[a-z0-9-]+$/, 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang'),
  monthDay: z.string().regex(/^\d{2}-\d{2}$/, 'Ngày cần dạng MM-DD, ví dụ 09-02'),
  name: z.string().trim().min(3, 'Tên ngày kỷ niệm quá ngắn').max(300),
  kind: z.enum(KINDS, { message: 'Loại ngày kỷ niệm không hợp lệ' }),
  since: z.number().int().nullable().optional(),
  yearsRound: z.number().int().nullable().optional(),
});
type DayInput = z.infer<typeof DayBody>;

const toEntry = (
  d: Pick<CalendarDayTable, 'code' | 'month_day' | 'name' | 'kind' | 'since' | 'years_round'>,
): CalendarEntry => ({
  id: d.code,
  date: d.month_day,
  name: d.name,
  kind: d.kind as CalendarKind,
  ...(d.since !== null ? { since: d.since } : {}),
  ...(d.years_round !== null ? { yearsRound: d.years_round } : {}),
});

/** The commune's calendar of national holidays and anniversaries (data an officer edits). */
export async function loadCalendar(db: Db, tenantId: string): Promise<(CalendarEntry & { rowId: string })[]> {
  const rows = await db
    .selectFrom('calendar_days')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('month_day')
    .execute();
  return rows.map((r) => ({ ...toEntry(r), rowId: r.id }));
}

/** Adds the national default days the commune does not have yet (by code); returns how many. */
export async function addDefaultDays(trx: Transaction<Database> | Db, tenantId: string): Promise<number> {
  const have = new Set(
    (await trx.selectFrom('calendar_days').select('code').where('tenant_id', '=', tenantId).execute()).map(
      (r) => r.code,
    ),
  );
  let n = 0;
  for (const e of DEFAULT_CALENDAR) {
    if (have.has(e.id)) continue;
    await trx
      .insertInto('calendar_days')
      .values({
        id: newId(),
        tenant_id: tenantId,
        code: e.id,
        month_day: e.date,
        name: e.name,
        kind: e.kind,
        since: e.since ?? null,
        years_round: e.yearsRound ?? null,
        updated_at: nowIso(),
      })
      .execute();
    n++;
  }
  return n;
}

function check(input: DayInput, others: CalendarEntry[]): void {
  const entry: CalendarEntry = {
    id: input.code,
    date: input.monthDay,
    name: input.name,
    kind: input.kind,
    ...(input.since != null ? { since: input.since } : {}),
    ...(input.yearsRound != null ? { yearsRound: input.yearsRound } : {}),
  };
  const errors = validateCalendarEntry(entry, others);
  if (errors.length)
    throw new AppError('INVALID_CALENDAR_DAY', errors.map((e) => e.message).join(' '), errors);
}

const Params = z.object({ id: z.string() });
const MANAGERS = ['ADMIN', 'CAN_BO_TDKT'] as const;

export const calendarRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/calendar-days',
      { schema: { querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) } },
      async (req) => {
        const u = requireUser(req);
        const days = await loadCalendar(db, u.tenantId);
        const year = req.query.year ?? new Date().getUTCFullYear();
        return {
          year,
          days: days.map((d) => ({ ...d, kindLabel: CALENDAR_KIND_LABELS[d.kind] })),
          occurrences: occurrencesIn(year, days),
        };
      },
    );

    app.get(
      '/calendar-days/suggestions',
      { schema: { querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) } },
      async (req) => {
        const u = requireUser(req);
        return suggestPhaseMovements(await loadCalendar(db, u.tenantId), req.query.year);
      },
    );

    app.post('/calendar-days', { schema: { body: DayBody } }, async (req, reply) => {
      const u = requireUser(req, MANAGERS);
      check(req.body, await loadCalendar(db, u.tenantId));
      const id = newId();
      await db.transaction().execute(async (trx) => {
        const b = req.body;
        await trx
          .insertInto('calendar_days')
          .values({
            id,
            tenant_id: u.tenantId,
            code: b.code,
            month_day: b.monthDay,
            name: b.name,
            kind: b.kind,
            since: b.since ?? null,
            years_round: b.yearsRound ?? null,
            updated_at: nowIso(),
          })
          .execute();
        await writeAudit(trx, actorOf(req, u), {
          entityType: 'calendar_day',
          entityId: id,
          action: 'create',
          summary: `Thêm ngày kỷ niệm "${b.name}" (${b.monthDay})`,
          data: b,
        });
      });
      return reply.status(201).send({ id });
    });

    app.put('/calendar-days/:id', { schema: { params: Params, body: DayBody } }, async (req) => {
      const u = requireUser(req, MANAGERS);
      const all = await loadCalendar(db, u.tenantId);
      const current = all.find((d) => d.rowId === req.params.id);
      if (!current) throw notFound('ngày kỷ niệm');
      check(
        req.body,
        all.filter((d) => d.rowId !== req.params.id),
      );
      await db.transaction().execute(async (trx) => {
        const b = req.body;
        await trx
          .updateTable('calendar_days')
          .set({
            code: b.code,
            month_day: b.monthDay,
            name: b.name,
            kind: b.kind,
            since: b.since ?? null,
            years_round: b.yearsRound ?? null,
            updated_at: nowIso(),
          })
          .where('id', '=', req.params.id)
          .execute();
        await writeAudit(trx, actorOf(req, u), {
          entityType: 'calendar_day',
          entityId: req.params.id,
          action: 'update',
          summary: `Sửa ngày kỷ niệm "${b.name}"`,
          data: { before: current, after: b },
        });
      });
      return { id: req.params.id };
    });

    app.delete('/calendar-days/:id', { schema: { params: Params } }, async (req) => {
      const u = requireUser(req, MANAGERS);
      await db.transaction().execute(async (trx) => {
        const d = await trx
          .selectFrom('calendar_days')
          .selectAll()
          .where('id', '=', req.params.id)
          .where('tenant_id', '=', u.tenantId)
          .executeTakeFirst();
        if (!d) throw notFound('ngày kỷ niệm');
        const used = await trx
          .selectFrom('movements')
          .select('id')
          .where('calendar_day_id', '=', d.id)
          .executeTakeFirst();
        if (used)
          throw new AppError(
            'CALENDAR_DAY_IN_USE',
            `Ngày "${d.name}" đang gắn với một phong trào theo đợt, không thể xóa.`,
          );
        await trx.deleteFrom('calendar_days').where('id', '=', d.id).execute();
        await writeAudit(trx, actorOf(req, u), {
          entityType: 'calendar_day',
          entityId: d.id,
          action: 'delete',
          summary: `Xóa ngày kỷ niệm "${d.name}"`,
          data: d,
        });
      });
      return { ok: true };
    });

    app.post('/calendar-days/defaults', async (req) => {
      const u = requireUser(req, MANAGERS);
      const added = await db.transaction().execute(async (trx) => {
        const n = await addDefaultDays(trx, u.tenantId);
        if (n > 0)
          await writeAudit(trx, actorOf(req, u), {
            entityType: 'calendar_day',
            entityId: u.tenantId,
            action: 'defaults',
            summary: `Nạp ${n} ngày lễ, kỷ niệm mặc định`,
          });
        return n;
      });
      return { added };
    });
  };
