// Gives every Students and Resources row a stable id (`stu-…`, `res-…`), written back in one batch, so check-ins and sends stay attached.
import { rewrittenCell } from '../core/cells';
import type { ColumnMap } from '../core/headers';
import { hexStream, makeId, type IdentifiedRow, type IdPrefix } from '../core/ids';
import { cellOf, FIRST_DATA_ROW, type TabValues } from '../core/table';
import type { Sheet } from './tabs';
import { writeColumnUpdate } from './writes';

/**
 * Ids are assigned when Rapport reads a row without one (set-up, the sidebar loading, a
 * selection, a check-in, adding a resource), from one Utilities.getUuid per batch (hexStream), and written with
 * one write of the ID column spanning only the rows from the first to the last that needed one;
 * ids between them are written back as the same text (rewrittenCell), never as formulas. A copied
 * row, whose id repeated an earlier row's, was cleared by the parser and so gets a new one here.
 * The rows are updated in place. Returns how many ids were written.
 */
export function assignMissingIds(sheet: Sheet, values: TabValues, map: ColumnMap, rows: IdentifiedRow[], prefix: IdPrefix): number {
  const needing = rows.filter((r) => !r.id);
  const idColumn = map.index.id;
  if (needing.length === 0 || idColumn === undefined) return 0;
  const taken = new Set(rows.map((r) => r.id).filter(Boolean));
  const column = values.rows.map((row) => rewrittenCell(cellOf(map, row, 'id')));
  const nextHex = hexStream(Utilities.getUuid());
  for (const record of needing) {
    record.id = makeId(prefix, nextHex, taken);
    column[record.row - FIRST_DATA_ROW] = record.id;
  }
  const rowsWritten = needing.map((r) => r.row - FIRST_DATA_ROW);
  const first = Math.min(...rowsWritten);
  writeColumnUpdate(sheet, { column: idColumn, firstRow: first + FIRST_DATA_ROW, values: column.slice(first, Math.max(...rowsWritten) + 1) });
  return needing.length;
}
