// Before each batch: the Students tab's ID, Email and Opt out and the Resources tab's ID and Active, read again with one read per tab.
import type { Cell } from '../../core/cells';
import type { Resource } from '../../core/resources';
import { columnSpan, FRESH_RESOURCE_COLUMNS, FRESH_STUDENT_COLUMNS, refreshLibrary, refreshRoster } from '../../core/sending/freshness';
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

/** The header row and every row below, across the columns spanning `keys` only: one getValues. */
function readSpan(tab: ReadTab, keys: readonly string[]): { first: number; values: Cell[][] } {
  const span = columnSpan(tab.map, keys);
  if (!span) return { first: 0, values: [] };
  const rows = Math.max(1, tab.sheet.getLastRow());
  return { first: span.first, values: tab.sheet.getRange(1, span.first + 1, rows, span.width).getValues() as Cell[][] };
}

/**
 * What the next batch must honour: a student who opted out, changed address or left the tab, a
 * resource deactivated or removed since the run (or the batch before) read them. The rest of
 * each student and resource is as the run read it.
 */
export function readFreshClass(data: ClassData): Result<FreshClass> {
  const students = readSpan(data.studentsTab, FRESH_STUDENT_COLUMNS);
  const roster = refreshRoster(data.students, data.studentsTab.map, students.first, students.values);
  if (!roster.ok) return roster;
  const resources = readSpan(data.resourcesTab, FRESH_RESOURCE_COLUMNS);
  const library = refreshLibrary(data.resources, data.resourcesTab.map, resources.first, resources.values);
  if (!library.ok) return library;
  return { ok: true, value: { roster: roster.value, library: library.value } };
}
