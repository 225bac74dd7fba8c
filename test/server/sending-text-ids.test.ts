// Ids that look like numbers ("00123") in rows below the plain-text ones stay text: the cycle's Sent log keys, the check-ins and the ids Rapport rewrites still match.
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { runOk } from '../helpers/runtime';
import { addRows, recordsOf, setUpClass, student, tab } from './class-fixture';
import { addLibrary, cycleRows, mailsTo, ok, sendNow } from './sending-fixture';

/**
 * Set-up formats Rapport's text columns as plain text over the rows the tab has; rows a teacher
 * appends past them, and the Sent log's rows past its first 1,000, have no format: there Sheets
 * reads "00123" as the number 123. Clearing the formats puts every row of the class there.
 */
function classBelowTheFormattedRows(): LocalRuntime {
  const runtime = setUpClass();
  for (const name of ['Students', 'Resources', 'Check-ins', 'Sent log']) tab(runtime, name).numberFormats = {};
  // The teacher typed '00123 and '0042 (an apostrophe keeps the zeros); the third student has no id yet.
  addRows(runtime, 'Students', [student(1, { ID: "'00123" }), student(2, { ID: "'0042" }), student(3, { ID: '' })]);
  addLibrary(runtime);
  addRows(runtime, 'Resources', [{ ID: "'0007", Title: '1984', URL: 'https://example.org/1984', Type: 'book', Tags: 'robotics, music', Active: true }]);
  return runtime;
}

const idsOf = (runtime: LocalRuntime, tabName: string, header: string) => recordsOf(runtime, tabName).map((row) => row[header]).filter((id) => id !== '');

describe('numeric-looking ids below the formatted rows', () => {
  it('stay text in the Students tab when Rapport writes the id column, in the check-ins and in the Sent log, and match their student', () => {
    const runtime = classBelowTheFormattedRows();
    expect(idsOf(runtime, 'Students', 'ID').slice(0, 2)).toEqual(['00123', '0042']);
    // Logging a check-in gives the third student an id: the whole id column is written back.
    const logged = runOk<{ ok: boolean }>(runtime, 'logCheckIn', { studentId: '00123', kind: 'greeting', note: 'Hello' });
    expect(logged.ok).toBe(true);
    expect(idsOf(runtime, 'Students', 'ID').slice(0, 2)).toEqual(['00123', '0042']);
    expect(idsOf(runtime, 'Students', 'ID')).toHaveLength(3);
    expect(idsOf(runtime, 'Check-ins', 'Student ID')).toEqual(['00123']);

    const cycle = ok(sendNow(runtime)).cycle!;
    expect(cycle.counts).toMatchObject({ sent: 3, skipped: 0, unknown: 0 });
    const rows = cycleRows(runtime, cycle.id);
    expect(new Set(rows.map((row) => row['Student ID'])).has('00123')).toBe(true);
    expect(new Set(rows.map((row) => row['Student ID'])).has('0042')).toBe(true);
    expect(rows.some((row) => row['Resource ID'] === '0007')).toBe(true);
    expect(rows.every((row) => typeof row['Student ID'] === 'string' && typeof row['Resource ID'] === 'string')).toBe(true);
    expect(mailsTo(runtime, 'student1@school.example')).toHaveLength(1);
  });

  it('so the next cycle knows what each of them already received and sends none of it again', () => {
    const runtime = classBelowTheFormattedRows();
    const first = ok(sendNow(runtime)).cycle!;
    const second = ok(sendNow(runtime, { again: true })).cycle!;
    expect(second.id).not.toBe(first.id);
    for (const id of ['00123', '0042']) {
      const sentBefore = cycleRows(runtime, first.id).filter((row) => row['Student ID'] === id).map((row) => row['Resource ID']);
      const sentNow = cycleRows(runtime, second.id).filter((row) => row['Student ID'] === id && row.Status === 'sent').map((row) => row['Resource ID']);
      expect(sentBefore.length).toBeGreaterThan(0);
      expect(sentNow.filter((resource) => sentBefore.includes(resource))).toEqual([]);
    }
  });
});
