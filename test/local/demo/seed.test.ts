// Seeding through the add-on's own setupClass, value by header: it survives columns the teacher moved or added.
import { boundSpreadsheet, headerRow, requireTab } from '../../../src/local/demo/by-header';
import { seedDemoClass } from '../../../src/local/demo/seed';
import { demoStudents } from '../../../src/local/demo/students';
import { createWorkspace } from '../../../src/local/demo/workspace';
import { readValues, writeValues } from '../../../src/local/services/spreadsheet/state-access';
import { TEST_NOW } from '../../helpers/runtime';

test('a new demo workspace: onInstall, then setupClass, then the rows; the first student is selected', () => {
  const { runtime, seeded } = createWorkspace({ now: TEST_NOW, demo: true });
  expect(runtime.state.executions.map((e) => `${e.entryPoint}:${e.outcome}`)).toEqual(['onInstall:ok', 'setupClass:ok']);
  expect(seeded).toEqual({ students: 60, resources: 30, checkIns: expect.any(Number) });
  expect(readValues(requireTab(runtime.state, 'Students'))).toHaveLength(61);
  expect(boundSpreadsheet(runtime.state).active).toMatchObject({ sheet: 'Students', row: 2 });
});

test('without --demo only the add-on is installed', () => {
  const { runtime, seeded } = createWorkspace({ now: TEST_NOW, demo: false });
  expect(seeded).toBeNull();
  expect(runtime.state.executions.map((e) => e.entryPoint)).toEqual(['onInstall']);
});

test('values land under their headers after the teacher reordered the columns and added one', () => {
  const { runtime } = createWorkspace({ now: TEST_NOW, demo: false });
  runtime.run('setupClass');
  const { state } = runtime;
  const sheet = requireTab(state, 'Students');
  const moved = [...headerRow(sheet)].reverse();
  moved.splice(3, 0, 'Locker number');
  writeValues(sheet, 1, 1, [moved], boundSpreadsheet(state).timeZone);

  seedDemoClass(runtime);

  const [header, ...rows] = readValues(requireTab(state, 'Students'));
  expect(header).toEqual(moved);
  const expected = demoStudents(TEST_NOW, boundSpreadsheet(state).timeZone);
  rows.forEach((row, i) => {
    expect(row[header.indexOf('Email')]).toBe(expected[i].Email);
    expect(row[header.indexOf('Last name')]).toBe(expected[i]['Last name']);
    expect(row[header.indexOf('Section')]).toBe(expected[i].Section);
    expect(row[header.indexOf('Locker number')]).toBe('');
  });
});
