/** Changing the commune's calendar: add, change, delete a day, load the national defaults (audited). */
import type { Transaction } from 'kysely';
import type { CalendarDayBody } from '../../contract/calendar';
import { type CalendarEntry, DEFAULT_CALENDAR, validateCalendarEntry } from '../../core/calendar';
import { type AuditActor, writeAudit } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { type Clock, isoNow } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../http/errors';
import { loadCalendar } from './calendar-queries';

/** Adds the national default days the commune does not have yet (by code); returns how many. */
export async function addDefaultDays(
  trx: Transaction<Database> | Db,
  clock: Clock,
  tenantId: string,
): Promise<number> {
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
        updated_at: isoNow(clock),
      })
      .execute();
    n++;
  }
  return n;
}

function check(input: CalendarDayBody, others: CalendarEntry[]): void {
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

export async function createDay(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  b: CalendarDayBody,
): Promise<{ id: string }> {
  check(b, await loadCalendar(db, u.tenantId));
  const id = newId();
  await db.transaction().execute(async (trx) => {
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
        updated_at: isoNow(clock),
      })
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'calendar_day',
      entityId: id,
      action: 'create',
      summary: `Thêm ngày kỷ niệm "${b.name}" (${b.monthDay})`,
      data: b,
    });
  });
  return { id };
}

export async function updateDay(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
  b: CalendarDayBody,
): Promise<{ id: string }> {
  const all = await loadCalendar(db, u.tenantId);
  const current = all.find((d) => d.rowId === id);
  if (!current) throw notFound('ngày kỷ niệm');
  check(
    b,
    all.filter((d) => d.rowId !== id),
  );
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('calendar_days')
      .set({
        code: b.code,
        month_day: b.monthDay,
        name: b.name,
        kind: b.kind,
        since: b.since ?? null,
        years_round: b.yearsRound ?? null,
        updated_at: isoNow(clock),
      })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, clock, actor, {
      entityType: 'calendar_day',
      entityId: id,
      action: 'update',
      summary: `Sửa ngày kỷ niệm "${b.name}"`,
      data: { before: current, after: b },
    });
  });
  return { id };
}

/** Delete a day, unless a phase movement is attached to it. */
export async function deleteDay(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  id: string,
): Promise<{ ok: true }> {
  await db.transaction().execute(async (trx) => {
    const d = await trx
      .selectFrom('calendar_days')
      .selectAll()
      .where('id', '=', id)
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
    await writeAudit(trx, clock, actor, {
      entityType: 'calendar_day',
      entityId: d.id,
      action: 'delete',
      summary: `Xóa ngày kỷ niệm "${d.name}"`,
      data: d,
    });
  });
  return { ok: true };
}

/** Load the national default days the commune does not have yet. */
export async function loadDefaultDays(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
): Promise<{ added: number }> {
  const added = await db.transaction().execute(async (trx) => {
    const n = await addDefaultDays(trx, clock, u.tenantId);
    if (n > 0)
      await writeAudit(trx, clock, actor, {
        entityType: 'calendar_day',
        entityId: u.tenantId,
        action: 'defaults',
        summary: `Nạp ${n} ngày lễ, kỷ niệm mặc định`,
      });
    return n;
  });
  return { added };
}
