// Gives every roster row a stable `stu-…` id, written back in one batch, so check-ins and sends stay attached to the student.
import type { ColumnMap } from '../core/headers';
import { makeId } from '../core/ids';
import type { Student } from '../core/students';
import { cellOf, FIRST_DATA_ROW, type TabValues } from '../core/table';
import type { Sheet } from './tabs';
import { writeColumn } from './writes';

/**
 * Ids are assigned when Rapport first reads a row without one (set-up, the sidebar loading, a
 * selection, a check-in), with UUIDs from Utilities.getUuid, and written with one setValues of the
 * ID column. A row whose id duplicates an earlier row's (a copied row) gets a new one. The
 * students are updated in place. Returns how many ids were written.
 */
export function assignMissingStudentIds(sheet: Sheet, values: TabValues, map: ColumnMap, students: Student[]): number {
  const needing = students.filter((s) => !s.id);
  const idColumn = map.index.id;
  if (needing.length === 0 || idColumn === undefined) return 0;
  const taken = new Set(students.map((s) => s.id).filter(Boolean));
  const column = values.rows.map((row) => cellOf(map, row, 'id'));
  for (const student of needing) {
    student.id = makeId('stu', () => Utilities.getUuid(), taken);
    column[student.row - FIRST_DATA_ROW] = student.id;
  }
  writeColumn(sheet, idColumn, column);
  return needing.length;
}
