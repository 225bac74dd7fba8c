// The latency model: sourced defaults, lookup order, and overrides that reach every execution of a runtime.
import { CELL_READ, CELL_WRITE, cellLatency, DEFAULT_LATENCY_MS, latencyFor, withOverrides } from '../../../src/local/runtime/latency';
import type { RuntimeOptions } from '../../../src/local/runtime/runtime';
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

describe('cost grows with cells', () => {
  const COLUMNS = 16;
  const RANGES = `
function sheet() { return SpreadsheetApp.getActive().getSheets()[0]; }
function readRows(n) { sheet().getRange(1, 1, n, ${COLUMNS}).getValues(); }
function displayRows(n) { sheet().getRange(1, 1, n, ${COLUMNS}).getDisplayValues(); }
function writeRows(n) { var rows = []; for (var i = 0; i < n; i++) { var row = []; for (var j = 0; j < ${COLUMNS}; j++) row.push('v'); rows.push(row); } sheet().getRange(1, 1, n, ${COLUMNS}).setValues(rows); }
function clearRows(n) { sheet().getRange(1, 1, n, ${COLUMNS}).clearContent(); }`;
  /** Virtual ms one call of `entryPoint(rows)` takes on a 2,000-row sheet. */
  const simulatedMs = (entryPoint: string, rows: number, options: RuntimeOptions = {}) => {
    const runtime = runtimeWithBundle(RANGES, options);
    runtime.state.spreadsheets['sheet-1'].sheets[0].maxRows = 2000;
    const before = runtime.state.clock.now;
    runOk(runtime, entryPoint, rows);
    return runtime.state.clock.now - before;
  };
  const cells = (rows: number) => rows * COLUMNS;

  it('a 2,000-row read costs more than a 150-row one by the per-cell figure, for values and display values', () => {
    const perCell = DEFAULT_LATENCY_MS[CELL_READ];
    expect(perCell).toBeGreaterThan(0);
    const extra = Math.round(cells(2000) * perCell) - Math.round(cells(150) * perCell);
    expect(extra).toBe(592);
    expect(simulatedMs('readRows', 2000) - simulatedMs('readRows', 150)).toBe(extra);
    expect(simulatedMs('displayRows', 2000) - simulatedMs('displayRows', 150)).toBe(extra);
  });

  it('writes and clears are charged per cell written', () => {
    const extra = cellLatency('write', cells(2000), DEFAULT_LATENCY_MS) - cellLatency('write', cells(150), DEFAULT_LATENCY_MS);
    expect(extra).toBeGreaterThan(0);
    expect(simulatedMs('writeRows', 2000) - simulatedMs('writeRows', 150)).toBe(extra);
    expect(simulatedMs('clearRows', 2000) - simulatedMs('clearRows', 150)).toBe(extra);
  });

  it('the per-cell figures are overridable like the others; a service-wide override replaces them too', () => {
    expect(simulatedMs('readRows', 2000, { latency: { [CELL_READ]: 0.1 } }) - simulatedMs('readRows', 150, { latency: { [CELL_READ]: 0.1 } })).toBe(cells(1850) * 0.1);
    expect(simulatedMs('writeRows', 2000, { latency: { [CELL_WRITE]: 0 } })).toBe(simulatedMs('writeRows', 150, { latency: { [CELL_WRITE]: 0 } }));
    expect(cellLatency('read', 1000, withOverrides({ 'SpreadsheetApp.*': 5 }))).toBe(0);
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
