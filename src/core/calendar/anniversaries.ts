import { formatDateVi } from '../text';
import { dateInYear, type IsoDate } from './iso-date';
import { type CalendarEntry, DEFAULT_CALENDAR, DEFAULT_ROUND_STEP } from './national-days';

/** One day of the calendar as it falls in a given year. */
export interface Occurrence {
  entryId: string;
  date: IsoDate;
  name: string;
  kind: CalendarEntry['kind'];
  /** Years since the original event (null when the entry has no `since`). */
  years: number | null;
  /** Round anniversary (kỷ niệm năm chẵn): `years` is a positive multiple of the entry's step. */
  isRound: boolean;
  /** A decade anniversary (multiple of 10), the ones usually celebrated most widely. */
  isDecade: boolean;
  /** Heading used in plans, e.g. "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)". */
  title: string;
}

function occurrence(entry: CalendarEntry, year: number): Occurrence | null {
  const date = dateInYear(year, entry.date);
  if (!date) return null;
  const years = entry.since !== undefined && entry.since < year ? year - entry.since : null;
  const step = entry.yearsRound ?? DEFAULT_ROUND_STEP;
  const isRound = years !== null && step > 0 && years % step === 0;
  const title =
    years === null || entry.since === undefined
      ? entry.name
      : `Kỷ niệm ${years} năm ${entry.name} (${formatDateVi(`${entry.since}-${entry.date}`)} - ${formatDateVi(date)})`;
  return {
    entryId: entry.id,
    date,
    name: entry.name,
    kind: entry.kind,
    years,
    isRound,
    isDecade: isRound && years % 10 === 0,
    title,
  };
}

/** Every calendar day as it falls in `year`, in date order (29/02 entries are skipped in common years). */
export function occurrencesIn(
  year: number,
  calendar: readonly CalendarEntry[] = DEFAULT_CALENDAR,
): Occurrence[] {
  return calendar
    .map((e) => occurrence(e, year))
    .filter((o): o is Occurrence => o !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.entryId.localeCompare(b.entryId)));
}

/**
 * Round anniversaries (kỷ niệm năm chẵn) in `year`, e.g. 2025: 95 năm thành lập Đảng, 50 năm giải phóng
 * miền Nam, 135 năm Ngày sinh Chủ tịch Hồ Chí Minh, 80 năm Cách mạng tháng Tám và Quốc khánh.
 */
export function anniversariesIn(
  year: number,
  calendar: readonly CalendarEntry[] = DEFAULT_CALENDAR,
): Occurrence[] {
  return occurrencesIn(year, calendar).filter((o) => o.isRound);
}
