// A tab as read in one call (header row, then data rows) and row access by column key rather than position.
import { cellText, isBlankRow, type Cell } from './cells';
import type { ColumnMap } from './headers';

/** Row 1 holds the headers; data starts on sheet row 2. */
export const FIRST_DATA_ROW = 2;

export interface TabValues {
  /** Row 1 as read. */
  header: Cell[];
  /** Rows 2.. as read; data row i is sheet row i + FIRST_DATA_ROW. */
  rows: Cell[][];
}

/** New values for one column, sheet rows `firstRow` onwards: written with one call. */
export interface ColumnUpdate {
  /** 0-based column. */
  column: number;
  firstRow: number;
  values: Cell[];
}

/** Splits `getValues()` of a whole tab into header and data rows; an empty tab has an empty header. */
export function splitValues(values: readonly (readonly Cell[])[]): TabValues {
  const [header = [], ...rows] = values.map((row) => [...row]);
  return { header, rows };
}

/** The cell under a column key; '' when the column is missing or the row is short. */
export function cellOf(map: ColumnMap, row: readonly Cell[], key: string): Cell {
  const index = map.index[key];
  return index === undefined ? '' : (row[index] ?? '');
}

/**
 * A full-width row for writing: each value under its column wherever the teacher moved it,
 * '' under the teacher's own columns and under Rapport columns that are missing.
 */
export function rowFor(map: ColumnMap, values: Record<string, Cell>): Cell[] {
  const row: Cell[] = new Array<Cell>(map.width).fill('');
  for (const [key, value] of Object.entries(values)) {
    const index = map.index[key];
    if (index !== undefined) row[index] = value;
  }
  return row;
}

/** The sheet row of the last row holding anything (1, the header, for a tab with no data): new rows go after it. */
export function lastUsedRow(values: TabValues): number {
  for (let i = values.rows.length - 1; i >= 0; i -= 1) if (!isBlankRow(values.rows[i])) return i + FIRST_DATA_ROW;
  return FIRST_DATA_ROW - 1;
}

/** How many columns, counted from A, reach the last data cell holding anything (an unticked checkbox counts). */
export function dataWidth(values: TabValues): number {
  let width = 0;
  for (const row of values.rows) {
    for (let i = row.length - 1; i >= width; i -= 1) {
      if (cellText(row[i]) !== '') {
        width = i + 1;
        break;
      }
    }
  }
  return width;
}

/**
 * Calls `each` with every row that holds something in a column Rapport reads, and its 1-based sheet
 * row: the one loop of the tab parsers. A row filled only in a column of the teacher's own is not data.
 */
export function forEachFilledRow(rows: readonly (readonly Cell[])[], map: ColumnMap, each: (cells: readonly Cell[], row: number) => void): void {
  const mapped = Object.values(map.index);
  rows.forEach((cells, i) => {
    if (!isBlankRow(mapped.map((index) => cells[index]))) each(cells, i + FIRST_DATA_ROW);
  });
}
