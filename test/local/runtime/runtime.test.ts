// LocalRuntime: runs a bundle's entry points as executions in a sandbox holding only Apps Script globals.
import { newRuntime, runOk, TEST_NOW } from '../../helpers/runtime';
import { runtimeWithBundle } from '../helpers/bundle';

describe('LocalRuntime with the built add-on', () => {
  it('lists the bundle\'s top-level functions as entry points', () => {
    expect(newRuntime().entryPoints()).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']));
  });

  it('runs onOpen in AuthMode.NONE and records the add-on menu', () => {
    const runtime = newRuntime();
    const result = runtime.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    expect(result.record.outcome).toBe('ok');
    expect(runtime.state.ui.menus).toEqual([
      expect.objectContaining({ items: expect.arrayContaining([{ caption: 'Open Rapport', functionName: 'showSidebar' }]) }),
    ]);
  });

  it('opens the built sidebar', () => {
    const runtime = newRuntime();
    runOk(runtime, 'showSidebar');
    expect(runtime.state.ui.sidebar).toEqual(expect.objectContaining({ title: 'Rapport' }));
    expect(runtime.state.ui.sidebar?.html).toContain('<div id="app"></div>');
  });

  it('refuses an unknown entry point, naming the known ones', () => {
    expect(() => newRuntime().run('deleteEverything')).toThrow(/Unknown entry point "deleteEverything".*onOpen/);
  });

  it('logs each execution with its calls and advances the virtual clock by their latency', () => {
    const runtime = newRuntime();
    const result = runtime.run('onOpen');
    expect(result.record.calls['SpreadsheetApp.getUi']).toBeGreaterThanOrEqual(1);
    expect(runtime.state.executions.at(-1)).toEqual(result.record);
    expect(runtime.state.clock.now).toBeGreaterThan(TEST_NOW);
  });
});

describe('the sandbox', () => {
  it('holds Apps Script globals and none of Node\'s', () => {
    const runtime = runtimeWithBundle(`function probe() {
      return ['require', 'process', 'setTimeout', 'fetch', 'Buffer', 'module', 'SpreadsheetApp', 'MailApp', 'LockService', 'Utilities']
        .map(function (name) { return name + ':' + typeof globalThis[name]; });
    }`);
    expect(runOk(runtime, 'probe')).toEqual([
      'require:undefined', 'process:undefined', 'setTimeout:undefined', 'fetch:undefined', 'Buffer:undefined', 'module:undefined',
      'SpreadsheetApp:object', 'MailApp:object', 'LockService:object', 'Utilities:object',
    ]);
  });

  it('gives each execution a fresh global scope, as Apps Script does', () => {
    const runtime = runtimeWithBundle('var count = 0; function bump() { count += 1; return count; }');
    expect(runOk(runtime, 'bump')).toBe(1);
    expect(runOk(runtime, 'bump')).toBe(1);
  });

  it('reads "now" from the virtual clock', () => {
    const runtime = runtimeWithBundle('function now() { return new Date().toISOString(); }');
    expect(runOk(runtime, 'now')).toBe(new Date(TEST_NOW).toISOString());
  });

  it('reports a thrown error as Apps Script shows it, and keeps writes made before it', () => {
    const runtime = runtimeWithBundle(`function fail() {
      SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('kept');
      throw new Error('Something broke');
    }`);
    const result = runtime.run('fail');
    expect(result.record.outcome).toBe('error');
    expect(result.error).toBe('Something broke');
    expect(runtime.state.spreadsheets['sheet-1'].sheets[0].cells[0][0]?.v).toBe('kept');
  });

  it('kills an execution at the injected call even if the script catches it, and loses unflushed writes', () => {
    const source = `function write() {
      var range = SpreadsheetApp.getActive().getSheets()[0].getRange('A1');
      try { range.setValue('lost'); PropertiesService.getScriptProperties().setProperty('k', 'v'); } catch (e) { return 'caught'; }
      return 'done';
    }`;
    const counted = runtimeWithBundle(source).run('write').record.calls;
    const lastCall = Object.values(counted).reduce((a, b) => a + b, 0);
    const runtime = runtimeWithBundle(source);
    const killed = runtime.run('write', [], { failAt: lastCall });
    expect(killed.record.outcome).toBe('killed');
    expect(killed.error).toMatch(/Injected fault at service call \d+ \(PropertiesService\.setProperty\)/);
    expect(killed.value).toBeUndefined();
    expect(runtime.state.spreadsheets['sheet-1'].sheets[0].cells[0]?.[0]?.v ?? '').toBe('');
    expect(runtime.state.properties.script).toEqual({});
  });

  it('kills an execution past 6 minutes of virtual time with Apps Script\'s message', () => {
    const runtime = runtimeWithBundle('function slow() { for (var i = 0; i < 10; i++) Utilities.sleep(60000); return "finished"; }');
    const result = runtime.run('slow');
    expect(result.record.outcome).toBe('killed');
    expect(result.error).toBe('Exceeded maximum execution time');
  });

  it('refuses a return value google.script.run could not carry', () => {
    const runtime = runtimeWithBundle('function when() { return { at: new Date() }; }');
    const result = runtime.run('when');
    expect(result.record.outcome).toBe('error');
    expect(result.error).toMatch(/result\.at is a Date/);
  });
});
