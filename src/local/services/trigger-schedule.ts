// When a time-driven trigger fires: its first run at creation and each run after, in the trigger's time zone.
import type { TriggerState } from '../runtime/state';
import { addDays, type CalendarDate } from './calendar-dates';
import { instantOf, wallClockAt } from '../../core/time-zone';

export type ClockSchedule = NonNullable<TriggerState['clock']>;

const HOUR_MS = 3600 * 1000;

/** A number 0..n-1 derived from the trigger's uid: the same every time for the same trigger. */
function stableFromUid(uid: string, n: number): number {
  let hash = 0;
  for (const char of uid) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % n;
}

/**
 * The minute past the hour a daily or weekly trigger fires. Apps Script runs an `atHour(9)`
 * trigger at a time it picks between 9 and 10, the same each day (APPS_SCRIPT_FACTS.md, Triggers
 * [C]); locally the pick is derived from the trigger's uid. `nearMinute(m)` means "m, plus or minus
 * 15 minutes" (ClockTriggerBuilder reference [C]); the offset is also taken from the uid and kept
 * inside the hour, so the trigger still fires between atHour and atHour + 1.
 */
export function firingMinute(uid: string, nearMinute: number | undefined): number {
  if (nearMinute === undefined) return stableFromUid(uid, 60);
  const offset = stableFromUid(uid, 31) - 15;
  return Math.min(59, Math.max(0, nearMinute + offset));
}

/** The instant of the daily/weekly firing time on a calendar date, in the schedule's zone. */
function firingOn(date: CalendarDate, schedule: ClockSchedule, uid: string, timeZone: string): number {
  return instantOf(timeZone, date.year, date.month, date.day, schedule.atHour ?? 0, firingMinute(uid, schedule.nearMinute));
}

/**
 * The first time a new clock trigger fires, `now` being its creation time.
 * - `at(date)` / `after(ms)`: that moment, once.
 * - `everyHours(n)`: n hours after creation, then every n hours (absolute time, so DST does not move it).
 * - `everyDays(n)`: the next atHour:minute on the wall clock of the trigger's zone.
 * - `everyWeeks(n)` (with `onWeekDay`): the next such weekday at atHour:minute.
 * - `onMonthDay(d)`: the next day d of a month at atHour:minute (monthlyRunAfter).
 */
export function firstRun(schedule: ClockSchedule, uid: string, now: number, timeZone: string): number {
  if (schedule.at !== undefined) return schedule.at;
  if (schedule.everyHours) return now + schedule.everyHours * HOUR_MS;
  if (schedule.monthDay !== undefined) return monthlyRunAfter(schedule, uid, now, timeZone);
  const today = wallClockAt(now, timeZone);
  let date: CalendarDate = today;
  if (schedule.everyWeeks && schedule.weekDay !== undefined) {
    date = addDays(today, (schedule.weekDay - today.weekday + 7) % 7);
  }
  let candidate = firingOn(date, schedule, uid, timeZone);
  if (candidate <= now) {
    date = addDays(date, schedule.everyWeeks ? 7 : 1);
    candidate = firingOn(date, schedule, uid, timeZone);
  }
  return candidate;
}

/**
 * The run after the one scheduled at `firedAt`, or undefined for a one-off trigger (which Apps
 * Script removes once it has fired). Daily and weekly runs step by calendar days on the zone's wall
 * clock, so a 9 o'clock trigger stays between 9 and 10 across a daylight-saving change.
 */
export function nextRunAfter(schedule: ClockSchedule, uid: string, firedAt: number, timeZone: string): number | undefined {
  if (schedule.at !== undefined) return undefined;
  if (schedule.everyHours) return firedAt + schedule.everyHours * HOUR_MS;
  if (schedule.monthDay !== undefined) return monthlyRunAfter(schedule, uid, firedAt, timeZone);
  const days = schedule.everyWeeks ? 7 * schedule.everyWeeks : (schedule.everyDays ?? 1);
  return firingOn(addDays(wallClockAt(firedAt, timeZone), days), schedule, uid, timeZone);
}

/**
 * The first monthly run after `after`: day `monthDay` at atHour:minute in the zone. A month without
 * that day (the 31st in April, the 30th in February) is skipped [U: the reference does not say;
 * firing on the month's last day instead would be the other reading].
 */
function monthlyRunAfter(schedule: ClockSchedule, uid: string, after: number, timeZone: string): number {
  const start = wallClockAt(after, timeZone);
  for (let ahead = 0; ; ahead += 1) {
    const year = start.year + Math.floor((start.month - 1 + ahead) / 12);
    const month = ((start.month - 1 + ahead) % 12) + 1;
    const day = schedule.monthDay as number;
    if (addDays({ year, month, day: 1 }, day - 1).month !== month) continue;
    const candidate = firingOn({ year, month, day }, schedule, uid, timeZone);
    if (candidate > after) return candidate;
  }
}
