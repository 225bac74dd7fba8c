// Test helper for bundle tests: a set-up class in the local runtime, rows written by header, and the sheet state read back.
import { normalizeHeader } from '../../src/core/headers';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { CellValue, SheetState } from '../../src/local/runtime/state';
import { findSheet, readFormulas, readValues, writeValues } from '../../src/local/services/spreadsheet/state-access';
import { newRuntime, runOk } from '../helpers/runtime';

export const SPREADSHEET_ID = 'sheet-1';

/** A fresh workspace on which the add-on's own setupClass has run. */
export function setUpClass(): LocalRuntime {
  const runtime = newRuntime();
  runOk(runtime, 'setupClass');
  return runtime;
}

export function spreadsheetOf(runtime: LocalRuntime) {
  return runtime.state.spreadsheets[SPREADSHEET_ID];
}

export function tab(runtime: LocalRuntime, name: string): SheetState {
  const sheet = findSheet(runtime.state, SPREADSHEET_ID, name);
  if (!sheet) throw new Error(`no tab ${name}`);
  return sheet;
}

export function valuesOf(runtime: LocalRuntime, name: string): CellValue[][] {
  return readValues(tab(runtime, name));
}

export function formulasOf(runtime: LocalRuntime, name: string): string[][] {
  return readFormulas(tab(runtime, name));
}

/** The tab's data rows as records keyed by header. */
export function recordsOf(runtime: LocalRuntime, name: string): Record<string, CellValue>[] {
  const [header, ...rows] = valuesOf(runtime, name);
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

/** Writes records under the headers they name (any case or spacing), after the last row, as a teacher typing them would. */
export function addRows(runtime: LocalRuntime, name: string, records: Record<string, unknown>[]): void {
  const sheet = tab(runtime, name);
  const [header] = readValues(sheet);
  const columnOf = new Map(header.map((h, i) => [normalizeHeader(h), i]));
  const rows = records.map((record) => {
    const row: unknown[] = header.map(() => '');
    for (const [key, value] of Object.entries(record)) {
      const column = columnOf.get(normalizeHeader(key));
      if (column === undefined) throw new Error(`${name} has no column ${key}`);
      row[column] = value;
    }
    return row;
  });
  const { timeZone, locale } = spreadsheetOf(runtime);
  writeValues(sheet, readValues(sheet).length + 1, 1, rows, timeZone, locale);
}

/** A plausible student; `i` makes the name, email and id unique. */
export function student(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ID: `stu-${String(i).padStart(6, '0')}`,
    'First name': `Student${i}`,
    'Last name': `Family${i}`,
    Email: `student${i}@school.example`,
    Section: `Period ${(i % 5) + 1}`,
    Interests: 'robotics, music',
    Goals: 'get better at writing',
    ...extra,
  };
}

export function addStudents(runtime: LocalRuntime, count: number): void {
  addRows(runtime, 'Students', Array.from({ length: count }, (_, i) => student(i + 1)));
}

/** Puts the teacher's selection on a cell, as clicking it would. */
export function select(runtime: LocalRuntime, tabName: string, row: number, column = 1): void {
  spreadsheetOf(runtime).active = { sheet: tabName, row, column, numRows: 1, numColumns: 1 };
}

/** Asserts a cell holds a Date taken during the last execution (between its start and end on the virtual clock). */
export function expectDuringLastRun(runtime: LocalRuntime, value: unknown): void {
  const last = runtime.state.executions.at(-1)!;
  expect(value).toBeInstanceOf(Date);
  const time = (value as Date).getTime();
  expect(time).toBeGreaterThanOrEqual(Date.parse(last.startedAt));
  expect(time).toBeLessThanOrEqual(Date.parse(last.endedAt));
}
