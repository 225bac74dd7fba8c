// When a scheduled cycle falls due: local slot instants in the spreadsheet's zone, daylight-saving gaps and repeats included.
import { calendarDateInZone, dayNumber } from '../dates';
import { offsetAt } from '../time-zone';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** A calendar day as a count of days since 1970-01-01 (no zone), as dates.ts counts them. */
export type DayNumber = number;

/** 0 = Sunday, as WallClock.weekday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The local calendar day of an instant in `timeZone`. */
export function localDayAt(epochMs: number, timeZone: string): DayNumber {
  return dayNumber(calendarDateInZone(new Date(epochMs), timeZone));
}

/** The wall clock as a UTC-like number: the instant plus the zone's offset then. */
function wallMs(epochMs: number, timeZone: string): number {
  return epochMs + offsetAt(epochMs, timeZone);
}

/**
 * The first instant at which the wall clock in `timeZone` reads `hour`:00 or later on `day`.
 * On a day that repeats the hour (autumn), the first of the two; on a day that skips it (spring),
 * the instant the clock jumps past it, which is when a tick "at or after" the hour first comes.
 * The offsets two days either side bound the change (no zone changes twice within four days).
 */
export function slotInstant(day: DayNumber, hour: number, timeZone: string): number {
  const target = day * DAY_MS + hour * HOUR_MS;
  const before = target - offsetAt(target - 2 * DAY_MS, timeZone);
  const after = target - offsetAt(target + 2 * DAY_MS, timeZone);
  const exact = [before, after].filter((t) => wallMs(t, timeZone) === target).sort((a, b) => a - b);
  if (exact.length > 0) return exact[0];
  // The hour was skipped: the jump lies between the two candidates; find its first instant.
  let lo = Math.min(before, after);
  let hi = Math.max(before, after);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallMs(mid, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}
