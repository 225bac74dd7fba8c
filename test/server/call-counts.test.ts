// Batching: a 150-student class and a 2,000-student one cost the same SpreadsheetApp calls per action.
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { Result, SidebarState } from '../../src/shared/rpc';
import { addRows, addStudents, select, setUpClass, tab, valuesOf } from './class-fixture';

function spreadsheetCalls(calls: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(calls).filter(([method]) => method.startsWith('SpreadsheetApp.')));
}

/**
 * A class of `size` with a check-in each, typed into the tab, the selection on a student row.
 * Each tab keeps empty rows below its data, as a sheet usually has: growing a full sheet is one
 * extra call whatever the class size, tested in log-check-in.test.ts. Unless `firstLoad`, the
 * sidebar has loaded once already, filling in Last check-in from the typed check-ins, and shown
 * the card once, building the card's summary of the logs that later polls read
 * (card-cost.test.ts measures the rebuild and the poll as the logs grow).
 */
function classOf(size: number, firstLoad = false): LocalRuntime {
  const runtime = setUpClass();
  addStudents(runtime, size);
  addRows(runtime, 'Check-ins', Array.from({ length: size }, (_, i) => ({ Date: '2026-11-01', 'Student ID': `stu-${String(i + 1).padStart(6, '0')}`, Kind: 'greeting', Note: 'hi' })));
  for (const name of ['Students', 'Check-ins']) tab(runtime, name).maxRows += 100;
  select(runtime, 'Students', 10);
  if (firstLoad) return runtime;
  runtime.run('getSidebarState', []);
  runtime.run('getSelectedStudent', []);
  return runtime;
}

function callsOf(runtime: LocalRuntime, entryPoint: string, args: unknown[]): Record<string, number> {
  const result = runtime.run(entryPoint, args);
  expect(result.record.outcome).toBe('ok');
  return spreadsheetCalls(result.record.calls);
}

describe('SpreadsheetApp calls do not grow with the class', () => {
  const small = classOf(150);
  const large = classOf(2000);

  it.each([
    ['getSidebarState', []],
    ['getSelectedStudent', []],
    ['logCheckIn', [{ studentId: 'stu-000009', kind: 'greeting', note: 'hello' }]],
    ['selectStudent', ['stu-000100']],
  ])('%s makes the same calls for 150 and 2,000 students', (entryPoint, args) => {
    const smallCalls = callsOf(small, entryPoint, args);
    expect(callsOf(large, entryPoint, args)).toEqual(smallCalls);
    expect(smallCalls['SpreadsheetApp.setValues'] ?? 0).toBeLessThanOrEqual(1);
    expect(smallCalls['SpreadsheetApp.getValues']).toBeLessThanOrEqual(4);
  });

  it('reads each tab once for the sidebar and writes one row for a check-in', () => {
    const runtime = classOf(150);
    expect(callsOf(runtime, 'getSidebarState', [])['SpreadsheetApp.getValues']).toBe(4);
    const logged = callsOf(runtime, 'logCheckIn', [{ studentId: 'stu-000001', kind: 'greeting', note: 'hello' }]);
    expect([logged['SpreadsheetApp.getValues'], logged['SpreadsheetApp.setValues'], logged['SpreadsheetApp.setValue']]).toEqual([3, 1, 1]);
  });

  it('fills in Last check-in for the whole class on the first load with the same calls for 150 and 2,000 students', () => {
    const smallCalls = callsOf(classOf(150, true), 'getSidebarState', []);
    expect(callsOf(classOf(2000, true), 'getSidebarState', [])).toEqual(smallCalls);
    expect([smallCalls['SpreadsheetApp.getValues'], smallCalls['SpreadsheetApp.setValues']]).toEqual([6, 1]);
  });

  it('gives ids to a 10,000-row import with the same calls of every service as to 150 rows', () => {
    const imported = (size: number) => {
      const runtime = setUpClass();
      addRows(runtime, 'Students', Array.from({ length: size }, (_, i) => ({ 'First name': `S${i}`, Email: `s${i}@school.example` })));
      const result = runtime.run('getSidebarState');
      expect(result.record.outcome).toBe('ok');
      return { calls: result.record.calls, ids: new Set(valuesOf(runtime, 'Students').slice(1).map((row) => row[0])) };
    };
    const small = imported(150);
    const large = imported(10_000);
    expect(large.calls).toEqual(small.calls);
    expect(large.calls['Utilities.getUuid']).toBe(1);
    expect(large.ids.size).toBe(10_000);
  });

  it('loads the sidebar for 2,000 students well within the execution limit', () => {
    const result = large.run('getSidebarState', []);
    const value = result.value as SidebarState;
    expect(value.dashboard?.sections.reduce((n, s) => n + s.students, 0)).toBe(2000);
    expect(Date.parse(result.record.endedAt) - Date.parse(result.record.startedAt)).toBeLessThan(10_000);
    const logged = large.run('logCheckIn', [{ studentId: 'stu-002000', kind: 'celebration', note: 'won' }]).value as Result<SidebarState>;
    expect(logged.ok).toBe(true);
  });
});
