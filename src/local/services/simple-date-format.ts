// Java SimpleDateFormat patterns, formatted in an IANA time zone with Intl: what Utilities.formatDate does.
import { offsetAt } from '../../core/time-zone';
import { appsScriptError } from '../runtime/errors';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MINUTE_MS = 60_000;

/** Java SimpleDateFormat letters that exist but are not modelled here (week-based fields). */
const UNMODELLED_LETTERS = 'YwWF';

/** A time zone as Java resolves it: an IANA id, or a fixed offset such as "GMT+05:30". */
type Zone = { kind: 'iana'; id: string } | { kind: 'fixed'; offsetMinutes: number };

/** The wall-clock fields of an instant in a zone, plus the zone's offset at that instant. */
interface ZonedFields {
  year: number;
  month: number; // 0-11
  day: number;
  weekday: number; // 0 = Sunday
  dayOfYear: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number;
}

/**
 * Formats `instant` as Java's SimpleDateFormat would with an English locale. Pattern letters:
 * G y M L d D E u a H k K h m s S z Z X; text in single quotes is literal, and '' is one quote.
 * An unknown letter throws "Illegal pattern character 'x'", the text Apps Script shows (quoted
 * in many public Q&A threads about `yyyy-MM-ddTHH:mm`) [P].
 */
export function formatJavaDate(instant: number, timeZone: string, pattern: string): string {
  const zone = resolveZone(timeZone);
  const fields = zonedFields(instant, zone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i];
    if (char === "'") {
      const [literal, next] = quoted(pattern, i);
      out += literal;
      i = next;
    } else if (/[A-Za-z]/.test(char)) {
      let count = 1;
      while (pattern[i + count] === char) count += 1;
      out += field(char, count, fields, zone, instant);
      i += count;
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

/** Reads a quoted run starting at `start`; returns its text and the index after it. */
function quoted(pattern: string, start: number): [string, number] {
  if (pattern[start + 1] === "'") return ["'", start + 2];
  let text = '';
  let i = start + 1;
  while (i < pattern.length) {
    if (pattern[i] === "'") {
      if (pattern[i + 1] !== "'") return [text, i + 1];
      text += "'";
      i += 2;
    } else {
      text += pattern[i];
      i += 1;
    }
  }
  throw appsScriptError('Unterminated quote');
}

function field(letter: string, count: number, f: ZonedFields, zone: Zone, instant: number): string {
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[f.month];
      if (count === 3) return MONTHS[f.month].slice(0, 3);
      return pad(f.month + 1, count);
    case 'd':
      return pad(f.day, count);
    case 'D':
      return pad(f.dayOfYear, count);
    case 'E':
      return count >= 4 ? WEEKDAYS[f.weekday] : WEEKDAYS[f.weekday].slice(0, 3);
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, count);
    case 'Z':
      return offsetText(f.offsetMinutes, false);
    case 'X':
      return isoOffset(f.offsetMinutes, count);
    case 'z':
      return zoneName(zone, instant, f.offsetMinutes, count >= 4);
    default:
      if (UNMODELLED_LETTERS.includes(letter)) {
        throw new Error(`Utilities.formatDate: the pattern letter '${letter}' is not modelled by the local runtime`);
      }
      throw appsScriptError(`Illegal pattern character '${letter}'`);
  }
}

function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${digits}` : digits;
}

/** RFC 822 ("-0500") or, with a colon, ISO 8601 ("-05:00"). */
function offsetText(offsetMinutes: number, colon: boolean): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/** Java's X, XX, XXX: "Z" for a zero offset, else "-05", "-0500", "-05:00". */
function isoOffset(offsetMinutes: number, count: number): string {
  if (count > 3) throw appsScriptError(`invalid ISO 8601 format: length=${count}`);
  if (offsetMinutes === 0) return 'Z';
  if (count === 1) return offsetText(offsetMinutes, false).slice(0, 3);
  return offsetText(offsetMinutes, count === 3);
}

/**
 * Java prints an abbreviation ("EST", "CET", "BST") or, for zones it has none for, "GMT+05:30".
 * Intl knows US abbreviations in en-US and European ones in en-GB; anything else falls back to
 * Java's GMT form (so Asia/Kolkata prints "GMT+05:30" here where Java prints "IST").
 */
function zoneName(zone: Zone, instant: number, offsetMinutes: number, long: boolean): string {
  const javaGmt = offsetMinutes === 0 ? 'GMT' : `GMT${offsetText(offsetMinutes, true)}`;
  if (zone.kind === 'fixed') return javaGmt;
  if (long) return intlZoneName('en-US', zone.id, instant, 'long');
  for (const locale of ['en-US', 'en-GB']) {
    const name = intlZoneName(locale, zone.id, instant, 'short');
    if (!/^GMT[+-]/.test(name)) return name;
  }
  return javaGmt;
}

/**
 * Building an Intl formatter (about 0.2 ms) costs far more than using one, and formatDate runs in
 * every hourly tick: zones and zone-name formatters are kept by name, across executions (host
 * objects scripts never see), the cache emptied past CACHE_LIMIT names.
 */
const CACHE_LIMIT = 1000;
const resolvedZones = new Map<string, Zone>();
const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

function cached<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

function intlZoneName(locale: string, timeZone: string, instant: number, style: 'short' | 'long'): string {
  const formatter = cached(zoneNameFormatters, `${locale}|${timeZone}|${style}`, () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }));
  return formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
}

/**
 * Java's TimeZone.getTimeZone: an IANA id, or a custom "GMT+h", "GMT+hh:mm", "GMT+hhmm"; an id it
 * does not know silently becomes GMT (Java documents this fallback; Apps Script formats
 * in GMT for a misspelt zone) [P].
 */
function resolveZone(timeZone: string): Zone {
  return cached(resolvedZones, timeZone, () => zoneFromName(timeZone));
}

function zoneFromName(timeZone: string): Zone {
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(timeZone);
  if (custom) {
    const minutes = Number(custom[2]) * 60 + Number(custom[3] ?? 0);
    return { kind: 'fixed', offsetMinutes: custom[1] === '-' ? -minutes : minutes };
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return { kind: 'iana', id: timeZone };
  } catch {
    return { kind: 'fixed', offsetMinutes: 0 };
  }
}

function zonedFields(instant: number, zone: Zone): ZonedFields {
  const offsetMinutes = zone.kind === 'fixed' ? zone.offsetMinutes : Math.round(offsetAt(instant, zone.id) / MINUTE_MS);
  const wall = new Date(instant + offsetMinutes * MINUTE_MS);
  const year = wall.getUTCFullYear();
  const startOfYear = utcMs(year, 0, 1);
  const startOfDay = utcMs(year, wall.getUTCMonth(), wall.getUTCDate());
  return {
    year,
    month: wall.getUTCMonth(),
    day: wall.getUTCDate(),
    weekday: wall.getUTCDay(),
    dayOfYear: Math.round((startOfDay - startOfYear) / (24 * 60 * MINUTE_MS)) + 1,
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    offsetMinutes,
  };
}

/** Date.UTC, except that years 0-99 stay those years instead of becoming 1900-1999. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}
