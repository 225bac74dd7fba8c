// getSidebarState, getSelectedStudent and selectStudent through the built bundle, on real sheet state.
import type { Result, SidebarState, StudentCard } from '../../src/shared/rpc';
import { newRuntime, runOk } from '../helpers/runtime';
import { addRows, addStudents, recordsOf, select, setUpClass, spreadsheetOf, student, tab } from './class-fixture';

describe('getSidebarState', () => {
  it('reports set-up needed, naming every missing tab, and writes nothing', () => {
    const runtime = newRuntime();
    const before = JSON.stringify(runtime.state.spreadsheets);
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state).toMatchObject({ setupNeeded: true, selected: null, dashboard: null, rosterProblems: [], userEmail: 'teacher@example.edu', timeZone: 'America/New_York' });
    expect(state.structureProblems.map((p) => p.tab)).toEqual(['Students', 'Resources', 'Check-ins', 'Sent log']);
    expect(JSON.stringify(runtime.state.spreadsheets)).toBe(before);
  });

  it('names a missing required column and does not assign ids meanwhile', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Students', [{ 'First name': 'Ada', Email: 'ada@x.org' }]);
    tab(runtime, 'Check-ins').cells[0][4] = { v: 'Comments' };
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.setupNeeded).toBe(true);
    expect(state.structureProblems).toEqual([{ tab: 'Check-ins', column: 'Note', message: 'The Check-ins tab has no "Note" column. If you renamed it, change its header back to "Note"; otherwise run "Set up class" to add it.' }]);
    expect(recordsOf(runtime, 'Students')[0].ID).toBe('');
  });

  it('shows an empty roster as an empty dashboard', () => {
    const state = runOk<SidebarState>(setUpClass(), 'getSidebarState');
    expect(state).toMatchObject({ setupNeeded: false, structureProblems: [], rosterProblems: [], selected: null });
    expect(state.dashboard).toEqual({ windowDays: 14, asOf: '2026-11-23', sections: [], longestWithout: [], dueThisWeek: [] });
  });

  it('handles a class of one student with no section, before and after a first check-in', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Students', [student(1, { Section: '' })]);
    const before = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(before.dashboard?.sections).toEqual([{ section: 'No section', students: 1, connected: 0, share: 0 }]);
    expect(before.dashboard?.longestWithout).toEqual([{ id: 'stu-000001', name: 'Student1 Family1', section: 'No section', row: 2, daysSince: null }]);
    const after = runOk<Result<SidebarState>>(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'greeting', note: '' });
    expect(after.ok && after.value.dashboard?.sections).toEqual([{ section: 'No section', students: 1, connected: 1, share: 1 }]);
  });

  it('builds the dashboard from the tabs, with check-ins and events, whatever order the columns are in', () => {
    const runtime = setUpClass();
    const students = tab(runtime, 'Students');
    students.cells[0] = [...students.cells[0]].reverse();
    addRows(runtime, 'Students', [student(1, { 'Important events': 'Concert Nov 27' }), student(2), student(3, { Section: 'Period 2' })]);
    addRows(runtime, 'Check-ins', [
      { Date: new Date('2026-11-20T15:00:00Z'), 'Student ID': 'stu-000001', Kind: 'greeting', Note: 'hi' },
      { Date: '11/01/2026', 'Student ID': 'stu-000003', Kind: 'one-on-one', Note: 'long talk', 'Follow-up date': '2026-11-25' },
    ]);
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.rosterProblems).toEqual([]);
    expect(state.dashboard?.sections).toEqual([
      { section: 'Period 2', students: 2, connected: 1, share: 0.5 },
      { section: 'Period 3', students: 1, connected: 0, share: 0 },
    ]);
    expect(state.dashboard?.longestWithout.map((s) => [s.id, s.daysSince])).toEqual([['stu-000002', null], ['stu-000003', 22], ['stu-000001', 3]]);
    expect(state.dashboard?.dueThisWeek.map((d) => [d.id, d.kind, d.date])).toEqual([['stu-000003', 'follow-up', '2026-11-25'], ['stu-000001', 'event', '2026-11-27']]);
  });

  it('reports roster problems by row and gives students without an id one', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Students', [student(1), { 'First name': 'No', 'Last name': 'Id', Email: 'bad-email' }, {}, student(3, { Email: 'student1@school.example' })]);
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.rosterProblems.map((p) => [p.row, p.column])).toEqual([[3, 'Email'], [5, 'Email']]);
    const ids = recordsOf(runtime, 'Students').map((r) => r.ID);
    expect(ids[1]).toMatch(/^stu-[0-9a-f]{12}$/);
    expect(ids[2]).toBe('');
  });

  it('gives ids to resources typed into the tab without one', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Resources', [{ Title: 'Typed', URL: 'https://typed.example.org', Type: 'video', Tags: 'x' }]);
    runOk(runtime, 'getSidebarState');
    expect(recordsOf(runtime, 'Resources')[0].ID).toMatch(/^res-[0-9a-f]{12}$/);
  });

  it('reports a javascript: link typed straight into the Resources tab', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Resources', [{ ID: 'res-1', Title: 'Free prizes', URL: 'javascript:alert(document.cookie)', Type: 'article', Tags: 'x' }]);
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.rosterProblems).toEqual([{ tab: 'Resources', row: 2, column: 'URL', message: '"javascript:alert(document.cookie)" is not an http or https link; Rapport will not send it.' }]);
  });

  it('still answers while a co-teacher holds the lock, leaving ids for a later read', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Students', [{ 'First name': 'Ada', Email: 'ada@x.org' }]);
    runtime.locks.set('document:sheet-1', -1);
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.dashboard?.longestWithout).toEqual([expect.objectContaining({ id: '', name: 'Ada' })]);
    expect(recordsOf(runtime, 'Students')[0].ID).toBe('');
    runtime.locks.clear();
    runOk(runtime, 'getSidebarState');
    expect(recordsOf(runtime, 'Students')[0].ID).toMatch(/^stu-/);
  });

  it('includes the card of the student on the selected row', () => {
    const runtime = setUpClass();
    addStudents(runtime, 3);
    select(runtime, 'Students', 3, 2);
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.selected).toMatchObject({ id: 'stu-000002', row: 3, name: 'Student2 Family2', interests: ['robotics', 'music'] });
  });

  it('returns only JSON-safe values', () => {
    const runtime = setUpClass();
    addStudents(runtime, 2);
    const result = runtime.run('getSidebarState', []);
    expect(result.record.outcome).toBe('ok');
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
  });
});

