// Simulated Apps Script latency per service call, in milliseconds of virtual time; every figure is overridable.

/** Keys of the per-cell figures a range read or write adds to its call's own latency (no method has these names). */
export const CELL_READ = 'SpreadsheetApp.cells read';
export const CELL_WRITE = 'SpreadsheetApp.cells written';

/**
 * Defaults, by method name (`Service.method`) or by service prefix (`Service.*`).
 * Sources: PropertiesService get ≈ 30 / set ≈ 62 and CacheService put ≈ 93 / get ≈ 3 are
 * ziritione.org measurements (100 runs); a MailApp send of 100 KB ≈ 1,200 comes from a vendor FAQ.
 * No published figure exists for SpreadsheetApp reads, appendRow, LockService or a small send:
 * the numbers marked "assumption" are ours, chosen to be of the same order as the measured ones.
 */
export const DEFAULT_LATENCY_MS: Readonly<Record<string, number>> = {
  'PropertiesService.getProperty': 30,
  'PropertiesService.getProperties': 30,
  'PropertiesService.setProperty': 62,
  'PropertiesService.setProperties': 62,
  'PropertiesService.deleteProperty': 62,
  'PropertiesService.*': 30,
  'CacheService.put': 93,
  'CacheService.get': 3,
  'CacheService.*': 3,
  'SpreadsheetApp.getValues': 100, // assumption
  'SpreadsheetApp.getDisplayValues': 100, // assumption
  'SpreadsheetApp.getFormulas': 100, // assumption
  'SpreadsheetApp.setValues': 60, // assumption: a batched write is tens of ms
  'SpreadsheetApp.setValue': 60, // assumption
  'SpreadsheetApp.appendRow': 80, // assumption
  'SpreadsheetApp.flush': 20, // assumption
  'SpreadsheetApp.*': 5, // assumption: metadata calls (getSheetByName, getRange, ...)
  'MailApp.sendEmail': 400, // assumption for a small message; 1,200 for 100 KB (vendor FAQ)
  'MailApp.getRemainingDailyQuota': 20, // assumption
  'LockService.*': 20, // assumption
  'FormApp.*': 150, // assumption
  'ScriptApp.*': 50, // assumption
  '*': 1, // assumption: cheap local calls (Session, Utilities, HtmlService builders)
  [CELL_READ]: 0.02, // assumption, per cell read: see cellLatency
  [CELL_WRITE]: 0.04, // assumption, per cell written or cleared: see cellLatency
};

/**
 * The defaults with overrides applied. A service-wide override (`MailApp.*`) replaces that
 * service's default figures for single methods too, so it means what it says; an override for a
 * single method wins over both. `*` only changes the catch-all.
 */
export function withOverrides(overrides: Readonly<Record<string, number>> = {}): Record<string, number> {
  const overriddenServices = Object.keys(overrides).filter((key) => key.endsWith('.*')).map((key) => key.slice(0, -1));
  const kept = Object.entries(DEFAULT_LATENCY_MS).filter(([key]) => key.endsWith('*') || !overriddenServices.some((prefix) => key.startsWith(prefix)));
  return { ...Object.fromEntries(kept), ...overrides };
}

/** Latency for one call: an exact override wins, then a service-wide figure, then the catch-all. */
export function latencyFor(method: string, table: Readonly<Record<string, number>>): number {
  if (method in table) return table[method];
  const service = method.split('.')[0];
  const wildcard = `${service}.*`;
  if (wildcard in table) return table[wildcard];
  return table['*'] ?? 0;
}

/**
 * What the size of a range adds to a read or write call, on top of the call's own figure: cells ×
 * the per-cell figure, rounded to whole ms (0 when the table has none: a service-wide override
 * such as `SpreadsheetApp.*` replaces these defaults too). The defaults, 0.02 ms per cell read and
 * 0.04 per cell written, are an assumption [U]: no published per-cell figure exists. They are of
 * the order of the one measurement found, a 2019 script that read 1,000 cells with getValues and
 * wrote them back with setValues, around 1,000 Logger.log calls, in 905 ms, the Logger calls alone
 * taking 780 ms (bugbugnow.net, "GoogleAppsScriptのスプレッドシート処理を高速化する"), which
 * leaves well under 0.1 ms per cell; with them a 2,000-student Students tab (≈ 32,000 cells) reads
 * in about 0.7 s, a 150-student one in about 0.15 s.
 */
export function cellLatency(kind: 'read' | 'write', cells: number, table: Readonly<Record<string, number>>): number {
  return Math.round(cells * (table[kind === 'read' ? CELL_READ : CELL_WRITE] ?? 0));
}
