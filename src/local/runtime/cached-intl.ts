// The sandbox's Intl: the host's, with DateTimeFormat instances reused across executions (they are costly to build).

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
    formats.set(key, format);
  }
  return format;
}
CachedDateTimeFormat.prototype = Intl.DateTimeFormat.prototype;
CachedDateTimeFormat.supportedLocalesOf = Intl.DateTimeFormat.supportedLocalesOf;

/** Intl for the sandbox: every member of the host's, DateTimeFormat cached. */
export const SANDBOX_INTL: typeof Intl = Object.freeze({
  ...Object.fromEntries(Object.getOwnPropertyNames(Intl).map((name) => [name, (Intl as unknown as Record<string, unknown>)[name]])),
  DateTimeFormat: CachedDateTimeFormat,
}) as unknown as typeof Intl;
