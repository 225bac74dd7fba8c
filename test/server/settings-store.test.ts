// The settings store in the local runtime: the sidebar's settings through the add-on (one read call, saves touching one key,
// damaged values named, kills mid-save) and chunked values through a test entry module bundled like the add-on.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../scripts/build';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { Result, SidebarState } from '../../src/shared/rpc';
import { newRuntime, runOk } from '../helpers/runtime';
import { setUpClass, SPREADSHEET_ID } from './class-fixture';

const KEY = 'rapport.cycle.plan';
let bundleDir: string;

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'rapport-settings-'));
  writeFileSync(join(bundleDir, 'Code.js'), await buildServer(join(__dirname, 'probes/settings-entry.ts')));
});

/** A fresh workspace over the chunked-value entry module; only its document properties are used. */
function workspace(): LocalRuntime {
  return newRuntime({ bundleDir });
}

function documentStore(runtime: LocalRuntime): Record<string, string> {
  return (runtime.state.properties.document[SPREADSHEET_ID] ??= {});
}

function run(runtime: LocalRuntime, entryPoint: string, ...args: unknown[]) {
  const result = runtime.run(entryPoint, args);
  expect(result.record.outcome).toBe('ok');
  return { value: result.value, calls: result.record.calls };
}

describe('the sidebar settings through the add-on', () => {
  const stored = (days: number) => JSON.stringify({ version: 1, value: { checkInWindowDays: days } });
  const propertyCalls = (calls: Record<string, number>) => Object.fromEntries(Object.entries(calls).filter(([method]) => method.startsWith('PropertiesService.') && method !== 'PropertiesService.getDocumentProperties'));

  it('are read with one getProperties call, beside the tab ids', () => {
    const runtime = setUpClass();
    const { value, record } = runtime.run('getSidebarState');
    expect((value as SidebarState).settings).toEqual({ checkInWindowDays: 14 });
    expect(propertyCalls(record.calls)).toEqual({ 'PropertiesService.getProperties': 1, 'PropertiesService.getProperty': 1 });
  });

  it("are the class's: a co-teacher's sidebar counts over the window another teacher saved", () => {
    const runtime = setUpClass();
    const saved = runOk<Result<SidebarState>>(runtime, 'saveSidebarSettings', { checkInWindowDays: 30 });
    expect(saved.ok && [saved.value.settings, saved.value.dashboard?.windowDays]).toEqual([{ checkInWindowDays: 30 }, 30]);
    const coTeacher = runtime.run('getSidebarState', [], { user: 'co-teacher@example.edu' });
    expect((coTeacher.value as SidebarState).dashboard?.windowDays).toBe(30);
  });

  it('are saved under their own key only, leaving every other property as it was', () => {
    const runtime = setUpClass();
    const before = { ...documentStore(runtime) };
    documentStore(runtime)['rapport.settings.email'] = '{"version":1,"value":{"subject":"co-teacher"}}';
    const { record } = runtime.run('saveSidebarSettings', [{ checkInWindowDays: 30 }]);
    expect(propertyCalls(record.calls)).toEqual({ 'PropertiesService.getProperties': 2, 'PropertiesService.setProperties': 1, 'PropertiesService.getProperty': 1 });
    expect(documentStore(runtime)).toEqual({ ...before, 'rapport.settings.email': '{"version":1,"value":{"subject":"co-teacher"}}', 'rapport.settings.sidebar': stored(30) });
  });

  it('refuse an impossible window, naming it, and write nothing', () => {
    const runtime = setUpClass();
    const before = { ...documentStore(runtime) };
    for (const bad of [0, 367, 2.5, '1e2', null, { checkInWindowDays: [] }]) {
      const result = runOk<Result<SidebarState>>(runtime, 'saveSidebarSettings', typeof bad === 'object' && bad !== null ? bad : { checkInWindowDays: bad });
      expect(result).toEqual({ ok: false, problems: [{ column: 'Check-in window', message: 'The check-in window is a whole number of days from 1 to 366.' }] });
    }
    expect(documentStore(runtime)).toEqual(before);
  });

  it('damaged, are named in the sidebar until the teacher saves over them, and the damaged text is kept', () => {
    const runtime = setUpClass();
    documentStore(runtime)['rapport.settings.sidebar'] = '{"version":7,"value":{}}';
    const state = runOk<SidebarState>(runtime, 'getSidebarState');
    expect(state.dashboard?.windowDays).toBe(14);
    expect(state.settingsProblems.map((p) => p.message)).toEqual([
      "Rapport's sidebar settings (document property rapport.settings.sidebar) could not be read: it was saved by a newer Rapport (version 7; this one reads up to version 1). Rapport uses the defaults until you save these settings again; the stored value is kept.",
    ]);
    expect(documentStore(runtime)['rapport.settings.sidebar']).toBe('{"version":7,"value":{}}');
    const saved = runOk<Result<SidebarState>>(runtime, 'saveSidebarSettings', { checkInWindowDays: 21 });
    expect(saved.ok && saved.value.settingsProblems).toEqual([]);
    expect(documentStore(runtime)['rapport.settings.sidebar.damaged']).toBe('{"version":7,"value":{}}');
  });

  it('keep the old window or the new one wherever a save is killed', () => {
    const calls = setUpClass().run('saveSidebarSettings', [{ checkInWindowDays: 40 }]).record.calls;
    const total = Object.values(calls).reduce((a, b) => a + b, 0);
    for (let failAt = 1; failAt <= total; failAt++) {
      const runtime = setUpClass();
      runOk(runtime, 'saveSidebarSettings', { checkInWindowDays: 30 });
      expect(runtime.run('saveSidebarSettings', [{ checkInWindowDays: 40 }], { failAt }).record.outcome).toBe('killed');
      expect([stored(30), stored(40)]).toContain(documentStore(runtime)['rapport.settings.sidebar']);
      expect([30, 40]).toContain(runOk<SidebarState>(runtime, 'getSidebarState').settings.checkInWindowDays);
    }
  });
});

