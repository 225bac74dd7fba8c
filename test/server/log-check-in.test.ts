// logCheckIn through the built bundle: one row appended, Last check-in kept current, bad input refused with nothing written.
import type { Result, SidebarState } from '../../src/shared/rpc';
import { newRuntime, runOk } from '../helpers/runtime';
import { addRows, addStudents, expectDuringLastRun, formulasOf, recordsOf, select, setUpClass, spreadsheetOf, student, tab, valuesOf } from './class-fixture';

type StateResult = Result<SidebarState>;

describe('logCheckIn', () => {
  it('appends the check-in, updates Last check-in, and returns the refreshed state', () => {
    const runtime = setUpClass();
    addStudents(runtime, 3);
    select(runtime, 'Students', 3);
    const result = runOk<StateResult>(runtime, 'logCheckIn', { studentId: 'stu-000002', kind: 'one-on-one', note: 'Talked about the robotics club', followUp: '2026-11-30' });
    expect(result.ok).toBe(true);
    const [checkIn] = recordsOf(runtime, 'Check-ins');
    expectDuringLastRun(runtime, checkIn.Date);
    expect(checkIn).toEqual({
      Date: checkIn.Date,
      'Student ID': 'stu-000002',
      'Student name': 'Student2 Family2',
      Kind: 'one-on-one',
      Note: 'Talked about the robotics club',
      'Follow-up date': new Date('2026-11-30T05:00:00Z'),
    });
    expect(recordsOf(runtime, 'Students')[1]['Last check-in']).toEqual(checkIn.Date);
    const state = result.ok ? result.value : null;
    expect(state?.selected).toMatchObject({ id: 'stu-000002', daysSinceCheckIn: 0, lastCheckIn: { date: '2026-11-23', kind: 'one-on-one' } });
    expect(state?.dashboard?.sections.find((s) => s.section === 'Period 3')).toMatchObject({ connected: 1 });
    expect(state?.dashboard?.dueThisWeek).toEqual([expect.objectContaining({ id: 'stu-000002', kind: 'follow-up', date: '2026-11-30' })]);
  });

  it('keeps Last check-in on a check-in typed into the tab later than the one being logged', () => {
    const runtime = setUpClass();
    addStudents(runtime, 2);
    const typed = new Date('2026-11-25T15:00:00Z');
    addRows(runtime, 'Check-ins', [{ Date: typed, 'Student ID': 'stu-000001', Kind: 'greeting', Note: 'planned' }, { Date: new Date('2026-11-10T15:00:00Z'), 'Student ID': 'stu-000002', Kind: 'greeting', Note: 'hi' }]);
    runOk(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'greeting', note: 'today' });
    expect(recordsOf(runtime, 'Students').map((r) => r['Last check-in'])).toEqual([typed, new Date('2026-11-10T15:00:00Z')]);
  });

  it('appends after the last check-in, under the columns wherever they were moved', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    const checkIns = tab(runtime, 'Check-ins');
    checkIns.cells[0] = [{ v: 'Note' }, { v: 'My column' }, { v: 'KIND' }, { v: 'student id' }, { v: 'date' }];
    addRows(runtime, 'Check-ins', [{ Note: 'earlier', 'My column': 'mine', Kind: 'greeting', 'Student ID': 'stu-000001', Date: '2026-11-01' }]);
    runOk(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'celebration', note: 'won the science fair' });
    const rows = valuesOf(runtime, 'Check-ins');
    expect(rows).toHaveLength(3);
    expect(rows[2].slice(0, 4)).toEqual(['won the science fair', '', 'celebration', 'stu-000001']);
    expectDuringLastRun(runtime, rows[2][4]);
  });

  it('stores a hostile note and name as text, never as a formula', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Students', [student(1, { 'First name': '=HYPERLINK("http://evil.example","x")', 'Last name': '' })]);
    const note = '=IMPORTXML("http://evil.example","//a")';
    runOk(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'greeting', note });
    const [checkIn] = recordsOf(runtime, 'Check-ins');
    expect(formulasOf(runtime, 'Check-ins')[1].every((f) => f === '')).toBe(true);
    expect([checkIn.Note, checkIn['Student name']].map((v) => String(v).replace(/^'/, ''))).toEqual([note, '=HYPERLINK("http://evil.example","x")']);
  });

  it('refuses a 60,000-character note with a clear message and writes nothing', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    const before = JSON.stringify(runtime.state.spreadsheets);
    const result = runOk<StateResult>(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'greeting', note: 'x'.repeat(60_000) });
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ column: 'Note', message: expect.stringContaining('at most 50,000') })] });
    expect(JSON.stringify(runtime.state.spreadsheets)).toBe(before);
  });

  it('refuses an unknown student, a bad kind and a past follow-up', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    const unknown = runOk<StateResult>(runtime, 'logCheckIn', { studentId: 'stu-gone', kind: 'greeting', note: '' });
    expect(!unknown.ok && unknown.problems[0].message).toContain('no longer on the Students tab');
    const bad = runOk<StateResult>(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'hug', note: '', followUp: '2026-01-01' });
    expect(!bad.ok && bad.problems.map((p) => p.column)).toEqual(['Kind', 'Follow-up date']);
    expect(valuesOf(runtime, 'Check-ins')).toHaveLength(1);
  });

  it('writes nothing and names the problem when the Check-ins tab is missing', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    const spreadsheet = runtime.state.spreadsheets['sheet-1'];
    spreadsheet.sheets = spreadsheet.sheets.filter((s) => s.name !== 'Check-ins');
    const result = runOk<StateResult>(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'greeting', note: 'hi' });
    expect(result).toEqual({ ok: false, problems: [{ tab: 'Check-ins', message: 'The Check-ins tab is missing. Run "Set up class" to create it.' }] });
  });

  it('says so when a co-teacher is saving, instead of writing', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    runtime.locks.set('document:sheet-1', -1);
    const result = runtime.run('logCheckIn', [{ studentId: 'stu-000001', kind: 'greeting', note: 'hi' }]);
    expect(result.error).toContain('Another Rapport action');
    expect(valuesOf(runtime, 'Check-ins')).toHaveLength(1);
  });

  it('grows the sheet when the log reaches its last row', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    const checkIns = tab(runtime, 'Check-ins');
    addRows(runtime, 'Check-ins', Array.from({ length: checkIns.maxRows - 1 }, () => ({ Date: '2026-11-01', 'Student ID': 'stu-000001', Kind: 'greeting', Note: 'x' })));
    const result = runOk<StateResult>(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'other', note: 'one more' });
    expect(result.ok).toBe(true);
    expect(valuesOf(runtime, 'Check-ins').at(-1)?.[4]).toBe('one more');
  });
});

