// The Students tab's Last check-in column, derived from the Check-ins tab: what each cell should hold and the span that differs.
import { cellText, isDate, rewrittenCell, type Cell } from './cells';
import { latestCheckIns, type CheckIn } from './check-ins';
import type { ColumnMap } from './headers';
import type { Student } from './students';
import { cellOf, FIRST_DATA_ROW, type ColumnUpdate, type TabValues } from './table';

/** Sheets may keep a date-time to the second only; a finer difference must not make every read rewrite the column. */
const SAME_WITHIN_MS = 1_000;

function sameCell(current: Cell, wanted: Date | ''): boolean {
  if (wanted === '') return current === false || cellText(current) === '';
  return isDate(current) && Math.abs(current.getTime() - wanted.getTime()) < SAME_WITHIN_MS;
}

/**
 * Each student's Last check-in is the instant of their latest check-in on the Check-ins tab, or
 * blank when they have none, so a check-in typed into the tab or deleted from it shows here at the
 * next read. Rows that are not students keep what they hold. Returns the smallest span of rows
 * that differs, or null when the column is missing or already right.
 */
export function lastCheckInUpdate(values: TabValues, map: ColumnMap, students: readonly Student[], checkIns: readonly CheckIn[]): ColumnUpdate | null {
  const column = map.index.lastCheckIn;
  if (column === undefined) return null;
  const latest = latestCheckIns(checkIns);
  const studentAt = new Map(students.map((s) => [s.row, s]));
  const current = values.rows.map((row) => cellOf(map, row, 'lastCheckIn'));
  const wanted: Cell[] = current.map((cell, i) => {
    const student = studentAt.get(i + FIRST_DATA_ROW);
    if (!student) return cell;
    return (student.id && latest.get(student.id)?.at) || '';
  });
  const differs = (i: number) => studentAt.has(i + FIRST_DATA_ROW) && !sameCell(current[i], wanted[i] as Date | '');
  const first = wanted.findIndex((_, i) => differs(i));
  if (first < 0) return null;
  let last = wanted.length - 1;
  while (!differs(last)) last -= 1;
  const span = wanted.slice(first, last + 1).map(rewrittenCell);
  return { column, firstRow: first + FIRST_DATA_ROW, values: span };
}
