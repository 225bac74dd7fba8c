// A Date for the bundle's sandbox whose "now" is the runtime's virtual clock and whose local time is the script's time zone.
import { dateString, instantOfDateArguments, instantOfFields, localFields, parseInZone, timeString, wallDate, type LocalFields } from './zone-clock';
import { offsetAt } from '../../core/time-zone';

const HostDate = Date;
const hostProto = HostDate.prototype;

/** Local getters and the field each reads; getDay reads the weekday. */
const GETTERS: ReadonlyArray<[string, (wall: Date) => number]> = [
  ['getFullYear', (wall) => wall.getUTCFullYear()],
  ['getMonth', (wall) => wall.getUTCMonth()],
  ['getDate', (wall) => wall.getUTCDate()],
  ['getDay', (wall) => wall.getUTCDay()],
  ['getHours', (wall) => wall.getUTCHours()],
  ['getMinutes', (wall) => wall.getUTCMinutes()],
  ['getSeconds', (wall) => wall.getUTCSeconds()],
  ['getMilliseconds', (wall) => wall.getUTCMilliseconds()],
  ['getYear', (wall) => wall.getUTCFullYear() - 1900],
];

/** Local setters: the first field each sets and how many arguments it takes (`setHours(h, m, s, ms)`). */
const SETTERS: ReadonlyArray<[string, number, number]> = [
  ['setFullYear', 0, 3],
  ['setMonth', 1, 2],
  ['setDate', 2, 1],
  ['setHours', 3, 4],
  ['setMinutes', 4, 3],
  ['setSeconds', 5, 2],
  ['setMilliseconds', 6, 1],
];

const LOCALE_METHODS = ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const;

/**
 * The sandbox's Date. `new Date()` and `Date.now()` read the virtual clock. Local time is the
 * script's time zone (`appsscript.json` `timeZone`, the runtime's `state.user.scriptTimeZone`), not
 * the machine's: in Apps Script, JavaScript's Date runs in the script's zone — `new Date('02/26/2023')`
 * logs `Sun Feb 26 2023 00:00:00 GMT-0800 (Pacific Standard Time)` in a project set to Pacific time,
 * `yyyy-MM-dd` strings alone are UTC (milan-rajic.com "Date and Time" series, APPS_SCRIPT_FACTS.md,
 * Time) [P]. So `new Date(2026, 0, 1)`, `Date.parse` of a local string, every local getter and setter,
 * `getTimezoneOffset`, `toString`/`toDateString`/`toTimeString` and the `toLocale…` defaults follow
 * `timeZone`; UTC methods, `getTime` and `toISOString` are Date's own.
 *
 * It is a host-realm class so that Dates from cells and Dates the script makes are the same kind
 * (`instanceof Date` holds for both, as in Apps Script); services hand out Dates through
 * `ctx`'s class (script-date.ts) so that a cell's Date reads local time in the zone as well.
 * Offsets come from core/time-zone.ts, cached per zone and UTC day, so a getter costs a map lookup.
 */
export function virtualDateClass(now: () => number, timeZone: string): DateConstructor {
  const ZoneDate = zoneDateClass(timeZone) as unknown as new (...args: unknown[]) => Date;
  class VirtualDate extends ZoneDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...args);
    }
    static now(): number {
      return now();
    }
  }
  return VirtualDate as unknown as DateConstructor;
}

const zoneClasses = new Map<string, DateConstructor>();

/**
 * Date with local time in `timeZone`, built once per zone: defining its methods costs far more
 * than an execution's other set-up, and a year of hourly ticks makes thousands of executions.
 */
function zoneDateClass(timeZone: string): DateConstructor {
  const cached = zoneClasses.get(timeZone);
  if (cached) return cached;
  class ZoneDate extends HostDate {
    constructor(...args: unknown[]) {
      if (args.length > 1) super(instantOfDateArguments(args, timeZone));
      else if (typeof args[0] === 'string') super(parseInZone(args[0], timeZone));
      else super(args[0] as number | Date);
    }
    static parse(text: string): number {
      return parseInZone(String(text), timeZone);
    }
    static [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof HostDate;
    }
  }
  const proto = ZoneDate.prototype as unknown as Record<string, unknown>;
  const define = (name: string, method: (this: Date, ...args: unknown[]) => unknown) =>
    Object.defineProperty(proto, name, { value: method, writable: true, configurable: true });

  for (const [name, read] of GETTERS) {
    define(name, function (this: Date) {
      const time = hostProto.getTime.call(this);
      return Number.isNaN(time) ? NaN : read(wallDate(time, timeZone));
    });
  }
  for (const [name, first, count] of SETTERS) {
    define(name, function (this: Date, ...args: unknown[]) {
      let time = hostProto.getTime.call(this);
      // setFullYear on an invalid date starts from +0 (ECMAScript); the others stay invalid.
      if (Number.isNaN(time) && first > 0) return NaN;
      if (Number.isNaN(time)) time = -offsetAt(0, timeZone);
      const fields: LocalFields = localFields(time, timeZone);
      const given = Math.max(1, Math.min(count, args.length));
      for (let i = 0; i < given; i += 1) fields[first + i] = Math.trunc(Number(args[i]));
      return hostProto.setTime.call(this, instantOfFields(fields, timeZone));
    });
  }
  define('getTimezoneOffset', function (this: Date) {
    const time = hostProto.getTime.call(this);
    return Number.isNaN(time) ? NaN : -offsetAt(time, timeZone) / 60_000;
  });
  const describe = (render: (time: number) => string) =>
    function (this: Date) {
      const time = hostProto.getTime.call(this);
      return Number.isNaN(time) ? 'Invalid Date' : render(time);
    };
  define('toString', describe((time) => `${dateString(time, timeZone)} ${timeString(time, timeZone)}`));
  define('toDateString', describe((time) => dateString(time, timeZone)));
  define('toTimeString', describe((time) => timeString(time, timeZone)));
  for (const name of LOCALE_METHODS) {
    define(name, function (this: Date, locales?: unknown, given?: unknown) {
      const options = given as Intl.DateTimeFormatOptions | undefined;
      return (hostProto[name] as (l?: unknown, o?: Intl.DateTimeFormatOptions) => string).call(this, locales, { ...options, timeZone: options?.timeZone ?? timeZone });
    });
  }
  zoneClasses.set(timeZone, ZoneDate as unknown as DateConstructor);
  return ZoneDate as unknown as DateConstructor;
}
