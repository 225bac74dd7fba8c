// A tab as plain JSON: its values (Dates as ISO strings) and formulas, header row first.
import type { SheetState } from '../runtime/state';
import { readFormulas, readValues } from '../services/spreadsheet/state-access';

export type JsonCell = string | number | boolean;

export interface SheetView {
  values: JsonCell[][];
  formulas: string[][];
}

export function sheetView(sheet: SheetState): SheetView {
  const values = readValues(sheet).map((row) => row.map((cell): JsonCell => (cell instanceof Date ? cell.toISOString() : cell)));
  return { values, formulas: readFormulas(sheet) };
}
