// The sandbox's Intl: the host's, with DateTimeFormat instances (and their formatToParts answers) reused across executions.

const MAX_CACHED_FORMATS = 500;
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Each execution runs the bundle afresh, so a formatter cache inside the add-on's code lives only
 * one execution; building `Intl.DateTimeFormat` dominated long `advance` runs (a year of hourly
 * ticks). This constructor hands back one shared instance per (locales, options): formatters are
 * immutable, so a script sees the same results; only identity differs (two constructions with the
 * same arguments are the same object), which no script can rely on. Local performance only — not
 * an Apps Script behaviour.
 */
function CachedDateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locales ?? null, options ?? null]);
  let format = formats.get(key);
  if (!format) {
    if (formats.size >= MAX_CACHED_FORMATS) formats.clear();
    format = new Intl.DateTimeFormat(locales, options);
    rememberParts(format);
    formats.set(key, format);
  }
  return format;
}
CachedDateTimeFormat.prototype = Intl.DateTimeFormat.prototype;

const MAX_REMEMBERED_INSTANTS = 20_000;
const formatToParts = Intl.DateTimeFormat.prototype.formatToParts;

/**
 * Gives a shared formatter a formatToParts that remembers its answer per instant. Code that finds a
 * zone's offset (src/core/time-zone.ts) asks for the same instants, the bounds of each day, in
 * every execution, and each execution's own cache starts empty; formatToParts was the largest
 * share of the add-on's own time in a year of hourly ticks. The answer is the same parts, as fresh
 * objects each call, so a script that edits them changes nothing for the next. Anything but a
 * number or a valid Date (no argument: now, by the machine's clock as before) goes to Intl as it is.
 */
function rememberParts(format: Intl.DateTimeFormat): void {
  const remembered = new Map<number, Intl.DateTimeFormatPart[]>();
  Object.defineProperty(format, 'formatToParts', {
    value: function formatToPartsRemembered(date?: Date | number): Intl.DateTimeFormatPart[] {
      const time = typeof date === 'number' ? date : Object.prototype.toString.call(date) === '[object Date]' ? Date.prototype.getTime.call(date) : NaN;
      if (!Number.isFinite(time)) return formatToParts.call(format, date);
      let parts = remembered.get(time);
      if (!parts) {
        if (remembered.size >= MAX_REMEMBERED_INSTANTS) remembered.clear();
        parts = formatToParts.call(format, time);
        remembered.set(time, parts);
      }
      return parts.map((part) => ({ ...part }));
    },
  });
}
CachedDateTimeFormat.supportedLocalesOf = Intl.DateTimeFormat.supportedLocalesOf;

/** Intl for the sandbox: every member of the host's, DateTimeFormat cached. */
export const SANDBOX_INTL: typeof Intl = Object.freeze({
  ...Object.fromEntries(Object.getOwnPropertyNames(Intl).map((name) => [name, (Intl as unknown as Record<string, unknown>)[name]])),
  DateTimeFormat: CachedDateTimeFormat,
}) as unknown as typeof Intl;
