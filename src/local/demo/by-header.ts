// Adds rows to a tab by header name, so seeding and CSV import survive the teacher moving columns.
import { normalizeHeader } from '../../core/headers';
import type { SheetState, SpreadsheetState, WorkspaceState } from '../runtime/state';
import { appendRowToSheet, findSheet, readValues } from '../services/spreadsheet/state-access';

/** The spreadsheet the add-on is bound to. */
export function boundSpreadsheet(state: WorkspaceState): SpreadsheetState {
  const spreadsheet = state.activeSpreadsheetId ? state.spreadsheets[state.activeSpreadsheetId] : undefined;
  if (!spreadsheet) throw new Error('The workspace has no spreadsheet bound to the add-on.');
  return spreadsheet;
}

/** A tab of the bound spreadsheet, or an error naming the tabs that do exist. */
export function requireTab(state: WorkspaceState, name: string): SheetState {
  const spreadsheet = boundSpreadsheet(state);
  const sheet = findSheet(state, spreadsheet.id, name);
  if (!sheet) {
    const names = spreadsheet.sheets.map((s) => `"${s.name}"`).join(', ');
    throw new Error(`No tab named "${name}". The tabs are: ${names}.`);
  }
  return sheet;
}

/** The header row as text ('' for blank header cells). */
export function headerRow(sheet: SheetState): string[] {
  const [first = []] = readValues(sheet);
  return first.map((cell) => String(cell));
}

/**
 * Places each record's values under the header of the same name (case, spaces and hyphens
 * ignored, as the add-on matches headers); columns the record does not name stay empty. Every
 * record is checked before anything is written, so a bad name leaves the tab untouched.
 */
export function rowsByHeader(tab: string, headers: readonly string[], records: readonly Record<string, string>[]): string[][] {
  const columnOf = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    if (key && !columnOf.has(key)) columnOf.set(key, index);
  });
  const unknown = new Set<string>();
  for (const record of records) for (const name of Object.keys(record)) if (!columnOf.has(normalizeHeader(name))) unknown.add(name);
  if (unknown.size > 0) {
    const names = [...unknown].map((name) => `"${name}"`).join(', ');
    const known = headers.filter(Boolean).join(', ') || '(none)';
    throw new Error(`The ${tab} tab has no column ${names}. Its headers are: ${known}.`);
  }
  return records.map((record) => {
    const row: string[] = headers.map(() => '');
    for (const [name, value] of Object.entries(record)) row[columnOf.get(normalizeHeader(name))!] = value;
    return row;
  });
}

/** Appends records to a tab by header, each value parsed as if typed in; returns how many were added. */
export function appendByHeader(state: WorkspaceState, tab: string, records: readonly Record<string, string>[]): number {
  const sheet = requireTab(state, tab);
  const rows = rowsByHeader(tab, headerRow(sheet), records);
  const { timeZone, locale } = boundSpreadsheet(state);
  for (const row of rows) appendRowToSheet(sheet, row, timeZone, locale);
  return rows.length;
}