describe('a chunked value through PropertiesService', () => {
  const plan = JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ student: `stu-${i}`, resources: ['res-001', 'res-002'], note: 'é' })));

  it('is saved in pieces Apps Script accepts and read back whole', () => {
    const runtime = workspace();
    expect(plan.length).toBeGreaterThan(9 * 1024 * 10);
    expect(run(runtime, 'saveChunked', KEY, plan).value).toEqual({ ok: true });
    expect(run(runtime, 'readChunked', KEY).value).toEqual({ ok: true, value: plan });
  });

  it('is refused with a message naming it when the store has no room, and nothing is written', () => {
    const runtime = workspace();
    const { value } = run(runtime, 'saveChunked', KEY, 'x'.repeat(501 * 1024));
    expect(value).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('Saving the value rapport.cycle.plan would bring') }] });
    expect(documentStore(runtime)).toEqual({});
  });

  it('reads the old or the new plan, never a mix, wherever a save is killed, and the next save clears leftovers', () => {
    const shorter = plan.slice(0, 20_000);
    const total = Object.values(run(workspace(), 'saveChunked', KEY, shorter).calls).reduce((a, b) => a + b, 0);
    for (let failAt = 1; failAt <= total; failAt++) {
      const runtime = workspace();
      run(runtime, 'saveChunked', KEY, plan);
      expect(runtime.run('saveChunked', [KEY, shorter], { failAt }).record.outcome).toBe('killed');
      expect([plan, shorter]).toContain((run(runtime, 'readChunked', KEY).value as { value: string }).value);
      run(runtime, 'saveChunked', KEY, shorter);
      expect(Object.keys(documentStore(runtime)).sort()).toEqual([KEY, `${KEY}#0`, `${KEY}#1`, `${KEY}#2`]);
    }
  });

  it('reports a plan with a lost piece by name and leaves it as it is', () => {
    const runtime = workspace();
    run(runtime, 'saveChunked', KEY, plan);
    delete documentStore(runtime)[`${KEY}#3`];
    expect(run(runtime, 'readChunked', KEY).value).toEqual({ ok: false, problems: [{ message: expect.stringMatching(/^The value rapport\.cycle\.plan could not be read: piece 4 of \d+ is missing\./) }] });
  });

  it('is deleted manifest first, pieces after', () => {
    const runtime = workspace();
    run(runtime, 'saveChunked', KEY, plan);
    run(runtime, 'deleteChunked', KEY);
    expect(documentStore(runtime)).toEqual({});
    expect(run(runtime, 'readChunked', KEY).value).toEqual({ ok: true, value: null });
  });
});
