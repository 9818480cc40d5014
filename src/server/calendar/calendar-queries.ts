/** Reading the commune's calendar of holidays and anniversaries, and the phase movements it suggests. */
import type { CalendarDay, Occurrence, PhaseSuggestion } from '../../contract/calendar';
import {
  CALENDAR_KIND_LABELS,
  type CalendarEntry,
  occurrencesIn,
  suggestPhaseMovements,
} from '../../core/calendar';
import type { Db } from '../db/connect';
import type { CalendarDayTable } from '../db/schema';

const toEntry = (
  d: Pick<CalendarDayTable, 'code' | 'month_day' | 'name' | 'kind' | 'since' | 'years_round'>,
): CalendarEntry => ({
  id: d.code,
  date: d.month_day,
  name: d.name,
  kind: d.kind,
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

/** The calendar's days and where they fall in `year`. */
export async function calendarOfYear(
  db: Db,
  tenantId: string,
  year: number,
): Promise<{ year: number; days: CalendarDay[]; occurrences: Occurrence[] }> {
  const days = await loadCalendar(db, tenantId);
  return {
    year,
    days: days.map((d) => ({ ...d, kindLabel: CALENDAR_KIND_LABELS[d.kind] })),
    occurrences: occurrencesIn(year, days),
  };
}

/** Phase movements suggested for the round anniversaries of `year`. */
export async function phaseSuggestions(db: Db, tenantId: string, year: number): Promise<PhaseSuggestion[]> {
  return suggestPhaseMovements(await loadCalendar(db, tenantId), year);
}
