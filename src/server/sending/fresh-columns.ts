// Before each batch: the Opt out of its students and the Active of their picks, read again from the few rows that hold them.
import type { Cell } from '../../core/cells';
import type { IdentifiedRow } from '../../core/ids';
import type { Resource } from '../../core/resources';
import { asWholeRows, columnSpan, FRESH_RESOURCE_COLUMNS, FRESH_STUDENT_COLUMNS, headerUnmoved, refreshResources, refreshStudents, rowWindow, type Refreshed, type RowsRead } from '../../core/sending/freshness';
import type { Student } from '../../core/students';
import type { Result } from '../../core/vocabulary';
import type { ClassData, ReadTab } from './class-data';

export interface FreshClass {
  roster: ReadonlyMap<string, Student>;
  library: ReadonlyMap<string, Resource>;
}

/** The roster and library as the run read them. */
export function asRead(data: ClassData): FreshClass {
  return { roster: new Map(data.students.map((s) => [s.id, s])), library: new Map(data.resources.map((r) => [r.id, r])) };
}

/**
 * `records` as their tab says now, in one getValues of the rows that held them when the run read
 * the tab, across the columns spanning `keys`. When one is not found there (rows inserted or
 * deleted above it, or a column moved), the whole tab is read once, its header checked.
 */
function refreshed<T extends IdentifiedRow>(tab: ReadTab, keys: readonly string[], records: readonly T[], refresh: (records: readonly T[], read: RowsRead) => Refreshed<T>): Result<Map<string, T>> {
  const span = columnSpan(tab.map, keys);
  const batchRows = rowWindow(records);
  if (!span || !batchRows) return { ok: true, value: new Map() };
  const read = (first: number, count: number) => asWholeRows(span.first, tab.sheet.getRange(first, span.first + 1, count, span.width).getValues() as Cell[][]);
  let inWindow: Refreshed<T> | null = null;
  try {
    inWindow = refresh(records, { rows: read(batchRows.first, batchRows.count), unchecked: true });
  } catch {
    // Rows deleted since the run read the tab: the window reaches past its end.
  }
  if (inWindow && inWindow.missing.length === 0) return { ok: true, value: inWindow.now };
  const [header = [], ...rows] = read(1, Math.max(1, tab.sheet.getLastRow()));
  const unmoved = headerUnmoved(tab.map, keys, header);
  if (!unmoved.ok) return unmoved;
  return { ok: true, value: refresh(records, { rows, unchecked: false }).now };
}

/**
 * What the next batch must honour: a student who opted out or left the tab, a picked resource
 * deactivated or removed, since the run (or the batch before) read them. Everything else is as the
 * run read it. Usually one small read per tab.
 */
export function readFreshClass(data: ClassData, studentIds: readonly string[], resourceIds: readonly string[]): Result<FreshClass> {
  const students = data.students.filter((s) => studentIds.includes(s.id));
  const roster = refreshed(data.studentsTab, FRESH_STUDENT_COLUMNS, students, (records, read) => refreshStudents(records, data.studentsTab.map, read));
  if (!roster.ok) return roster;
  const wanted = new Set(resourceIds);
  const resources = data.resources.filter((r) => wanted.has(r.id));
  const library = refreshed(data.resourcesTab, FRESH_RESOURCE_COLUMNS, resources, (records, read) => refreshResources(records, data.resourcesTab.map, read));
  if (!library.ok) return library;
  return { ok: true, value: { roster: roster.value, library: library.value } };
}
