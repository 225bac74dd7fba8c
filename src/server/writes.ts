// Batched writes: one setValues per batch of rows, never a write per row, each value as its cell's format keeps it.
import { plainTextCell, type Cell } from '../core/cells';
import { PLAIN_TEXT } from '../core/setup-marks';
import type { ColumnUpdate } from '../core/table';
import type { Sheet } from './tabs';

/**
 * Writes rows after `lastRow` (the tab's last row as read) with one setValues. A range past the
 * sheet's last row throws "The coordinates of the range are outside the dimensions of the sheet"
 * (APPS_SCRIPT_FACTS.md), so missing rows are inserted first. Returns the first row written.
 */
export function appendRows(sheet: Sheet, lastRow: number, rows: Cell[][]): number {
  const first = lastRow + 1;
  if (rows.length === 0) return first;
  const maxRows = sheet.getMaxRows();
  const needed = first + rows.length - 1 - maxRows;
  if (needed > 0) sheet.insertRowsAfter(maxRows, needed);
  writeCells(sheet.getRange(first, 1, rows.length, rows[0].length), rows);
  return first;
}

/**
 * One setValues. Where a value carries the quote safeCellText gives text for other cells, the
 * range's formats are read first (one call, only then) and the quote is left out of plain-text
 * cells, which would keep and show it (plainTextCell).
 */
function writeCells(range: GoogleAppsScript.Spreadsheet.Range, values: Cell[][]): void {
  const quoted = values.some((row) => row.some((value) => plainTextCell(value) !== value));
  const formats = quoted ? range.getNumberFormats() : null;
  const written = formats ? values.map((row, r) => row.map((value, c) => (formats[r][c] === PLAIN_TEXT ? plainTextCell(value) : value))) : values;
  if (written.length === 1 && written[0].length === 1) range.setValue(written[0][0]);
  else range.setValues(written);
}

/** Writes a rectangle at (firstRow, firstColumn: 0-based) with one call, each value as its cell's format keeps it. */
export function writeBlock(sheet: Sheet, firstRow: number, firstColumn: number, values: Cell[][]): void {
  writeCells(sheet.getRange(firstRow, firstColumn + 1, values.length, values[0].length), values);
}

/** Writes a column span with one call (setValue for a single cell). */
export function writeColumnUpdate(sheet: Sheet, update: ColumnUpdate): void {
  writeCells(sheet.getRange(update.firstRow, update.column + 1, update.values.length, 1), update.values.map((value) => [value]));
}
