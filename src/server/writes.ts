// Batched writes: one setValues per batch of rows, never a write per row.
import type { Cell } from '../core/cells';
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
  sheet.getRange(first, 1, rows.length, rows[0].length).setValues(rows);
  return first;
}

/** Writes a column span with one call: setValue for a single cell, else one setValues. */
export function writeColumnUpdate(sheet: Sheet, update: ColumnUpdate): void {
  if (update.values.length === 1) sheet.getRange(update.firstRow, update.column + 1).setValue(update.values[0]);
  else sheet.getRange(update.firstRow, update.column + 1, update.values.length, 1).setValues(update.values.map((value) => [value]));
}