describe('logCheckIn in time zones far from UTC, just after and just before midnight', () => {
  it.each([
    // 10:30 UTC is 00:30 the next day on Kiritimati (UTC+14) and 23:30 the day before in Pago Pago (UTC-11).
    ['Pacific/Kiritimati', Date.UTC(2026, 10, 23, 10, 30), '2026-11-24', '2026-11-23T10:00:00Z'],
    ['Pacific/Pago_Pago', Date.UTC(2026, 10, 24, 10, 30), '2026-11-23', '2026-11-23T11:00:00Z'],
  ])('%s: today is the local date for the check-in, its follow-up and the window', (timeZone, now, today, midnight) => {
    const runtime = newRuntime({ now });
    runOk(runtime, 'setupClass');
    spreadsheetOf(runtime).timeZone = timeZone;
    addStudents(runtime, 2);
    addRows(runtime, 'Check-ins', [{ Date: new Date(Date.parse(midnight) - 60_000), 'Student ID': 'stu-000002', Kind: 'greeting', Note: 'a minute before midnight' }]);
    select(runtime, 'Students', 2);
    const result = runOk<StateResult>(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'one-on-one', note: 'late chat', followUp: today });
    expect(result.ok).toBe(true);
    const state = result.ok ? result.value : null;
    expect(state?.dashboard?.asOf).toBe(today);
    expect(state?.selected).toMatchObject({ lastCheckIn: { date: today }, daysSinceCheckIn: 0 });
    expect(state?.dashboard?.longestWithout.find((s) => s.id === 'stu-000002')?.daysSince).toBe(1);
    expect(state?.dashboard?.dueThisWeek).toEqual([expect.objectContaining({ id: 'stu-000001', kind: 'follow-up', date: today })]);
    expect(recordsOf(runtime, 'Check-ins')[1]['Follow-up date']).toEqual(new Date(midnight));
  });
});
