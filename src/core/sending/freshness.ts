// What may change between two batches of one run — opt-outs, resources deactivated or removed — read again from a few cells and applied to the batch's students and picks.
import { cellBoolean, cellText, type Cell } from '../cells';
import { mapColumns, type ColumnMap } from '../headers';
import type { IdentifiedRow } from '../ids';
import type { Resource } from '../resources';
import { optedOut, type Student } from '../students';
import { cellOf } from '../table';
import type { Result } from '../vocabulary';

/** The columns a batch reads again, by tab: the id that finds a row, and what may have changed. */
export const FRESH_STUDENT_COLUMNS = ['id', 'optOut'] as const;
export const FRESH_RESOURCE_COLUMNS = ['id', 'active'] as const;

/** 0-based first column and width of the rectangle spanning `keys` (those the tab has), or null when it has none. */
export function columnSpan(map: ColumnMap, keys: readonly string[]): { first: number; width: number } | null {
  const columns = keys.map((key) => map.index[key]).filter((column): column is number => column !== undefined);
  if (columns.length === 0) return null;
  const first = Math.min(...columns);
  return { first, width: Math.max(...columns) - first + 1 };
}

/**
 * The smallest run of sheet rows holding all of `records` as the run read them: a batch reads
 * just those rows again (the batch's students are neighbours on the tab), not the whole tab.
 */
export function rowWindow(records: readonly IdentifiedRow[]): { first: number; count: number } | null {
  if (records.length === 0) return null;
  const rows = records.map((record) => record.row);
  const first = Math.min(...rows);
  return { first, count: Math.max(...rows) - first + 1 };
}

/** Cells read from column `first` on, as whole rows the run's column map reads. */
export function asWholeRows(first: number, values: readonly (readonly Cell[])[]): Cell[][] {
  return values.map((row) => [...Array<Cell>(first).fill(''), ...row]);
}

/**
 * The header row a whole-tab read starts with, checked against the run's map: a problem when a
 * column the batch reads has moved or gone since the run read the tab, for then the map would
 * read the wrong cells.
 */
export function headerUnmoved(map: ColumnMap, keys: readonly string[], header: readonly Cell[]): Result<true> {
  const now = mapColumns(map.tab, header);
  const moved = keys.filter((key) => map.index[key] !== undefined && now.index[key] !== map.index[key]);
  if (moved.length === 0) return { ok: true, value: true };
  const headers = moved.map((key) => `"${map.tab.columns.find((c) => c.key === key)?.header ?? key}"`).join(', ');
  return { ok: false, problems: [{ tab: map.tab.name, message: `The ${map.tab.name} tab's ${headers} column moved while Rapport was sending; the next run reads the tab again and continues.` }] };
}

/**
 * Each row's checkbox under `key` by its id (the first row with an id wins, as the parsers keep
 * the first). From a window read without its header (`unchecked`), a cell that is not a checkbox's
 * (true, false or blank) is left out: the columns may have moved, and the whole tab is read.
 */
function byId(map: ColumnMap, rows: readonly (readonly Cell[])[], key: string, unchecked: boolean): Map<string, Cell> {
  const found = new Map<string, Cell>();
  for (const row of rows) {
    const id = cellText(cellOf(map, row, 'id'));
    const cell = cellOf(map, row, key);
    if (unchecked && typeof cell !== 'boolean' && cellText(cell) !== '') continue;
    if (id && !found.has(id)) found.set(id, cell);
  }
  return found;
}

export interface Refreshed<T> {
  /** What the rows say now, by id. */
  now: Map<string, T>;
  /** Ids not found in the rows read: moved elsewhere on the tab (read it whole) or gone. */
  missing: string[];
}

/** Rows read again: a window of rows without the header (`unchecked`), or the whole tab once its header was checked. */
export interface RowsRead {
  rows: readonly (readonly Cell[])[];
  unchecked: boolean;
}

/** The students with their opt-out as the rows read (any rows of the Students tab) say now. */
export function refreshStudents(students: readonly Student[], map: ColumnMap, read: RowsRead): Refreshed<Student> {
  const optOuts = byId(map, read.rows, 'optOut', read.unchecked);
  const now = new Map<string, Student>();
  for (const student of students) if (optOuts.has(student.id)) now.set(student.id, { ...student, optOut: optedOut(optOuts.get(student.id)!) });
  return { now, missing: students.filter((s) => !now.has(s.id)).map((s) => s.id) };
}

/** The resources with Active as the rows read (any rows of the Resources tab) say now. */
export function refreshResources(resources: readonly Resource[], map: ColumnMap, read: RowsRead): Refreshed<Resource> {
  const active = byId(map, read.rows, 'active', read.unchecked);
  const now = new Map<string, Resource>();
  for (const resource of resources) if (active.has(resource.id)) now.set(resource.id, { ...resource, active: cellBoolean(active.get(resource.id)!, true) });
  return { now, missing: resources.filter((r) => !now.has(r.id)).map((r) => r.id) };
}
