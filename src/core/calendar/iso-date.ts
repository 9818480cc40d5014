/**
 * Calendar dates as `YYYY-MM-DD` strings (ngày theo lịch, không có giờ), displayed dd/mm/yyyy.
 * Arithmetic goes through UTC midnight so it is the same in Node and in every browser time zone.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `s` is a real calendar date in `YYYY-MM-DD` form (rejects 2024-02-30). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Days since 1970-01-01 (UTC) — the unit of all date arithmetic here. Throws on a malformed date. */
export function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `b − a` in days (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Builds `YYYY-MM-DD` from a year and `MM-DD`; null when the day does not exist that year (29/02). */
export function dateInYear(year: number, monthDay: string): IsoDate | null {
  const candidate = `${String(year).padStart(4, '0')}-${monthDay}`;
  return isIsoDate(candidate) ? candidate : null;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * The date in Vietnam (UTC+7, no daylight saving) at the instant `now`: the commune's "today", whatever
 * the time zone of the computer (a server in UTC, a browser abroad).
 */
export function vietnamDate(now: Date): IsoDate {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
