// The teacher typing into a cell: stored as typed input, then the simple onEdit(e) and installable edit triggers with an edit event.
import { typeIntoCell } from '../../../src/local/runtime/scheduler';
import type { LocalRuntime } from '../../../src/local/runtime/runtime';
import { createScriptApp } from '../../../src/local/services/script-app';
import { readValues } from '../../../src/local/services/spreadsheet/state-access';
import { runtimeWithBundle } from '../helpers/bundle';
import { executionOn } from '../helpers/service-context';

const BUNDLE = `
/** The edit event's objects reported through their methods, its plain fields as they are. */
function described(e) {
  var plain = { authMode: e.authMode, range: e.range.getA1Notation(), sheet: e.range.getSheet().getName(), source: e.source.getName(), read: e.range.getDisplayValue() };
  if ('value' in e) plain.value = e.value;
  if ('oldValue' in e) plain.oldValue = e.oldValue;
  if (e.user) plain.user = e.user.getEmail();
  if (e.triggerUid) plain.triggerUid = e.triggerUid;
  plain.keys = Object.keys(e).sort();
  return plain;
}
function onEdit(e) { return described(e); }
function onEditInstalled(e) { return { event: described(e), ranAs: Session.getActiveUser().getEmail() }; }
`;

function sheetOf(runtime: LocalRuntime) {
  return runtime.state.spreadsheets['sheet-1'].sheets[0];
}

function type(runtime: LocalRuntime, row: number, column: number, text: string) {
  return typeIntoCell(runtime, { sheet: sheetOf(runtime), row, column, text });
}

describe('typeIntoCell', () => {
  it('stores the text as typed input and runs the simple onEdit in LIMITED with { authMode, range, source, user, value }', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    const [result] = type(runtime, 2, 3, '00123');
    expect(readValues(sheetOf(runtime))[1][2]).toBe(123);
    expect(result.record).toEqual(expect.objectContaining({ entryPoint: 'simple:onEdit', outcome: 'ok' }));
    expect(result.value).toEqual({
      authMode: 'LIMITED',
      range: 'C2',
      sheet: 'Sheet1',
      source: 'My class',
      read: '123',
      value: '123',
      user: 'teacher@example.edu',
      keys: ['authMode', 'range', 'source', 'user', 'value'],
    });
  });

  it('gives the old value as text, booleans as TRUE/FALSE, a date as its serial number in the spreadsheet zone, and no value when the cell is emptied', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    type(runtime, 1, 1, 'true');
    const [toDate] = type(runtime, 1, 1, '2027-01-01');
    expect(toDate.value).toMatchObject({ oldValue: 'TRUE', value: '46388' });
    const [emptied] = type(runtime, 1, 1, '');
    expect(emptied.value).toMatchObject({ oldValue: '46388', keys: ['authMode', 'oldValue', 'range', 'source', 'user'] });
    const [apostrophe] = type(runtime, 1, 1, "'007");
    expect(apostrophe.value).toMatchObject({ value: '007', read: '007' });
  });

  it('then fires an installable edit trigger as its owner, in FULL, with its triggerUid', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    const trigger = createScriptApp(executionOn(runtime, 'coteacher@example.edu')).newTrigger('onEditInstalled').forSpreadsheet('sheet-1').onEdit().create();
    const results = type(runtime, 5, 1, 'Ada');
    expect(results.map((r) => r.record.entryPoint)).toEqual(['simple:onEdit', 'trigger:onEditInstalled']);
    expect(results[1].value).toEqual({
      event: { authMode: 'FULL', range: 'A5', sheet: 'Sheet1', source: 'My class', read: 'Ada', value: 'Ada', user: 'coteacher@example.edu', triggerUid: trigger.getUniqueId(), keys: ['authMode', 'range', 'source', 'triggerUid', 'user', 'value'] },
      ranAs: 'coteacher@example.edu',
    });
  });

  it('stores the value and runs nothing when the add-on has no onEdit and no edit trigger', () => {
    const runtime = runtimeWithBundle('function other() {}');
    expect(type(runtime, 1, 2, '=SUM(A1:A3)')).toEqual([]);
    expect(sheetOf(runtime).cells[0][1]).toEqual({ v: '', f: '=SUM(A1:A3)' });
  });

  it('refuses a cell outside the sheet, naming its size, and writes nothing', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    expect(() => type(runtime, 1001, 1, 'x')).toThrow('Cell A1001 is outside the Sheet1 tab, which has columns A to Z and rows 1 to 1000.');
    expect(() => type(runtime, 1, 27, 'x')).toThrow('Cell AA1 is outside the Sheet1 tab');
    expect(sheetOf(runtime).cells).toEqual([]);
    expect(runtime.state.executions).toEqual([]);
  });
});
