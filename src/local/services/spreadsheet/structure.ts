// Inserting and deleting rows and columns: cells move, and so do formats, validations and protected ranges.
import type { SheetState } from '../../runtime/state';
import { resolveReference, shiftForDelete, shiftForInsert, toA1, type Dimension, type GridRange } from './a1';
import { remapNumberFormats } from './number-formats';

/** Moves every rectangle the sheet records (formats, validations, protected ranges); null drops it. */
function remapRecordedRanges(sheet: SheetState, move: (range: GridRange) => GridRange | null, before: { maxRows: number; maxColumns: number }): void {
  remapNumberFormats(sheet, move, before);
  const remapA1 = (a1: string): string | null => {
    const range = resolveReference(a1, before.maxRows, before.maxColumns);
    const moved = range && move(range);
    return moved ? toA1(moved) : null;
  };
  sheet.validations = sheet.validations.flatMap((validation) => {
    const range = remapA1(validation.range);
    return range ? [{ ...validation, range }] : [];
  });
  sheet.protections = sheet.protections.flatMap((protection) => {
    if (protection.range === undefined) return [protection];
    const range = remapA1(protection.range);
    return range ? [Object.assign(protection, { range })] : [];
  });
}

/**
 * Models Sheet.insertRowsAfter / insertColumnsAfter: cells below (right of) the position move,
 * the sheet grows, and rectangles that reach the position grow with it, as inserted rows take
 * the formatting of the row before them in Sheets [P].
 */
export function insertAfter(sheet: SheetState, dimension: Dimension, after: number, count: number): void {
  if (count <= 0) return;
  const before = { maxRows: sheet.maxRows, maxColumns: sheet.maxColumns };
  if (dimension === 'rows') {
    if (sheet.cells.length > after) sheet.cells.splice(after, 0, ...Array.from({ length: count }, () => []));
    sheet.maxRows += count;
  } else {
    for (const row of sheet.cells) if (row && row.length > after) row.splice(after, 0, ...Array<null>(count).fill(null));
    sheet.maxColumns += count;
  }
  remapRecordedRanges(sheet, (range) => shiftForInsert(range, dimension, after, count), before);
}

/** How many of the first `frozen` positions fall inside the deleted span. */
function frozenDeleted(frozen: number, index: number, count: number): number {
  return Math.max(0, Math.min(frozen, index + count - 1) - index + 1);
}

/**
 * Models Sheet.deleteRows / deleteColumns: the cells go, later ones move up (left), the sheet
 * shrinks, and deleting frozen rows (columns) leaves fewer frozen, as in Sheets [U].
 */
export function deleteSpan(sheet: SheetState, dimension: Dimension, index: number, count: number): void {
  const before = { maxRows: sheet.maxRows, maxColumns: sheet.maxColumns };
  if (dimension === 'rows') {
    sheet.cells.splice(index - 1, count);
    sheet.maxRows -= count;
    sheet.frozenRows -= frozenDeleted(sheet.frozenRows, index, count);
  } else {
    for (const row of sheet.cells) if (row) row.splice(index - 1, count);
    sheet.maxColumns -= count;
    sheet.frozenColumns -= frozenDeleted(sheet.frozenColumns, index, count);
  }
  remapRecordedRanges(sheet, (range) => shiftForDelete(range, dimension, index, count), before);
}

/** Grows the sheet at its end so that it has at least this many rows and columns (appendRow past the edge). */
export function ensureSize(sheet: SheetState, rows: number, columns: number): void {
  if (rows > sheet.maxRows) insertAfter(sheet, 'rows', sheet.maxRows, rows - sheet.maxRows);
  if (columns > sheet.maxColumns) insertAfter(sheet, 'columns', sheet.maxColumns, columns - sheet.maxColumns);
}
