// Opening the add-on's spreadsheet: the simple onOpen(e) with an open event and a 30-second limit, then installable open triggers.
import { openSpreadsheet, SIMPLE_TRIGGER_LIMIT_MS } from '../../../src/local/runtime/scheduler';
import { createScriptApp } from '../../../src/local/services/script-app';
import { runtimeWithBundle } from '../helpers/bundle';
import { executionOn } from '../helpers/service-context';

const BUNDLE = `
/** The open event's source is the Spreadsheet and its user a User: reported through their methods. */
function described(e) {
  var plain = { authMode: e.authMode, source: e.source.getName() };
  if (e.user) plain.user = e.user.getEmail() + '|' + String(e.user);
  if (e.triggerUid) plain.triggerUid = e.triggerUid;
  return plain;
}
function onOpen(e) { return described(e); }
function onOpenInstalled(e) { return { event: described(e), ranAs: Session.getActiveUser().getEmail() }; }
`;

describe('openSpreadsheet', () => {
  it('runs the simple onOpen with { authMode, source, user }, in LIMITED by default', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    const [result] = openSpreadsheet(runtime);
    expect(result.record).toEqual(expect.objectContaining({ entryPoint: 'simple:onOpen', outcome: 'ok' }));
    expect(result.value).toEqual({ authMode: 'LIMITED', source: 'My class', user: 'teacher@example.edu|teacher@example.edu' });
  });

  it('leaves the user out in AuthMode.NONE, where the add-on may not read the document either', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    const [result] = openSpreadsheet(runtime, { authMode: 'NONE', user: 'student@example.edu' });
    expect(result.value).toEqual({ authMode: 'NONE', source: 'My class' });
    const denied = runtimeWithBundle('function onOpen(e) { return SpreadsheetApp.getActive().getSheets().length; }');
    expect(openSpreadsheet(denied, { authMode: 'NONE' })[0].record.outcome).toBe('error');
  });

  it('then fires an installable open trigger as its owner, in FULL, with its triggerUid', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    const trigger = createScriptApp(executionOn(runtime, 'coteacher@example.edu')).newTrigger('onOpenInstalled').forSpreadsheet('sheet-1').onOpen().create();
    const results = openSpreadsheet(runtime);
    expect(results.map((r) => r.record.entryPoint)).toEqual(['simple:onOpen', 'trigger:onOpenInstalled']);
    expect(results[1].value).toEqual({
      event: { authMode: 'FULL', source: 'My class', user: 'coteacher@example.edu|coteacher@example.edu', triggerUid: trigger.getUniqueId() },
      ranAs: 'coteacher@example.edu',
    });
  });

  it('kills a simple onOpen that runs past 30 seconds', () => {
    expect(SIMPLE_TRIGGER_LIMIT_MS).toBe(30_000);
    const runtime = runtimeWithBundle('function onOpen(e) { Utilities.sleep(31000); return "late"; }');
    const [result] = openSpreadsheet(runtime);
    expect(result.record.outcome).toBe('killed');
    expect(result.error).toBe('Exceeded maximum execution time');
  });

  it('runs nothing when the bundle has no onOpen and no open trigger exists', () => {
    expect(openSpreadsheet(runtimeWithBundle('function other() {}'))).toEqual([]);
  });
});
