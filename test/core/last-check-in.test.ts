// Last check-in derived from the Check-ins tab: the instant of each student's latest, blank for none, only the stale span rewritten.
import type { CheckIn } from '../../src/core/check-ins';
import { mapColumns } from '../../src/core/headers';
import { lastCheckInUpdate } from '../../src/core/last-check-in';
import { STUDENTS } from '../../src/core/schema';
import { parseRoster } from '../../src/core/students';
import { DATES, tabValues } from './tables';

const at = (iso: string) => new Date(iso);
/** Last check-in's position in the schema's column order. */
const LAST_CHECK_IN = STUDENTS.columns.findIndex((c) => c.key === 'lastCheckIn');
const checkIn = (studentId: string, date: string, row = 2): CheckIn => ({ row, date, at: at(`${date}T15:00:00Z`), studentId, studentName: '', kind: 'greeting', note: '', followUp: null });

function update(lastCheckIns: (Date | string)[], checkIns: CheckIn[], headers?: string[]) {
  const records = lastCheckIns.map((lastCheckIn, i) => ({ id: `stu-${i + 1}`, firstName: `S${i + 1}`, email: `s${i + 1}@x.org`, lastCheckIn }));
  const values = tabValues(STUDENTS, records, headers);
  const map = mapColumns(STUDENTS, values.header);
  return lastCheckInUpdate(values, map, parseRoster(values.rows, map, DATES).students, checkIns);
}

describe('lastCheckInUpdate', () => {
  it('is null when every cell already holds the latest check-in, or blank for none', () => {
    expect(update([at('2026-11-20T15:00:00Z'), ''], [checkIn('stu-1', '2026-11-01', 2), checkIn('stu-1', '2026-11-20', 3)])).toBeNull();
  });

  it('takes a date-time kept only to the second for the same instant', () => {
    expect(update([at('2026-11-20T15:00:00Z')], [{ ...checkIn('stu-1', '2026-11-20'), at: at('2026-11-20T15:00:00.456Z') }])).toBeNull();
  });

  it('fills in a check-in typed into the tab, rewriting only that cell', () => {
    expect(update(['', '', ''], [checkIn('stu-2', '2026-11-20')])).toEqual({ column: LAST_CHECK_IN, firstRow: 3, values: [at('2026-11-20T15:00:00Z')] });
  });

  it('clears the date of a deleted check-in and goes back to the one before', () => {
    const stale = [at('2026-11-20T15:00:00Z'), '', at('2026-11-22T15:00:00Z')];
    expect(update(stale, [checkIn('stu-3', '2026-11-02')])).toEqual({ column: LAST_CHECK_IN, firstRow: 2, values: ['', '', at('2026-11-02T15:00:00Z')] });
  });

  it('finds the column wherever the teacher moved it, and does nothing without one', () => {
    expect(update([''], [checkIn('stu-1', '2026-11-20')], ['Last check-in', 'ID', 'First name', 'Email'])).toMatchObject({ column: 0, firstRow: 2 });
    expect(update([''], [checkIn('stu-1', '2026-11-20')], ['ID', 'First name', 'Email'])).toBeNull();
  });
});