describe('getSelectedStudent', () => {
  it('is null off the Students tab or on its header, and the card on a student row', () => {
    const runtime = setUpClass();
    addStudents(runtime, 2);
    select(runtime, 'Resources', 2);
    expect(runOk(runtime, 'getSelectedStudent')).toBeNull();
    select(runtime, 'Students', 1);
    expect(runOk(runtime, 'getSelectedStudent')).toBeNull();
    select(runtime, 'Students', 2, 5);
    expect(runOk<StudentCard>(runtime, 'getSelectedStudent')).toMatchObject({ id: 'stu-000001', name: 'Student1 Family1' });
    select(runtime, 'Students', 50);
    expect(runOk(runtime, 'getSelectedStudent')).toBeNull();
  });

  it('reads nothing from the tabs when the selection is elsewhere (cheap to poll)', () => {
    const runtime = setUpClass();
    addStudents(runtime, 2);
    select(runtime, 'Sheet1', 4);
    const result = runtime.run('getSelectedStudent');
    expect(result.record.calls['SpreadsheetApp.getValues'] ?? 0).toBe(0);
  });

  it('finds the Students tab after the teacher renamed it', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    tab(runtime, 'Students').name = 'Period 1 roster';
    select(runtime, 'Period 1 roster', 2);
    expect(runOk<StudentCard>(runtime, 'getSelectedStudent')?.id).toBe('stu-000001');
  });

  it('shows a hostile name as the text typed', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Students', [student(1, { 'First name': '<img src=x onerror=alert(1)>', 'Last name': "'=HYPERLINK(\"http://evil.example\",\"x\")" })]);
    select(runtime, 'Students', 2);
    expect(runOk<StudentCard>(runtime, 'getSelectedStudent')?.name).toBe('<img src=x onerror=alert(1)> =HYPERLINK("http://evil.example","x")');
  });
});

describe('selectStudent', () => {
  it('moves the selection to the student and returns the card', () => {
    const runtime = setUpClass();
    addStudents(runtime, 4);
    select(runtime, 'Sheet1', 1);
    const card = runOk<StudentCard>(runtime, 'selectStudent', 'stu-000003');
    expect(card).toMatchObject({ id: 'stu-000003', row: 4 });
    expect(spreadsheetOf(runtime).active).toMatchObject({ sheet: 'Students', row: 4, column: 2 });
  });

  it('returns null and leaves the selection for an unknown id', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    select(runtime, 'Sheet1', 7);
    expect(runOk(runtime, 'selectStudent', 'stu-nope')).toBeNull();
    expect(runOk(runtime, 'selectStudent', '')).toBeNull();
    expect(spreadsheetOf(runtime).active).toMatchObject({ sheet: 'Sheet1', row: 7 });
  });
});

