// Gives every Students and Resources row a stable id (`stu-…`, `res-…`), written back in one batch, so check-ins and sends stay attached.
import type { ColumnMap } from '../core/headers';
import { makeId, type IdentifiedRow, type IdPrefix } from '../core/ids';
import { cellOf, FIRST_DATA_ROW, type TabValues } from '../core/table';
import type { Sheet } from './tabs';
import { writeColumn } from './writes';

/**
 * Ids are assigned when Rapport reads a row without one (set-up, the sidebar loading, a
 * selection, a check-in, adding a resource), with UUIDs from Utilities.getUuid, and written with
 * one setValues of the ID column. A copied row, whose id repeated an earlier row's, was cleared by
 * the parser and so gets a new one here. The rows are updated in place. Returns how many ids were written.
 */
export function assignMissingIds(sheet: Sheet, values: TabValues, map: ColumnMap, rows: IdentifiedRow[], prefix: IdPrefix): number {
  const needing = rows.filter((r) => !r.id);
  const idColumn = map.index.id;
  if (needing.length === 0 || idColumn === undefined) return 0;
  const taken = new Set(rows.map((r) => r.id).filter(Boolean));
  const column = values.rows.map((row) => cellOf(map, row, 'id'));
  for (const record of needing) {
    record.id = makeId(prefix, () => Utilities.getUuid(), taken);
    column[record.row - FIRST_DATA_ROW] = record.id;
  }
  writeColumn(sheet, idColumn, column);
  return needing.length;
}
