// The teacher clicking a row: moves the spreadsheet's active range to that whole row.
import type { WorkspaceState } from '../runtime/state';
import { boundSpreadsheet, requireTab } from '../demo/by-header';

/**
 * Models clicking a row number in Sheets: that tab becomes active and the whole row is selected,
 * so `getActiveRange()` starts at column 1 and spans every column of the sheet (the Sheets UI's
 * behaviour as any user sees it; no reference page states it) [P].
 */
export function selectRow(state: WorkspaceState, tab: string, row: number): void {
  const sheet = requireTab(state, tab);
  if (!Number.isInteger(row) || row < 1 || row > sheet.maxRows) {
    throw new Error(`Row ${row} is outside the ${sheet.name} tab, which has rows 1 to ${sheet.maxRows}.`);
  }
  boundSpreadsheet(state).active = { sheet: sheet.name, row, column: 1, numRows: 1, numColumns: sheet.maxColumns };
}
