// Plain functions over spreadsheet state, for the services and for local code that runs outside an execution.
import type { CellState, CellValue, SheetState, SpreadsheetState, WorkspaceState } from '../../runtime/state';
import type { GridRange } from './a1';
import { displayText } from './display';
import { sameSheetName } from './messages';
import { numberFormatLookup } from './number-formats';
import { ensureSize } from './structure';
import { assertCellLength, isDate, PLAIN_TEXT_FORMAT, typedCell } from './typed-input';

export function findSpreadsheet(state: WorkspaceState, spreadsheetId: string): SpreadsheetState | null {
  return state.spreadsheets[spreadsheetId] ?? null;
}

/** Sheet names match in any case, as in Spreadsheet.getSheetByName. */
export function findSheet(state: WorkspaceState, spreadsheetId: string, name: string): SheetState | null {
  return findSpreadsheet(state, spreadsheetId)?.sheets.find((sheet) => sameSheetName(sheet.name, name)) ?? null;
}

function isFilled(cell: CellState | null | undefined): boolean {
  return !!cell && (cell.v !== '' || cell.f !== undefined);
}

/** Models Sheet.getLastRow: the last row holding a value or formula; 0 for an empty sheet [P]. */
export function lastRow(sheet: SheetState): number {
  for (let r = sheet.cells.length - 1; r >= 0; r -= 1) {
    if (sheet.cells[r]?.some(isFilled)) return r + 1;
  }
  return 0;
}

/** Models Sheet.getLastColumn: the last column holding a value or formula in any row; 0 when empty. */
export function lastColumn(sheet: SheetState): number {
  let last = 0;
  for (const row of sheet.cells) {
    if (!row) continue;
    for (let c = row.length - 1; c >= last; c -= 1) {
      if (isFilled(row[c])) {
        last = c + 1;
        break;
      }
    }
  }
  return last;
}

/** A rectangle of cells mapped to what each read returns; missing cells are null. */
function mapRange<T>(sheet: SheetState, range: GridRange, read: (cell: CellState | null, row: number, column: number) => T): T[][] {
  const out: T[][] = new Array(range.numRows);
  for (let i = 0; i < range.numRows; i += 1) {
    const cells = sheet.cells[range.row - 1 + i];
    const line: T[] = new Array(range.numColumns);
    for (let j = 0; j < range.numColumns; j += 1) line[j] = read(cells?.[range.column - 1 + j] ?? null, range.row + i, range.column + j);
    out[i] = line;
  }
  return out;
}

/**
 * getValues: a full rectangle; empty cells are ''; Dates are copies, so a caller cannot edit the
 * sheet through them, of class `DateClass` (a script gets its sandbox's Date: script-date.ts).
 */
export function readRange(sheet: SheetState, range: GridRange, DateClass: DateConstructor = Date): CellValue[][] {
  return mapRange(sheet, range, (cell) => {
    if (!cell) return '';
    return isDate(cell.v) ? new DateClass(cell.v.getTime()) : cell.v;
  });
}

/** getFormulas: the formula text, '' for cells without one [C]. */
export function readFormulasInRange(sheet: SheetState, range: GridRange): string[][] {
  return mapRange(sheet, range, (cell) => cell?.f ?? '');
}

/**
 * getDisplayValues: each cell's text through its number format (one set on the range, else the one
 * the cell got when its text was typed), in the spreadsheet's time zone and locale.
 */
export function readDisplayInRange(sheet: SheetState, range: GridRange, timeZone: string, locale = 'en_US'): string[][] {
  const formatOf = numberFormatLookup(sheet);
  return mapRange(sheet, range, (cell, row, column) => (cell ? displayText(cell.v, formatOf(row, column) ?? cell.n, timeZone, locale) : ''));
}

/** The data rectangle (rows 1..lastRow, columns 1..lastColumn); null for an empty sheet. */
export function dataRange(sheet: SheetState): GridRange | null {
  const rows = lastRow(sheet);
  const columns = lastColumn(sheet);
  return rows === 0 || columns === 0 ? null : { row: 1, column: 1, numRows: rows, numColumns: columns };
}

/** The whole data rectangle's values, header row first; [] for an empty sheet. */
export function readValues(sheet: SheetState): CellValue[][] {
  const range = dataRange(sheet);
  return range ? readRange(sheet, range) : [];
}

export function readFormulas(sheet: SheetState): string[][] {
  const range = dataRange(sheet);
  return range ? readFormulasInRange(sheet, range) : [];
}

