import { dateInYear } from './iso-date';
import { CALENDAR_KIND_LABELS, type CalendarEntry } from './national-days';

export interface CalendarEntryError {
  field: 'id' | 'date' | 'name' | 'kind' | 'since' | 'yearsRound';
  message: string;
}

/** Checks one entry an officer typed into the calendar; every problem is reported. */
export function validateCalendarEntry(
  entry: CalendarEntry,
  others: readonly CalendarEntry[] = [],
): CalendarEntryError[] {
  const errors: CalendarEntryError[] = [];
  if (!entry.id.trim()) errors.push({ field: 'id', message: 'Thiếu mã ngày kỷ niệm.' });
  else if (others.some((o) => o.id === entry.id))
    errors.push({ field: 'id', message: `Mã "${entry.id}" đã có trong lịch.` });
  // 2024 is a leap year, so 02-29 is accepted here (it simply has no occurrence in common years).
  if (!/^\d{2}-\d{2}$/.test(entry.date) || dateInYear(2024, entry.date) === null) {
    errors.push({
      field: 'date',
      message: `Ngày "${entry.date}" không hợp lệ (cần dạng MM-DD, ví dụ 09-02).`,
    });
  }
  if (entry.name.trim().length < 3) errors.push({ field: 'name', message: 'Tên ngày kỷ niệm quá ngắn.' });
  if (!(entry.kind in CALENDAR_KIND_LABELS))
    errors.push({ field: 'kind', message: 'Loại ngày kỷ niệm không hợp lệ.' });
  if (
    entry.since !== undefined &&
    (!Number.isInteger(entry.since) || entry.since < 1000 || entry.since > 9999)
  ) {
    errors.push({ field: 'since', message: 'Năm diễn ra sự kiện phải là số nguyên có 4 chữ số.' });
  }
  if (entry.yearsRound !== undefined && (!Number.isInteger(entry.yearsRound) || entry.yearsRound < 1)) {
    errors.push({
      field: 'yearsRound',
      message: 'Chu kỳ năm chẵn phải là số nguyên dương (thường là 5 hoặc 10).',
    });
  }
  return errors;
}
