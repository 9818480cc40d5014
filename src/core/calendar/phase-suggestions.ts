import { anniversariesIn, type Occurrence, occurrencesIn } from './anniversaries';
import { addDays, daysBetween, type IsoDate } from './iso-date';
import type { CalendarEntry } from './national-days';

/** A phase emulation (thi đua theo đợt) the officer may create from the calendar with one click. */
export interface PhaseMovementSuggestion {
  type: 'THEO_DOT';
  /** e.g. "Đợt thi đua chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam". */
  name: string;
  /** The days being celebrated (several when they fall close together, e.g. 30/4 and 1/5). */
  occasions: Occurrence[];
  startDate: IsoDate;
  /** The phase ends on the (last) day celebrated. */
  endDate: IsoDate;
  /** Suggested date to have the phase reviewed (sơ kết đợt) by: 15 days after the end. */
  reviewBy: IsoDate;
}

export interface PhaseSuggestionOptions {
  /**
   * How many days before the day the phase starts: decade anniversaries (10, 20 … years) get the
   * longest run-up, other round anniversaries less, yearly observances the least.
   */
  leadDays?: { decade: number; round: number; annual: number };
  /** Also suggest a phase for every non-round `LE_LON` day (yearly "chào mừng 30/4 – 1/5"). Default false. */
  includeAnnual?: boolean;
  /** Days closer than this (inclusive) are celebrated by one phase. Default 3. */
  mergeWithinDays?: number;
}

export const DEFAULT_LEAD_DAYS = { decade: 90, round: 60, annual: 30 } as const;
export const REVIEW_AFTER_DAYS = 15;

function phrase(o: Occurrence): string {
  return o.isRound && o.years !== null ? `kỷ niệm ${o.years} năm ${o.name}` : o.name;
}

function joinVi(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/**
 * Suggests phase movements for `year`: one per round anniversary (and, with `includeAnnual`, per great
 * day), grouping days that fall within `mergeWithinDays` of each other. Windows may start in the
 * previous year (a 90-day run-up to 3/2 starts in November). Sorted by end date.
 */
export function suggestPhaseMovements(
  calendar: readonly CalendarEntry[],
  year: number,
  options: PhaseSuggestionOptions = {},
): PhaseMovementSuggestion[] {
  const lead = options.leadDays ?? DEFAULT_LEAD_DAYS;
  const mergeWithin = options.mergeWithinDays ?? 3;
  const chosen = options.includeAnnual
    ? occurrencesIn(year, calendar).filter((o) => o.isRound || o.kind === 'LE_LON')
    : anniversariesIn(year, calendar);

  const groups: Occurrence[][] = [];
  for (const o of chosen) {
    const current = groups[groups.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && daysBetween(last.date, o.date) <= mergeWithin) current.push(o);
    else groups.push([o]);
  }

  return groups.map((occasions) => {
    const first = occasions[0] as Occurrence;
    const last = occasions[occasions.length - 1] as Occurrence;
    const run = Math.max(
      ...occasions.map((o) => (o.isDecade ? lead.decade : o.isRound ? lead.round : lead.annual)),
    );
    return {
      type: 'THEO_DOT',
      name: `Đợt thi đua chào mừng ${joinVi(occasions.map(phrase))}`,
      occasions,
      startDate: addDays(first.date, -run),
      endDate: last.date,
      reviewBy: addDays(last.date, REVIEW_AFTER_DAYS),
    };
  });
}
