// The settings store in the local runtime: one read call, saves that touch only their keys, limits, and kills mid-save.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../scripts/build';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { newRuntime } from '../helpers/runtime';
import { SPREADSHEET_ID } from './class-fixture';

const KEY = 'rapport.cycle.plan';
let bundleDir: string;

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'rapport-settings-'));
  writeFileSync(join(bundleDir, 'Code.js'), await buildServer(join(__dirname, 'probes/settings-entry.ts')));
});

/** A fresh workspace whose spreadsheet is open; only its properties are used. */
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

describe('section settings', () => {
  it('reads every setting with one getProperties call', () => {
    const runtime = workspace();
    const { value, calls } = run(runtime, 'readSidebarSettings');
    expect(value).toEqual({ value: { checkInWindowDays: 14 }, problems: [] });
    expect(Object.entries(calls).filter(([method]) => method.startsWith('PropertiesService.'))).toEqual([
      ['PropertiesService.getDocumentProperties', 1],
      ['PropertiesService.getProperties', 1],
    ]);
  });

  it('saves one section under its own key and leaves every other property as it was', () => {
    const runtime = workspace();
    Object.assign(documentStore(runtime), { 'rapport.settings.email': '{"version":1,"value":{"subject":"co-teacher"}}', 'rapport.tabIds': '{"students":1}' });
    expect(run(runtime, 'saveSidebarSettings', { checkInWindowDays: 30 }).value).toEqual({ ok: true, value: { checkInWindowDays: 30 } });
    expect(documentStore(runtime)).toEqual({
      'rapport.settings.email': '{"version":1,"value":{"subject":"co-teacher"}}',
      'rapport.tabIds': '{"students":1}',
      'rapport.settings.sidebar': '{"version":1,"value":{"checkInWindowDays":30}}',
    });
    expect(run(runtime, 'readSidebarSettings').value).toEqual({ value: { checkInWindowDays: 30 }, problems: [] });
  });

  it('reports a damaged value by name until the teacher saves over it, and keeps the damaged text', () => {
    const runtime = workspace();
    documentStore(runtime)['rapport.settings.sidebar'] = '{"version":7,"value":{}}';
    const read = run(runtime, 'readSidebarSettings').value as { value: unknown; problems: { message: string }[] };
    expect(read.value).toEqual({ checkInWindowDays: 14 });
    expect(read.problems[0].message).toContain("Rapport's sidebar settings (document property rapport.settings.sidebar) could not be read: it was saved by a newer Rapport (version 7");
    expect(documentStore(runtime)['rapport.settings.sidebar']).toBe('{"version":7,"value":{}}');
    run(runtime, 'saveSidebarSettings', { checkInWindowDays: 21 });
    expect(documentStore(runtime)['rapport.settings.sidebar.damaged']).toBe('{"version":7,"value":{}}');
    expect(run(runtime, 'readSidebarSettings').value).toEqual({ value: { checkInWindowDays: 21 }, problems: [] });
  });

  it('leaves the old value when the save is killed', () => {
    const runtime = workspace();
    run(runtime, 'saveSidebarSettings', { checkInWindowDays: 30 });
    const calls = run(workspace(), 'saveSidebarSettings', { checkInWindowDays: 40 }).calls;
    const setAt = Object.values(calls).reduce((a, b) => a + b, 0);
    for (let failAt = 1; failAt <= setAt; failAt++) {
      const killed = runtime.run('saveSidebarSettings', [{ checkInWindowDays: 40 }], { failAt });
      expect(killed.record.outcome).toBe('killed');
      expect(['{"version":1,"value":{"checkInWindowDays":30}}', '{"version":1,"value":{"checkInWindowDays":40}}']).toContain(documentStore(runtime)['rapport.settings.sidebar']);
      run(runtime, 'saveSidebarSettings', { checkInWindowDays: 30 });
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
