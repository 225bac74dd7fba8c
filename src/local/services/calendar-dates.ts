// Calendar-date arithmetic for trigger schedules and event objects (wall-clock conversions live in spreadsheet/time-zone.ts).
import { wallClockAt } from '../../core/time-zone';

export interface CalendarDate {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
}

/** True for a time zone name the platform knows (Apps Script takes IANA names such as America/New_York). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    wallClockAt(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

/** A calendar date moved by whole days (month and year lengths handled by Date.UTC). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** ISO 8601 week number: weeks start on Monday, and week 1 holds the year's first Thursday. */
export function isoWeekOfYear(date: CalendarDate): number {
  const thursdayOf = (utc: Date): number => {
    const fromMonday = (utc.getUTCDay() + 6) % 7;
    return Date.UTC(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate() - fromMonday + 3);
  };
  const thursday = thursdayOf(new Date(Date.UTC(date.year, date.month - 1, date.day)));
  const firstThursday = thursdayOf(new Date(Date.UTC(new Date(thursday).getUTCFullYear(), 0, 4)));
  return 1 + Math.round((thursday - firstThursday) / (7 * 24 * 3600 * 1000));
}
