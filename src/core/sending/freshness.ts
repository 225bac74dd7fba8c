// What may change between two batches of one run — opt-outs, addresses, resources deactivated or removed — read again from a few columns and applied to the run's roster and library.
import { cellBoolean, cellText, type Cell } from '../cells';
import { mapColumns, type ColumnMap } from '../headers';
import type { Resource } from '../resources';
import { isValidEmail, optedOut, readEmail, type Student } from '../students';
import { cellOf, FIRST_DATA_ROW } from '../table';
import type { Result } from '../vocabulary';

/** The columns a batch reads again, by tab: the key that finds a row, and what may have changed. */
export const FRESH_STUDENT_COLUMNS = ['id', 'email', 'optOut'] as const;
export const FRESH_RESOURCE_COLUMNS = ['id', 'active'] as const;

/** 0-based first column and width of the rectangle spanning `keys` (those the tab has), or null when it has none. */
export function columnSpan(map: ColumnMap, keys: readonly string[]): { first: number; width: number } | null {
  const columns = keys.map((key) => map.index[key]).filter((column): column is number => column !== undefined);
  if (columns.length === 0) return null;
  const first = Math.min(...columns);
  return { first, width: Math.max(...columns) - first + 1 };
}

/**
 * The rectangle read again (header row first, starting at column `first`) as rows of the whole
 * tab, so the run's column map reads them; a problem when a column the run reads has moved or
 * gone since the run read the tab, for then its map would read the wrong cells.
 */
function rowsAsRead(map: ColumnMap, keys: readonly string[], first: number, values: readonly (readonly Cell[])[]): Result<Cell[][]> {
  const padded = values.map((row) => [...Array<Cell>(first).fill(''), ...row]);
  const now = mapColumns(map.tab, padded[0] ?? []);
  const moved = keys.filter((key) => map.index[key] !== undefined && now.index[key] !== map.index[key]);
  if (moved.length > 0) {
    const headers = moved.map((key) => `"${map.tab.columns.find((c) => c.key === key)?.header ?? key}"`).join(', ');
    return { ok: false, problems: [{ tab: map.tab.name, message: `The ${map.tab.name} tab's ${headers} column moved while Rapport was sending; the next run reads the tab again and continues.` }] };
  }
  return { ok: true, value: padded.slice(FIRST_DATA_ROW - 1) };
}

/**
 * The roster as the Students tab now says: each student found by id, with the opt-out and the
 * address read again. A student no longer found is left out (the batch skips them, saying so).
 * A changed address is checked as the roster checks it: valid, and no other student's.
 */
export function refreshRoster(students: readonly Student[], map: ColumnMap, first: number, values: readonly (readonly Cell[])[]): Result<Map<string, Student>> {
  const rows = rowsAsRead(map, FRESH_STUDENT_COLUMNS, first, values);
  if (!rows.ok) return rows;
  const now = new Map<string, { email: string; optOut: boolean }>();
  const holders = new Map<string, number>();
  for (const row of rows.value) {
    const id = cellText(cellOf(map, row, 'id'));
    const email = readEmail(cellOf(map, row, 'email'));
    if (email) holders.set(email.toLowerCase(), (holders.get(email.toLowerCase()) ?? 0) + 1);
    if (id && !now.has(id)) now.set(id, { email, optOut: optedOut(cellOf(map, row, 'optOut')) });
  }
  const roster = new Map<string, Student>();
  for (const student of students) {
    const fresh = now.get(student.id);
    if (!fresh) continue;
    const emailUsable = fresh.email === student.email ? student.emailUsable : isValidEmail(fresh.email) && holders.get(fresh.email.toLowerCase()) === 1;
    roster.set(student.id, { ...student, email: fresh.email, emailUsable, optOut: fresh.optOut });
  }
  return { ok: true, value: roster };
}

/** The library as the Resources tab now says: each resource found by id, Active read again; one no longer found is left out. */
export function refreshLibrary(resources: readonly Resource[], map: ColumnMap, first: number, values: readonly (readonly Cell[])[]): Result<Map<string, Resource>> {
  const rows = rowsAsRead(map, FRESH_RESOURCE_COLUMNS, first, values);
  if (!rows.ok) return rows;
  const active = new Map<string, boolean>();
  for (const row of rows.value) {
    const id = cellText(cellOf(map, row, 'id'));
    if (id && !active.has(id)) active.set(id, cellBoolean(cellOf(map, row, 'active'), true));
  }
  const library = new Map<string, Resource>();
  for (const resource of resources) {
    const now = active.get(resource.id);
    if (now !== undefined) library.set(resource.id, { ...resource, active: now });
  }
  return { ok: true, value: library };
}
