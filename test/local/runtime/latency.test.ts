// The latency model: sourced defaults, lookup order, and overrides that reach every execution of a runtime.
import { DEFAULT_LATENCY_MS, latencyFor, withOverrides } from '../../../src/local/runtime/latency';
import { runOk } from '../../helpers/runtime';
import { runtimeWithBundle } from '../helpers/bundle';

const READ_ONE_PROPERTY = "function readOne() { return PropertiesService.getScriptProperties().getProperty('k'); }";

describe('latency defaults', () => {
  it('carry the measured figures: properties get 30 / set 62, cache put 93 / get 3 ms', () => {
    expect(DEFAULT_LATENCY_MS['PropertiesService.getProperty']).toBe(30);
    expect(DEFAULT_LATENCY_MS['PropertiesService.setProperty']).toBe(62);
    expect(DEFAULT_LATENCY_MS['CacheService.put']).toBe(93);
    expect(DEFAULT_LATENCY_MS['CacheService.get']).toBe(3);
  });
});

describe('latency of spreadsheet writes', () => {
  const WRITES = `
function rows() { var out = []; for (var i = 0; i < 150; i++) out.push([i, 'name ' + i, 'x', 'y']); return out; }
function batched() { SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1, 150, 4).setValues(rows()); }
function flushPerRow() {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  rows().forEach(function (row, i) { sheet.getRange(i + 1, 1, 1, 4).setValues([row]); SpreadsheetApp.flush(); });
}`;
  const simulatedMs = (entryPoint: string) => {
    const runtime = runtimeWithBundle(WRITES);
    const before = runtime.state.clock.now;
    runOk(runtime, entryPoint);
    return runtime.state.clock.now - before;
  };

  it('match the measurement: one batch is tens of ms, a flush per row of 150 rows is about 12 s', () => {
    expect(simulatedMs('batched')).toBeLessThan(200);
    const perRow = simulatedMs('flushPerRow');
    expect(perRow).toBeGreaterThan(10_000);
    expect(perRow).toBeLessThan(15_000);
  });
});

describe('latencyFor', () => {
  const table = { 'MailApp.sendEmail': 400, 'MailApp.*': 20, '*': 1 };

  it('takes the method\'s own figure, then its service\'s, then the catch-all', () => {
    expect(latencyFor('MailApp.sendEmail', table)).toBe(400);
    expect(latencyFor('MailApp.getRemainingDailyQuota', table)).toBe(20);
    expect(latencyFor('Session.getActiveUser', table)).toBe(1);
  });

  it('is 0 for a method no entry covers', () => {
    expect(latencyFor('Session.getActiveUser', { 'MailApp.*': 20 })).toBe(0);
  });
});

describe('latency overrides', () => {
  it('are merged over the defaults and charged in every execution of the runtime', () => {
    const elapsedFor = (latency?: Record<string, number>) => {
      // Only latency here: script code's own running time (real, different on every run) is not counted.
      const runtime = runtimeWithBundle(READ_ONE_PROPERTY, { latency, scriptTime: { factor: 0 } });
      const before = runtime.state.clock.now;
      runOk(runtime, 'readOne');
      return runtime.state.clock.now - before;
    };
    expect(elapsedFor()).toBe(30 + 30);
    expect(elapsedFor({ 'PropertiesService.getProperty': 500 })).toBe(30 + 500);
    expect(elapsedFor({ 'PropertiesService.*': 0 })).toBe(0);
    expect(elapsedFor({ 'PropertiesService.*': 0, 'PropertiesService.getProperty': 7 })).toBe(7);
  });

  it('for a whole service replace its single-method defaults; the catch-all leaves named figures alone', () => {
    const table = withOverrides({ 'MailApp.*': 1200, '*': 0 });
    expect(latencyFor('MailApp.sendEmail', table)).toBe(1200);
    expect(latencyFor('MailApp.getRemainingDailyQuota', table)).toBe(1200);
    expect(latencyFor('PropertiesService.setProperty', table)).toBe(62);
    expect(latencyFor('Session.getActiveUser', table)).toBe(0);
    expect(withOverrides()).toEqual(DEFAULT_LATENCY_MS);
  });
});
