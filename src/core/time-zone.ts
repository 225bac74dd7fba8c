// Wall-clock time in an IANA time zone, both ways, through Intl (formatters cached: they are costly to build).
// Apps Script's V8 runtime is assumed to carry ICU's zone data as Node and Chrome do [U]: this is the
// one place to change if it does not.

export interface WallClock {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function exactOffset(epochMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const DAY_MS = 86_400_000;
const OFFSET_CACHE_LIMIT = 100_000;
/** Offsets by zone, then by UTC day; null marks a day whose offset changes (a daylight-saving day). */
const dayOffsets = new Map<string, Map<number, number | null>>();
let cachedDays = 0;

/**
 * The zone's offset from UTC at an instant. Intl is slow (tens of microseconds a call), so a UTC
 * day whose offset is the same at its first and last second is cached whole; only a day with a
 * change asks Intl each time. The cache is keyed by zone, then by day number, so that a hit costs
 * two map lookups and no string building (the local runtime's sandbox Date asks on every getter).
 */
export function offsetAt(epochMs: number, timeZone: string): number {
  const day = Math.floor(epochMs / DAY_MS);
  let days = dayOffsets.get(timeZone);
  let offset = days?.get(day);
  if (offset === undefined) {
    const first = exactOffset(day * DAY_MS, timeZone);
    offset = first === exactOffset((day + 1) * DAY_MS - 1000, timeZone) ? first : null;
    if (cachedDays >= OFFSET_CACHE_LIMIT) {
      dayOffsets.clear();
      cachedDays = 0;
      days = undefined;
    }
    if (!days) {
      days = new Map();
      dayOffsets.set(timeZone, days);
    }
    days.set(day, offset);
    cachedDays += 1;
  }
  return offset ?? exactOffset(epochMs, timeZone);
}

/** The wall clock in `timeZone` at an instant. */
export function wallClockAt(epochMs: number, timeZone: string): WallClock {
  const shifted = new Date(epochMs + offsetAt(epochMs, timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/**
 * The instant a wall-clock time happens in `timeZone`. Two passes settle the offset across a
 * daylight-saving change; a time skipped by the change lands an hour later, as Sheets shows it.
 */
export function instantOf(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = asUtc - offsetAt(asUtc, timeZone);
  return asUtc - offsetAt(first, timeZone);
}
