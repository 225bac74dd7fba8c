// Local time of one IANA zone as JavaScript's Date sees it: an instant's fields, the instant of fields, parsing a local string.
import { offsetAt } from '../../core/time-zone';

const HostDate = Date;

/** Date's local fields in order: year, month (0-11), day, hours, minutes, seconds, milliseconds. */
export type LocalFields = [number, number, number, number, number, number, number];

/** An instant shifted by the zone's offset, so that its UTC getters read the zone's wall clock. */
export function wallDate(epochMs: number, timeZone: string): Date {
  return new HostDate(epochMs + offsetAt(epochMs, timeZone));
}

/** The local fields of an instant in `timeZone`. */
export function localFields(epochMs: number, timeZone: string): LocalFields {
  const wall = wallDate(epochMs, timeZone);
  return [wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), wall.getUTCMilliseconds()];
}

const DAY_MS = 86_400_000;

/**
 * The instant of local fields in `timeZone`, with Date's overflow rules (month 12 is next
 * January, day 0 the last of the month before); NaN if any field is not finite. The year is taken
 * as it is (setFullYear's rule). As ECMAScript's UTC(t): a time a daylight-saving change skips is
 * read with the offset before the change (2:30 becomes 3:30), and a time it repeats is the earlier
 * instant. Zones are assumed to change offset at most once within a day either side.
 */
export function instantOfFields(fields: readonly number[], timeZone: string): number {
  if (!fields.every(Number.isFinite)) return NaN;
  const asUtc = new HostDate(0);
  asUtc.setUTCFullYear(fields[0], fields[1], fields[2]);
  asUtc.setUTCHours(fields[3], fields[4], fields[5], fields[6]);
  const wall = asUtc.getTime();
  if (Number.isNaN(wall)) return NaN;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((instant, i) => offsetAt(instant, timeZone) === (i === 0 ? before : after));
  return candidates.length > 0 ? Math.min(...candidates) : wall - before;
}

/** `new Date(y, m, d?, h?, mi?, s?, ms?)`: missing fields default as Date's do, and a year 0-99 means 1900-1999. */
export function instantOfDateArguments(args: readonly unknown[], timeZone: string): number {
  const fields = [0, 0, 1, 0, 0, 0, 0].map((fallback, i) => (i < args.length ? Math.trunc(Number(args[i])) : fallback));
  if (fields[0] >= 0 && fields[0] <= 99) fields[0] += 1900;
  return instantOfFields(fields, timeZone);
}

/** ISO date-only forms, which ECMAScript reads as UTC: `2026`, `2026-01`, `2026-01-02`. */
const ISO_DATE_ONLY = /^(?:\d{4}|[+-]\d{6})(?:-\d{2}(?:-\d{2})?)?$/;
/** ISO (and V8's space-separated) date-times without an offset, read as local time. */
const ISO_LOCAL = /^(\d{4}|[+-]\d{6})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/;
/** A string that names its own offset or zone: Z or ±hh:mm after a time, GMT/UTC, or a US zone V8 knows. */
const NAMES_ITS_ZONE = /\dZ$|\d[+-]\d{2}:?\d{2}(?:\s*\(.*\))?$|\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)\b/i;

/**
 * `Date.parse(text)` in `timeZone`: ISO date-only strings are UTC and strings naming a zone keep
 * it, as everywhere; any other string is local time (ECMAScript for ISO date-times; V8's legacy
 * parser for forms like `02/26/2023` or `Jan 2 2026 10:00`). ISO local forms are read exactly;
 * legacy forms are read by the host parser (in the machine's zone) and their fields moved into
 * `timeZone`, which is exact except for a time inside a daylight-saving gap of the machine's zone.
 */
export function parseInZone(text: string, timeZone: string): number {
  const trimmed = text.trim();
  const iso = ISO_LOCAL.exec(trimmed);
  if (iso) {
    const [, year, month, day, hour, minute, second = '0', fraction = '0'] = iso;
    return instantOfFields([Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), Number(fraction.padEnd(3, '0'))], timeZone);
  }
  const hostParsed = HostDate.parse(text);
  if (Number.isNaN(hostParsed) || ISO_DATE_ONLY.test(trimmed) || NAMES_ITS_ZONE.test(trimmed)) return hostParsed;
  const machine = new HostDate(hostParsed);
  return instantOfFields(
    [machine.getFullYear(), machine.getMonth(), machine.getDate(), machine.getHours(), machine.getMinutes(), machine.getSeconds(), machine.getMilliseconds()],
    timeZone,
  );
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const zoneNameFormats = new Map<string, Intl.DateTimeFormat>();

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** The zone's long name at an instant, as V8 prints it after the offset: `Eastern Standard Time`. */
function longZoneName(epochMs: number, timeZone: string): string {
  let format = zoneNameFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' });
    zoneNameFormats.set(timeZone, format);
  }
  return format.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** `Date.prototype.toDateString` in `timeZone`: `Thu Jan 01 2026`. */
export function dateString(epochMs: number, timeZone: string): string {
  const wall = wallDate(epochMs, timeZone);
  const year = wall.getUTCFullYear();
  return `${WEEKDAYS[wall.getUTCDay()]} ${MONTHS[wall.getUTCMonth()]} ${pad(wall.getUTCDate())} ${year < 0 ? '-' : ''}${pad(year, 4)}`;
}

/** `Date.prototype.toTimeString` in `timeZone`: `09:00:00 GMT-0500 (Eastern Standard Time)`. */
export function timeString(epochMs: number, timeZone: string): string {
  const offsetMinutes = Math.round(offsetAt(epochMs, timeZone) / 60_000);
  const wall = wallDate(epochMs, timeZone);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())} GMT${offset} (${longZoneName(epochMs, timeZone)})`;
}