describe('dates in the spreadsheet’s time zone', () => {
  it('counts days from today in the spreadsheet’s zone, not the script’s', () => {
    const runtime = setUpClass();
    spreadsheetOf(runtime).timeZone = 'Pacific/Auckland';
    addStudents(runtime, 1);
    addRows(runtime, 'Check-ins', [{ Date: new Date('2026-11-23T10:00:00Z'), 'Student ID': 'stu-000001', Kind: 'greeting', Note: 'hi' }]);
    select(runtime, 'Students', 2);
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.timeZone).toBe('Pacific/Auckland');
    expect(state.dashboard?.asOf).toBe('2026-11-24');
    expect(state.selected?.lastCheckIn?.date).toBe('2026-11-23');
    expect(state.selected?.daysSinceCheckIn).toBe(1);
  });

  it('reads dates a teacher typed as text in the sheet', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Students', [student(1, { 'Important events': 'Winter concert Nov 28; Birthday Nov 30; Recital Dec 1' })]);
    addRows(runtime, 'Check-ins', [{ Date: 'Nov 20', 'Student ID': 'stu-000001', Kind: 'Greeting', Note: 'hi', 'Follow-up date': 'Nov 26' }]);
    expect(recordsOf(runtime, 'Check-ins')[0].Date).toBe('Nov 20');
    select(runtime, 'Students', 2);
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.rosterProblems).toEqual([]);
    expect(state.selected?.lastCheckIn?.date).toBe('2026-11-20');
    expect(state.dashboard?.dueThisWeek.map((d) => [d.kind, d.label, d.date])).toEqual([
      ['follow-up', 'Follow up on the greeting of 2026-11-20', '2026-11-26'],
      ['event', 'Winter concert', '2026-11-28'],
      ['event', 'Birthday', '2026-11-30'],
    ]);
  });

  it('counts a check-in the teacher typed straight into the tab with the student’s name and no ID', () => {
    const runtime = setUpClass();
    addStudents(runtime, 2);
    addRows(runtime, 'Check-ins', [{ Date: 'Nov 20', 'Student name': 'student2 family2', Kind: 'one-on-one', Note: 'talked after class' }]);
    select(runtime, 'Students', 3);
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.rosterProblems).toEqual([]);
    expect(state.selected?.lastCheckIn).toEqual({ date: '2026-11-20', kind: 'one-on-one', note: 'talked after class' });
    expect(state.dashboard?.longestWithout.find((s) => s.id === 'stu-000002')?.daysSince).toBe(3);
  });

  it('keeps Last check-in derived from the Check-ins tab when the teacher types or deletes a check-in there', () => {
    const runtime = setUpClass();
    addStudents(runtime, 3);
    runOk(runtime, 'logCheckIn', { studentId: 'stu-000001', kind: 'greeting', note: 'hi' });
    addRows(runtime, 'Check-ins', [{ Date: 'Nov 20', 'Student ID': 'stu-000003', Kind: 'other', Note: 'typed' }]);
    runOk(runtime, 'getSidebarState');
    const lastCheckIns = () => recordsOf(runtime, 'Students').map((r) => r['Last check-in']);
    expect(lastCheckIns()).toEqual([expect.any(Date), '', new Date('2026-11-20T05:00:00Z')]);
    tab(runtime, 'Check-ins').cells.splice(1, 1);
    runOk(runtime, 'getSidebarState');
    expect(lastCheckIns()).toEqual(['', '', new Date('2026-11-20T05:00:00Z')]);
    const again = runtime.run('getSidebarState', []);
    expect([again.record.calls['SpreadsheetApp.setValues'] ?? 0, again.record.calls['SpreadsheetApp.setValue'] ?? 0]).toEqual([0, 0]);
  });

  it('reports a check-in typed with a time but no day, instead of dating it 1899', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    addRows(runtime, 'Check-ins', [{ Date: '3:15 pm', 'Student ID': 'stu-000001', Kind: 'greeting', Note: 'hallway' }]);
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.rosterProblems).toEqual([{ tab: 'Check-ins', row: 2, column: 'Date', message: 'The date holds a time but no day; type the day too (e.g. 2026-11-30).' }]);
    expect(state.dashboard?.longestWithout[0]).toMatchObject({ id: 'stu-000001', daysSince: null });
  });

  it('reports a check-in whose date cannot be read, by row, without failing', () => {
    const runtime = setUpClass();
    addStudents(runtime, 1);
    addRows(runtime, 'Check-ins', [{ Date: 'the day after the game', 'Student ID': 'stu-000001', Kind: 'other', Note: 'x' }]);
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.rosterProblems).toEqual([expect.objectContaining({ tab: 'Check-ins', row: 2, column: 'Date' })]);
  });
});
