// The teacher's sending schedule: checked input, and which slot (if any) is due at a given instant, in the spreadsheet's zone.
import { WEEKDAY_NAMES, type ScheduleInput, type WeekdayName } from '../sending/sending-contract';
import type { Problem, Result } from '../vocabulary';
import { dayNumber, fromDayNumber } from '../dates';
import { localDayAt, slotInstant, weekdayOf, type DayNumber } from './slots';

/** Weekday names by WallClock.weekday (0 = Sunday). */
export const WEEKDAYS: readonly WeekdayName[] = ['Sunday', ...WEEKDAY_NAMES.slice(0, 6)];
export type { ScheduleInput, WeekdayName };

export const MAX_EVERY_WEEKS = 8;

/** The schedule as stored: the choice, plus where its slots start and which one ran last. */
export interface Schedule {
  everyWeeks: number;
  weekday: WeekdayName;
  hour: number;
  paused: boolean;
  reviewBeforeSending: boolean;
  /** Local date (YYYY-MM-DD) of the first slot; later slots are every `everyWeeks` weeks from it. */
  anchorDate: string;
  /** Epoch ms: slots before it never run (set when the timing changes or the schedule resumes). */
  notBefore: number;
}

/** Checks saveSchedule's argument; every wrong field is named in its own Problem. */
export function checkScheduleInput(input: unknown): Result<ScheduleInput> {
  const value = (input ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const { everyWeeks, weekday, hour, paused, reviewBeforeSending } = value;
  if (!Number.isInteger(everyWeeks) || (everyWeeks as number) < 1 || (everyWeeks as number) > MAX_EVERY_WEEKS) {
    problems.push({ column: 'everyWeeks', message: `Send every 1 to ${MAX_EVERY_WEEKS} weeks (got ${JSON.stringify(everyWeeks)}).` });
  }
  if (!WEEKDAY_NAMES.includes(weekday as WeekdayName)) {
    problems.push({ column: 'weekday', message: `The day must be one of Monday to Sunday (got ${JSON.stringify(weekday)}).` });
  }
  if (!Number.isInteger(hour) || (hour as number) < 0 || (hour as number) > 23) {
    problems.push({ column: 'hour', message: `The hour must be a whole number from 0 to 23 (got ${JSON.stringify(hour)}).` });
  }
  for (const [name, flag] of [['paused', paused], ['reviewBeforeSending', reviewBeforeSending]] as const) {
    if (flag !== undefined && typeof flag !== 'boolean') problems.push({ column: name, message: `${name} must be true or false.` });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { everyWeeks: everyWeeks as number, weekday: weekday as WeekdayName, hour: hour as number, paused: paused === true, reviewBeforeSending: reviewBeforeSending === true },
  };
}

/** The first day on or after `from` that falls on `weekday`. */
function nextWeekday(from: DayNumber, weekday: WeekdayName): DayNumber {
  return from + ((WEEKDAYS.indexOf(weekday) - weekdayOf(from) + 7) % 7);
}

/** The local day of the first slot at or after `now`. */
function firstSlotDay(input: ScheduleInput, now: number, timeZone: string): DayNumber {
  const day = nextWeekday(localDayAt(now, timeZone), input.weekday);
  return slotInstant(day, input.hour, timeZone) >= now ? day : day + 7;
}

/**
 * The schedule after a save. A new timing starts from the first slot at or after now; the same
 * timing keeps its rhythm (toggling review does not move the next run). Resuming after a pause
 * never runs the slots missed while paused.
 */
export function applyScheduleInput(previous: Schedule | null, input: ScheduleInput, now: number, timeZone: string): Schedule {
  const sameTiming = previous && previous.everyWeeks === input.everyWeeks && previous.weekday === input.weekday && previous.hour === input.hour;
  const resumed = previous?.paused === true && input.paused !== true;
  return {
    everyWeeks: input.everyWeeks,
    weekday: input.weekday,
    hour: input.hour,
    paused: input.paused === true,
    reviewBeforeSending: input.reviewBeforeSending === true,
    anchorDate: sameTiming ? previous.anchorDate : fromDayNumber(firstSlotDay(input, now, timeZone)),
    notBefore: sameTiming && !resumed ? previous.notBefore : now,
  };
}

function slotOf(schedule: Schedule, index: number, timeZone: string): number {
  return slotInstant(dayNumber(schedule.anchorDate) + index * 7 * schedule.everyWeeks, schedule.hour, timeZone);
}

/** Index of the last slot at or before `instant` (may be -1 or less: none yet). */
function lastIndexAtOrBefore(schedule: Schedule, instant: number, timeZone: string): number {
  const period = 7 * schedule.everyWeeks;
  let index = Math.floor((localDayAt(instant, timeZone) - dayNumber(schedule.anchorDate)) / period);
  if (slotOf(schedule, index, timeZone) > instant) index -= 1;
  return index;
}

/**
 * The slot due at `now`: the latest slot at or before now, after `lastSlotAt` (the last slot that
 * started a cycle or was passed over, null before the first) and not before `notBefore`. Only the latest counts, so a trigger that was off for weeks (or a clock that
 * jumped) runs one cycle, not one per missed period. Null when paused or nothing is due.
 */
export function dueSlot(schedule: Schedule, lastSlotAt: number | null, now: number, timeZone: string): number | null {
  if (schedule.paused) return null;
  const index = lastIndexAtOrBefore(schedule, now, timeZone);
  if (index < 0) return null;
  const slot = slotOf(schedule, index, timeZone);
  if (slot < schedule.notBefore || (lastSlotAt !== null && slot <= lastSlotAt)) return null;
  return slot;
}

/** When the next cycle will start (a slot already due counts), or null while paused. */
export function nextRunAt(schedule: Schedule, lastSlotAt: number | null, now: number, timeZone: string): number | null {
  if (schedule.paused) return null;
  const due = dueSlot(schedule, lastSlotAt, now, timeZone);
  if (due !== null) return due;
  const floor = Math.max(now, lastSlotAt ?? -Infinity);
  let index = Math.max(0, lastIndexAtOrBefore(schedule, floor, timeZone) + 1);
  while (slotOf(schedule, index, timeZone) < schedule.notBefore) index += 1;
  return slotOf(schedule, index, timeZone);
}
