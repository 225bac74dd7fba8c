// The Students tab's Last check-in column, derived from the Check-ins tab: what each cell should hold and the span that differs.
import { cellText, isDate, rewrittenCell, type Cell } from './cells';
import { latestCheckIns, type CheckIn } from './check-ins';
import type { ColumnMap } from './headers';
import type { Student } from './students';
import { cellOf, FIRST_DATA_ROW, type ColumnUpdate, type TabValues } from './table';

/** Sheets may keep a date-time to the second only; a finer difference must not make every read rewrite the column. */
const SAME_WITHIN_MS = 1_000;

/**
 * Whether the derived date may go into a cell: the cell is empty, or holds an earlier date.
 * A later date, or anything that is not a date, is the teacher's (the column may have been theirs
 * before set-up added it, or they keep a check-in Rapport never saw), and is never overwritten.
 */
function mayWrite(current: Cell, derived: Date | undefined): derived is Date {
  if (!derived) return false;
  if (current === false || cellText(current) === '') return true;
  return isDate(current) && derived.getTime() - current.getTime() >= SAME_WITHIN_MS;
}

/**
 * Each student's Last check-in is brought up to the instant of their latest check-in on the
 * Check-ins tab, so one typed into that tab shows here at the next read. Rapport never blanks a
 * non-empty cell or moves a date back: a deleted check-in leaves the date it had shown. Rows that
 * are not students keep what they hold. Returns the smallest span of rows that changes, or null
 * when the column is missing or nothing is later.
 */
export function lastCheckInUpdate(values: TabValues, map: ColumnMap, students: readonly Student[], checkIns: readonly CheckIn[]): ColumnUpdate | null {
  const column = map.index.lastCheckIn;
  if (column === undefined) return null;
  const latest = latestCheckIns(checkIns);
  const studentAt = new Map(students.map((s) => [s.row, s]));
  const current = values.rows.map((row) => cellOf(map, row, 'lastCheckIn'));
  const derived = current.map((_, i) => {
    const student = studentAt.get(i + FIRST_DATA_ROW);
    return student?.id ? latest.get(student.id)?.at : undefined;
  });
  const changes = (i: number) => mayWrite(current[i], derived[i]);
  const first = current.findIndex((_, i) => changes(i));
  if (first < 0) return null;
  let last = current.length - 1;
  while (!changes(last)) last -= 1;
  const span = current.slice(first, last + 1).map((cell, offset) => (changes(first + offset) ? derived[first + offset]! : rewrittenCell(cell)));
  return { column, firstRow: first + FIRST_DATA_ROW, values: span };
}
