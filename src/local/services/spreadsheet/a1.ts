// A1 notation and grid rectangles: parsing, formatting, and how rectangles move when rows or columns change.

/** A 1-based rectangle of cells on one sheet. */
export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type Dimension = 'rows' | 'columns';

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 'A' → 1, 'aa' → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'A1' for one cell, 'A1:C4' otherwise, as Range.getA1Notation() writes it. */
export function toA1(range: GridRange): string {
  const start = `${columnLetters(range.column)}${range.row}`;
  if (range.numRows === 1 && range.numColumns === 1) return start;
  return `${start}:${columnLetters(range.column + range.numColumns - 1)}${range.row + range.numRows - 1}`;
}

/** Splits `'My tab'!A1:B2` into the sheet name (null when absent) and the cell reference. */
export function splitSheetName(notation: string): { sheetName: string | null; reference: string } {
  const bang = notation.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, reference: notation };
  let sheetName = notation.slice(0, bang);
  if (sheetName.length >= 2 && sheetName.startsWith("'") && sheetName.endsWith("'")) {
    sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
  }
  return { sheetName, reference: notation.slice(bang + 1) };
}

const CELL_PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/**
 * Resolves a reference ('B2', 'A1:C3', 'A:C', '2:5', 'A2:C') against the sheet's size, as
 * Sheet.getRange(a1Notation) does: open-ended columns or rows run to the sheet's edge.
 * Returns null for text that is not a reference or reaches past the sheet.
 */
export function resolveReference(reference: string, maxRows: number, maxColumns: number): GridRange | null {
  const parts = reference.trim().split(':');
  if (parts.length > 2) return null;
  const matches = parts.map((part) => CELL_PART.exec(part));
  if (matches.some((m) => !m || (m[1] === '' && m[2] === ''))) return null;
  const [first, last = first] = matches as RegExpExecArray[];
  if (parts.length === 1 && (first[1] === '' || first[2] === '')) return null;
  const startColumn = first[1] ? columnNumber(first[1]) : 1;
  const startRow = first[2] ? Number(first[2]) : 1;
  const endColumn = last[1] ? columnNumber(last[1]) : maxColumns;
  const endRow = last[2] ? Number(last[2]) : maxRows;
  const top = Math.min(startRow, endRow);
  const bottom = Math.max(startRow, endRow);
  const left = Math.min(startColumn, endColumn);
  const right = Math.max(startColumn, endColumn);
  if (top < 1 || left < 1 || bottom > maxRows || right > maxColumns) return null;
  return { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 };
}

export function containsCell(range: GridRange, row: number, column: number): boolean {
  return row >= range.row && row < range.row + range.numRows && column >= range.column && column < range.column + range.numColumns;
}

export function containsRange(outer: GridRange, inner: GridRange): boolean {
  return (
    containsCell(outer, inner.row, inner.column) &&
    containsCell(outer, inner.row + inner.numRows - 1, inner.column + inner.numColumns - 1)
  );
}

/**
 * Where a rectangle lands after `count` rows (or columns) are inserted after index `after`:
 * one below the insertion moves down; one that contains or ends at `after` grows, as Sheets
 * gives inserted rows the formatting and validation of the row before them.
 */
export function shiftForInsert(range: GridRange, dimension: Dimension, after: number, count: number): GridRange {
  const [startKey, sizeKey] = dimension === 'rows' ? (['row', 'numRows'] as const) : (['column', 'numColumns'] as const);
  const start = range[startKey];
  const end = start + range[sizeKey] - 1;
  if (start > after) return { ...range, [startKey]: start + count };
  if (end >= after) return { ...range, [sizeKey]: range[sizeKey] + count };
  return range;
}

/** Where a rectangle lands after `count` rows (or columns) from `index` are deleted; null when nothing is left. */
export function shiftForDelete(range: GridRange, dimension: Dimension, index: number, count: number): GridRange | null {
  const [startKey, sizeKey] = dimension === 'rows' ? (['row', 'numRows'] as const) : (['column', 'numColumns'] as const);
  const start = range[startKey];
  const end = start + range[sizeKey] - 1;
  const deletedEnd = index + count - 1;
  const removedInside = Math.max(0, Math.min(end, deletedEnd) - Math.max(start, index) + 1);
  const size = range[sizeKey] - removedInside;
  if (size <= 0) return null;
  const newStart = start > deletedEnd ? start - count : Math.min(start, index);
  return { ...range, [startKey]: newStart, [sizeKey]: size };
}
