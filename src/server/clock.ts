/**
 * The server's clock, injected through `AppDeps` so that tests set the date they need (deadlines,
 * disclosure periods, terms) instead of depending on the day they run. Dates are the commune's:
 * Vietnam's time (UTC+7, no daylight saving).
 */
import { vietnamDate } from '../core/calendar/iso-date';

export interface Clock {
  /** This instant. */
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `iso` (or moved by `set`): for tests. */
export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let at = new Date(iso);
  return {
    now: () => new Date(at.getTime()),
    set(next: string) {
      at = new Date(next);
    },
  };
}

/** The instant as an ISO timestamp (UTC), as stored in `*_at` columns. */
export const isoNow = (clock: Clock): string => clock.now().toISOString();

/** Today's date in Vietnam, `YYYY-MM-DD` (a day starts at 00:00 in Hà Nội, not in UTC). */
export function todayIn(clock: Clock): string {
  return vietnamDate(clock.now());
}

/** The current year in Vietnam. */
export const yearIn = (clock: Clock): number => Number(todayIn(clock).slice(0, 4));
