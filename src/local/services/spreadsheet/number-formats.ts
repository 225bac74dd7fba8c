// Number formats recorded per rectangle (SheetState.numberFormats, keyed by A1): set one, look one up per cell.
import type { SheetState } from '../../runtime/state';
import { containsCell, containsRange, resolveReference, toA1, type GridRange } from './a1';

/** The sheet's formats as rectangles, latest first: a later setNumberFormat wins where they overlap. */
function formatRectangles(sheet: SheetState): { range: GridRange; format: string }[] {
  const rectangles: { range: GridRange; format: string }[] = [];
  for (const [a1, format] of Object.entries(sheet.numberFormats)) {
    const range = resolveReference(a1, sheet.maxRows, sheet.maxColumns);
    if (range) rectangles.unshift({ range, format });
  }
  return rectangles;
}

/** A lookup of each cell's number format (undefined when never set), built once per read or write. */
export function numberFormatLookup(sheet: SheetState): (row: number, column: number) => string | undefined {
  const rectangles = formatRectangles(sheet);
  if (rectangles.length === 0) return () => undefined;
  return (row, column) => rectangles.find((r) => containsCell(r.range, row, column))?.format;
}

/**
 * Records a format on a rectangle. Formats it wholly covers are dropped and it is stored last,
 * so that key order is the order formats were applied in.
 */
export function setNumberFormat(sheet: SheetState, range: GridRange, format: string): void {
  const formats: Record<string, string> = {};
  for (const [a1, existing] of Object.entries(sheet.numberFormats)) {
    const other = resolveReference(a1, sheet.maxRows, sheet.maxColumns);
    if (!other || !containsRange(range, other)) formats[a1] = existing;
  }
  formats[toA1(range)] = format;
  sheet.numberFormats = formats;
}

/** Rewrites every recorded rectangle (after rows or columns move); a null result drops it. */
export function remapNumberFormats(sheet: SheetState, move: (range: GridRange) => GridRange | null, before: { maxRows: number; maxColumns: number }): void {
  const formats: Record<string, string> = {};
  for (const [a1, format] of Object.entries(sheet.numberFormats)) {
    const range = resolveReference(a1, before.maxRows, before.maxColumns);
    const moved = range && move(range);
    if (moved) formats[toA1(moved)] = format;
  }
  sheet.numberFormats = formats;
}
