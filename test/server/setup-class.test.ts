// setupClass and setupClassFromMenu through the built bundle: tabs, headers, formats, validation, protection, idempotence.
import { TABS } from '../../src/core/schema';
import { numberFormatLookup } from '../../src/local/services/spreadsheet/number-formats';
import { newRuntime, runOk } from '../helpers/runtime';
import { addRows, addStudents, recordsOf, setUpClass, spreadsheetOf, tab, valuesOf } from './class-fixture';
import type { SetupReport, SidebarState } from '../../src/shared/rpc';

describe('setupClass', () => {
  it('creates the four tabs with exact headers, frozen header rows and a remembered sheet id each', () => {
    const runtime = newRuntime();
    const report = runOk<SetupReport>(runtime, 'setupClass');
    expect(report).toEqual({ createdTabs: ['Students', 'Resources', 'Check-ins', 'Sent log'], addedColumns: [], unchangedTabs: [], protectedTabs: [], repairedTabs: [], assignedStudentIds: 0, assignedResourceIds: 0 });
    for (const spec of TABS) {
      expect(valuesOf(runtime, spec.name)[0]).toEqual(spec.columns.map((c) => c.header));
      expect(tab(runtime, spec.name).frozenRows).toBe(1);
    }
    expect(valuesOf(runtime, 'Students')[0]).toEqual([
      'ID', 'First name', 'Last name', 'Email', 'Section', 'Grade or major', 'Interests', 'Career path', 'Preferred resource types', 'Goals', 'How we can help', 'Why this class', 'Why this subject', 'Important events', 'Opt out', 'Private notes', 'Last check-in', 'Survey record',
    ]);
    expect(spreadsheetOf(runtime).sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual(['Rapport card summary']);
    expect(spreadsheetOf(runtime).active.sheet).toBe('Sent log');
    const ids = JSON.parse(runtime.state.properties.document['sheet-1']['rapport.tabIds']);
    expect(ids).toEqual({ students: tab(runtime, 'Students').sheetId, resources: tab(runtime, 'Resources').sheetId, checkIns: tab(runtime, 'Check-ins').sheetId, sentLog: tab(runtime, 'Sent log').sheetId });
  });

  it('adds list, checkbox and date validation, plain-text formats, and warning-only protection on the logs only', () => {
    const runtime = setUpClass();
    const validations = (name: string) => tab(runtime, name).validations.map((v) => [v.range, v.kind, v.values ?? null, v.allowInvalid]);
    expect(validations('Resources')).toEqual(
      expect.arrayContaining([
        ['D2:D1000', 'list', ['article', 'video', 'event', 'opportunity', 'book', 'podcast', 'course', 'tool', 'other'], false],
        ['F2:F1000', 'list', ['intro', 'enrichment', 'challenge', 'support'], false],
        ['H2:H1000', 'checkbox', null, false],
        ['I2:I1000', 'date', null, true],
      ]),
    );
    expect(validations('Check-ins')).toEqual(expect.arrayContaining([['D2:D1000', 'list', ['one-on-one', 'greeting', 'family contact', 'celebration', 'other'], false]]));
    expect(validations('Students')).toEqual(expect.arrayContaining([['O2:O1000', 'checkbox', null, false]]));
    expect(tab(runtime, 'Students').numberFormats).toMatchObject({ 'A2:A1000': '@', 'B2:B1000': '@', 'P2:P1000': '@', 'Q2:Q1000': 'yyyy-mm-dd hh:mm', 'R2:R1000': '@' });
    expect(tab(runtime, 'Check-ins').numberFormats).toMatchObject({ 'E2:E1000': '@', 'F2:F1000': 'yyyy-mm-dd' });
    const protections = (name: string) => tab(runtime, name).protections;
    expect(protections('Check-ins')).toEqual([expect.objectContaining({ warningOnly: true })]);
    expect(protections('Sent log')).toEqual([expect.objectContaining({ warningOnly: true })]);
    expect(protections('Students')).toEqual([]);
    expect(protections('Resources')).toEqual([]);
  });

  it('changes nothing when run again, data included', () => {
    const runtime = setUpClass();
    addStudents(runtime, 3);
    const before = JSON.stringify(spreadsheetOf(runtime));
    const report = runOk<SetupReport>(runtime, 'setupClass');
    expect(report).toEqual({ createdTabs: [], addedColumns: [], unchangedTabs: ['Students', 'Resources', 'Check-ins', 'Sent log'], protectedTabs: [], repairedTabs: [], assignedStudentIds: 0, assignedResourceIds: 0 });
    expect(JSON.stringify(spreadsheetOf(runtime))).toBe(before);
  });

  it('appends its columns after a column of data the teacher left without a header, leaving that column as it was', () => {
    const runtime = setUpClass();
    const students = tab(runtime, 'Students');
    students.cells = [[{ v: 'First name' }, { v: 'Email' }], [{ v: 'Ada' }, { v: 'ada@x.org' }, { v: '=1+1 allergy note' }]];
    students.numberFormats = {};
    students.validations = [];
    runOk<SetupReport>(runtime, 'setupClass');
    const [header, row] = valuesOf(runtime, 'Students');
    expect(header.slice(0, 4)).toEqual(['First name', 'Email', '', 'ID']);
    expect(row[2]).toBe('=1+1 allergy note');
    expect(Object.keys(students.numberFormats).some((range) => range.startsWith('C'))).toBe(false);
    expect(students.validations.some((v) => v.range.startsWith('C'))).toBe(false);
  });

  it("formats a teacher's own Rapport columns (First name, Email) as plain text when adopting their Students tab, so an imported =HYPERLINK or -2 stays as typed", () => {
    const runtime = newRuntime();
    const students = spreadsheetOf(runtime).sheets[0];
    students.name = 'Students';
    students.cells = [[{ v: 'First name' }, { v: 'Email' }, { v: 'Parent phone' }], [{ v: 'Ada' }, { v: 'ada@x.org' }, { v: '555-0100' }]];
    const report = runOk<SetupReport>(runtime, 'setupClass');
    expect(report.repairedTabs).toEqual(['Students']);
    const formatOf = numberFormatLookup(students);
    expect([formatOf(2, 1), formatOf(1000, 2), formatOf(2, 3)]).toEqual(['@', '@', undefined]);
    addRows(runtime, 'Students', [{ 'First name': '=HYPERLINK("https://evil.example","x")', Email: '-2' }]);
    expect(recordsOf(runtime, 'Students')[1]).toMatchObject({ 'First name': '=HYPERLINK("https://evil.example","x")', Email: '-2', 'Parent phone': '' });
  });

  it('finds a renamed tab by its sheet id instead of creating another', () => {
    const runtime = setUpClass();
    tab(runtime, 'Students').name = 'Roster 2026';
    spreadsheetOf(runtime).active.sheet = 'Roster 2026';
    const report = runOk<SetupReport>(runtime, 'setupClass');
    expect(report.createdTabs).toEqual([]);
    expect(spreadsheetOf(runtime).sheets.map((s) => s.name)).toEqual(['Sheet1', 'Rapport card summary', 'Roster 2026', 'Resources', 'Check-ins', 'Sent log']);
  });

  it('recreates a deleted tab and appends a missing column at the end, leaving moved and extra columns alone', () => {
    const runtime = setUpClass();
    const spreadsheet = spreadsheetOf(runtime);
    spreadsheet.sheets = spreadsheet.sheets.filter((s) => s.name !== 'Sent log');
    const students = tab(runtime, 'Students');
    students.cells = [[{ v: 'Email' }, { v: 'Parent phone' }, { v: 'first NAME' }, { v: 'Last name' }, { v: 'ID' }], [{ v: 'ada@x.org' }, { v: '555-0100' }, { v: 'Ada' }, { v: 'L' }, { v: '' }]];
    const report = runOk<SetupReport>(runtime, 'setupClass');
    expect(report.createdTabs).toEqual(['Sent log']);
    expect(report.addedColumns.map((c) => c.column)).toEqual(['Section', 'Grade or major', 'Interests', 'Career path', 'Preferred resource types', 'Goals', 'How we can help', 'Why this class', 'Why this subject', 'Important events', 'Opt out', 'Private notes', 'Last check-in', 'Survey record']);
    expect(report.addedColumns.every((c) => c.tab === 'Students')).toBe(true);
    const [header, row] = valuesOf(runtime, 'Students');
    expect(header.slice(0, 6)).toEqual(['Email', 'Parent phone', 'first NAME', 'Last name', 'ID', 'Section']);
    expect(row.slice(0, 4)).toEqual(['ada@x.org', '555-0100', 'Ada', 'L']);
    expect(row[4]).toMatch(/^stu-[0-9a-f]{12}$/);
    expect(report.assignedStudentIds).toBe(1);
    expect(tab(runtime, 'Students').numberFormats).toMatchObject({ 'F2:F1000': '@' });
  });

  it('gives ids to students typed without one and to a copied row, keeping existing ids', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Students', [
      { ID: 'stu-keep', 'First name': 'A', Email: 'a@x.org' },
      { 'First name': 'B', Email: 'b@x.org' },
      { ID: 'stu-keep', 'First name': 'C', Email: 'c@x.org' },
    ]);
    const report = runOk<SetupReport>(runtime, 'setupClass');
    expect(report.assignedStudentIds).toBe(2);
    const ids = recordsOf(runtime, 'Students').map((r) => r.ID);
    expect(ids[0]).toBe('stu-keep');
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => /^stu-/.test(String(id)))).toBe(true);
  });

  it('gives ids to resources typed without one', () => {
    const runtime = setUpClass();
    addRows(runtime, 'Resources', [{ Title: 'A', URL: 'https://a.example.org', Type: 'video', Tags: 'x' }, { ID: 'res-mine', Title: 'B', URL: 'https://b.example.org', Type: 'book', Tags: 'y' }]);
    const report = runOk<SetupReport>(runtime, 'setupClass');
    expect(report.assignedResourceIds).toBe(1);
    expect(recordsOf(runtime, 'Resources').map((r) => r.ID)).toEqual([expect.stringMatching(/^res-[0-9a-f]{12}$/), 'res-mine']);
  });

  it('restores lost warning-only protection on a log tab', () => {
    const runtime = setUpClass();
    tab(runtime, 'Sent log').protections = [];
    const report = runOk<SetupReport>(runtime, 'setupClass');
    expect(report.protectedTabs).toEqual(['Sent log']);
    expect(report.unchangedTabs).toEqual(['Students', 'Resources', 'Check-ins']);
    expect(tab(runtime, 'Sent log').protections[0].warningOnly).toBe(true);
  });

  it('restores formats, validation and a protection left unfinished, which the sidebar names until then', () => {
    const runtime = setUpClass();
    const clean = JSON.stringify(spreadsheetOf(runtime));
    const students = tab(runtime, 'Students');
    students.numberFormats = {};
    students.validations = [];
    tab(runtime, 'Check-ins').protections[0].warningOnly = false;
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.setupNeeded).toBe(false);
    expect(state.structureProblems.map((p) => [p.tab, p.message.slice(0, 40)])).toEqual([
      ['Students', 'The Students tab is missing the formats '],
      ['Students', 'The Students tab is missing the checks ('],
      ['Check-ins', 'The Check-ins tab is missing its warning'],
    ]);
    const report = runOk<SetupReport>(runtime, 'setupClass');
    expect(report).toMatchObject({ repairedTabs: ['Students'], protectedTabs: ['Check-ins'], unchangedTabs: ['Resources', 'Sent log'] });
    expect(JSON.stringify(spreadsheetOf(runtime))).toBe(clean);
    expect(runOk<SidebarState>(runtime, 'getSidebarState').structureProblems).toEqual([]);
    addRows(runtime, 'Students', [{ 'First name': '=HYPERLINK("https://evil.example","x")', Email: 'a@x.org', Section: '-2' }]);
    expect(recordsOf(runtime, 'Students')[0]).toMatchObject({ 'First name': '=HYPERLINK("https://evil.example","x")', Section: '-2' });
  });

  it('refuses with a clear message while another execution holds the document lock, writing nothing', () => {
    const runtime = newRuntime();
    runtime.locks.set('document:sheet-1', -1);
    const result = runtime.run('setupClass');
    expect(result.record.outcome).toBe('error');
    expect(result.error).toContain('Another Rapport action');
    expect(spreadsheetOf(runtime).sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe('setupClassFromMenu', () => {
  it('runs set-up and says what it did in a toast', () => {
    const runtime = newRuntime();
    runOk(runtime, 'setupClassFromMenu');
    expect(runtime.state.ui.toasts.at(-1)).toMatchObject({ title: 'Rapport', message: 'Rapport created the Students, Resources, Check-ins and Sent log tabs.' });
    runOk(runtime, 'setupClassFromMenu');
    expect(runtime.state.ui.toasts.at(-1)?.message).toBe('Your class is already set up; nothing was changed.');
  });

  it('shows an alert instead when set-up cannot run', () => {
    const runtime = newRuntime();
    runtime.locks.set('document:sheet-1', -1);
    runOk(runtime, 'setupClassFromMenu');
    expect(runtime.state.ui.alerts.at(-1)?.prompt).toContain('Rapport could not set up the class. Another Rapport action');
  });
});