export function readDisplayValues(sheet: SheetState, timeZone: string, locale = 'en_US'): string[][] {
  const range = dataRange(sheet);
  return range ? readDisplayInRange(sheet, range, timeZone, locale) : [];
}

/**
 * The row's cell array, created (with empty rows before it) when missing. Arrays are padded
 * rather than left sparse, so that the state saves to JSON and loads back identically.
 */
function rowCells(sheet: SheetState, row: number): (CellState | null)[] {
  while (sheet.cells.length < row) sheet.cells.push([]);
  const cells = sheet.cells[row - 1] ?? [];
  sheet.cells[row - 1] = cells;
  return cells;
}

function storeCell(cells: (CellState | null)[], column: number, cell: CellState | null): void {
  while (cells.length < column - 1) cells.push(null);
  cells[column - 1] = cell;
}

/** Throws before anything is written when a string is too long for a cell. */
function assertCellsFit(values: readonly (readonly unknown[])[]): void {
  for (const row of values) for (const value of row) assertCellLength(value);
}

/**
 * Writes a rectangle of values starting at (row, column), each parsed as if typed (see typedCell),
 * with the cell's current number format deciding whether it is plain text.
 */
export function writeValues(sheet: SheetState, row: number, column: number, values: readonly (readonly unknown[])[], timeZone: string, locale = 'en_US'): void {
  assertCellsFit(values);
  const width = values.reduce((widest, line) => Math.max(widest, line.length), 0);
  ensureSize(sheet, row + values.length - 1, column + width - 1);
  const formatOf = numberFormatLookup(sheet);
  const typing = { plainText: false, timeZone, locale };
  values.forEach((line, i) => {
    const cells = rowCells(sheet, row + i);
    line.forEach((value, j) => {
      typing.plainText = formatOf(row + i, column + j) === PLAIN_TEXT_FORMAT;
      storeCell(cells, column + j, withNoteOf(cells[column + j - 1], typedCell(value, typing)));
    });
  });
}

/** One cell, parsed as if typed. */
export function writeCell(sheet: SheetState, row: number, column: number, value: unknown, timeZone: string, locale = 'en_US'): void {
  writeValues(sheet, row, column, [[value]], timeZone, locale);
}

/**
 * Models Sheet.appendRow: the values go in the row after the last row with content, parsed as if
 * typed [C for formulas]; the sheet grows when that row or its width is past the edge [P].
 * Returns the 1-based row written.
 */
export function appendRowToSheet(sheet: SheetState, values: readonly unknown[], timeZone: string, locale = 'en_US'): number {
  const row = lastRow(sheet) + 1;
  writeValues(sheet, row, 1, [values], timeZone, locale);
  return row;
}

/** A new cell keeps the note of the one it replaces: notes are not content [P: Range.clearNote is separate]. */
function withNoteOf(previous: CellState | null | undefined, cell: CellState | null): CellState | null {
  if (previous?.note === undefined) return cell;
  return { ...(cell ?? { v: '' }), note: previous.note };
}

/** Empties the cells of a rectangle, keeping their formats and notes (Range.clearContent). */
export function clearRange(sheet: SheetState, range: GridRange): void {
  for (let r = range.row; r < range.row + range.numRows; r += 1) {
    const cells = sheet.cells[r - 1];
    if (!cells) continue;
    for (let c = range.column; c < range.column + range.numColumns && c <= cells.length; c += 1) cells[c - 1] = withNoteOf(cells[c - 1], null);
  }
}

/** Sets (or with '' removes) the note of every cell of a rectangle, keeping values. */
export function writeNotes(sheet: SheetState, range: GridRange, notes: readonly (readonly string[])[]): void {
  ensureSize(sheet, range.row + range.numRows - 1, range.column + range.numColumns - 1);
  notes.forEach((line, i) => {
    const cells = rowCells(sheet, range.row + i);
    line.forEach((note, j) => {
      const { note: _old, ...rest } = cells[range.column + j - 1] ?? { v: '' };
      const isEmpty = rest.v === '' && rest.f === undefined && rest.n === undefined;
      storeCell(cells, range.column + j, note === '' ? (isEmpty ? null : rest) : { ...rest, note });
    });
  });
}

/** getNotes: '' for cells without one. */
export function readNotesInRange(sheet: SheetState, range: GridRange): string[][] {
  return mapRange(sheet, range, (cell) => cell?.note ?? '');
}
