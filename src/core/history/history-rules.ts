/**
 * Checks on a commune's history entries, shared by the forms, the API and the Excel import: each answers
 * the fields that cannot be right, with a Vietnamese message. Pure: `today` is given.
 */
import { type IsoDate, isIsoDate, yearOf } from '../calendar/iso-date';
import { getAward } from '../law/catalogue';
import type { SubjectKind } from '../law/types';

export interface FieldProblem<F extends string = string> {
  field: F;
  message: string;
}

const SUBJECT_WORD: Record<SubjectKind, string> = {
  INDIVIDUAL: 'cá nhân',
  COLLECTIVE: 'tập thể',
  HOUSEHOLD: 'hộ gia đình',
};

/** Dates: real days, not after today. */
function dateProblem(value: string, today: IsoDate, what: string): string | null {
  if (!isIsoDate(value)) return `${what} không có thật`;
  if (value > today) return `${what} không thể sau ngày hôm nay`;
  return null;
}

/** An award received before or outside the product: catalogue code for the subject, a real decision date on or after the achievement's year. */
export function awardHistoryProblems(
  e: { subjectKind: SubjectKind; awardCode: string; year: number; decisionDate: string },
  today: IsoDate,
): FieldProblem<'awardCode' | 'year' | 'decisionDate'>[] {
  const out: FieldProblem<'awardCode' | 'year' | 'decisionDate'>[] = [];
  const award = getAward(e.awardCode);
  if (!award)
    out.push({ field: 'awardCode', message: 'Danh hiệu, hình thức khen thưởng không có trong danh mục' });
  else if (!award.subjects.includes(e.subjectKind))
    out.push({
      field: 'awardCode',
      message: `${award.name} không dành cho ${SUBJECT_WORD[e.subjectKind]}`,
    });
  if (!Number.isInteger(e.year) || e.year < 1945 || e.year > yearOf(today))
    out.push({ field: 'year', message: `Năm thành tích phải từ 1945 đến ${yearOf(today)}` });
  const d = dateProblem(e.decisionDate, today, 'Ngày quyết định');
  if (d) out.push({ field: 'decisionDate', message: d });
  else if (Number.isInteger(e.year) && yearOf(e.decisionDate) < e.year)
    out.push({
      field: 'decisionDate',
      message: `Quyết định ngày ${e.decisionDate.split('-').reverse().join('/')} có trước năm thành tích ${e.year}: khen thưởng không thể trước thành tích`,
    });
  return out;
}

/** A disciplinary measure: a real start not in the future, an end (when known) not before it. */
export function disciplineProblems(
  e: { from: string; to?: string | null | undefined },
  today: IsoDate,
): FieldProblem<'from' | 'to'>[] {
  const out: FieldProblem<'from' | 'to'>[] = [];
  const f = dateProblem(e.from, today, 'Ngày bắt đầu kỷ luật');
  if (f) out.push({ field: 'from', message: f });
  if (e.to) {
    if (!isIsoDate(e.to)) out.push({ field: 'to', message: 'Ngày hết thời hạn kỷ luật không có thật' });
    else if (!f && e.to < e.from)
      out.push({ field: 'to', message: 'Thời hạn kỷ luật kết thúc trước khi bắt đầu' });
  }
  return out;
}

/** An initiative or topic: its year, and a recognition date (when known) in or after that year, not in the future. */
export function initiativeProblems(
  e: { year: number; recognizedOn?: string | null | undefined },
  today: IsoDate,
): FieldProblem<'year' | 'recognizedOn'>[] {
  const out: FieldProblem<'year' | 'recognizedOn'>[] = [];
  if (!Number.isInteger(e.year) || e.year < 1945 || e.year > yearOf(today))
    out.push({ field: 'year', message: `Năm công nhận phải từ 1945 đến ${yearOf(today)}` });
  if (e.recognizedOn) {
    const d = dateProblem(e.recognizedOn, today, 'Ngày công nhận');
    if (d) out.push({ field: 'recognizedOn', message: d });
    else if (yearOf(e.recognizedOn) !== e.year)
      out.push({ field: 'recognizedOn', message: `Ngày công nhận phải thuộc năm ${e.year}` });
  }
  return out;
}

/** A matter under consideration: a real start not in the future; a closing day (when closed) not before it. */
export function pendingMatterProblems(
  e: { since: string; closedOn?: string | null | undefined },
  today: IsoDate,
): FieldProblem<'since' | 'closedOn'>[] {
  const out: FieldProblem<'since' | 'closedOn'>[] = [];
  const s = dateProblem(e.since, today, 'Ngày bắt đầu xem xét');
  if (s) out.push({ field: 'since', message: s });
  if (e.closedOn) {
    const c = dateProblem(e.closedOn, today, 'Ngày kết thúc');
    if (c) out.push({ field: 'closedOn', message: c });
    else if (!s && e.closedOn < e.since)
      out.push({ field: 'closedOn', message: 'Ngày kết thúc trước ngày bắt đầu xem xét' });
  }
  return out;
}
