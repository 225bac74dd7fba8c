// The state file after a realistic session loads back identically, and the add-on answers the same from it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkspace, openWorkspace, saveWorkspace } from '../../../src/local/demo/workspace';
import { serializeState } from '../../../src/local/runtime/persistence';
import { advanceClock, openSpreadsheet, submitFormResponse } from '../../../src/local/runtime/scheduler';
import { createCacheService } from '../../../src/local/services/cache-service';
import { createFormApp } from '../../../src/local/services/form-app';
import { createMailApp } from '../../../src/local/services/mail-app';
import { createScriptApp } from '../../../src/local/services/script-app';
import { runOk, TEST_NOW } from '../../helpers/runtime';
import { executionOn } from '../helpers/service-context';

const HOUR = 3600_000;
/** Script code's own running time is real time, different on every run: these runs must be comparable to the ms. */
const NO_SCRIPT_TIME = { scriptTime: { factor: 0 } };

/** The demo class, the sidebar used, an hourly trigger fired, a student's form response and a sent email. */
function realisticSession() {
  const { runtime } = createWorkspace({ now: TEST_NOW, demo: true, runtime: NO_SCRIPT_TIME });
  openSpreadsheet(runtime);
  runOk(runtime, 'getSidebarState', 7);
  runOk(runtime, 'getSelectedStudent');
  const ctx = executionOn(runtime);
  createScriptApp(ctx).newTrigger('getSelectedStudent').timeBased().everyHours(1).create();
  const form = createFormApp(ctx).create('Interest survey').setCollectEmail(true);
  form.addTextItem().setTitle('What would you like to learn?').setRequired(true);
  form.setDestination(createFormApp(ctx).DestinationType.SPREADSHEET, 'sheet-1');
  createScriptApp(ctx).newTrigger('getSelectedStudent').forSpreadsheet('sheet-1').onFormSubmit().create();
  createMailApp(ctx).sendEmail('parent@example.org', 'Check-in', 'Ana checked in today.', { name: 'Ms. Rivera', cc: 'coteacher@example.edu' });
  createCacheService(ctx).getScriptCache()?.put('sidebar', '{"ok":true}');
  const formId = form.getId();
  const fired = advanceClock(runtime, 2 * HOUR);
  const submitted = submitFormResponse(runtime, formId, { email: 'ana@school.org', answers: { 'What would you like to learn?': 'Birds' } });
  return { runtime, fired, submitted };
}

describe('the state file after a realistic session', () => {
  it('loads back identically: same data, same Dates, same bytes', () => {
    const { runtime, fired, submitted } = realisticSession();
    expect(fired.map((r) => r.record.outcome)).toEqual(['ok', 'ok']);
    expect(submitted.map((r) => r.record.outcome)).toEqual(['ok']);
    expect(runtime.state.mail.outbox).toHaveLength(1);
    const path = join(mkdtempSync(join(tmpdir(), 'rapport-session-')), 'workspace.json');
    saveWorkspace(path, runtime.state);
    const reopened = openWorkspace(path);
    expect(reopened.state).toEqual(runtime.state);
    expect(serializeState(reopened.state)).toBe(readFileSync(path, 'utf8'));
    expect(serializeState(reopened.state)).toBe(serializeState(runtime.state));
  });

  it('gives the same answers and the same next trigger runs after reopening', () => {
    const { runtime } = realisticSession();
    const path = join(mkdtempSync(join(tmpdir(), 'rapport-session-')), 'workspace.json');
    saveWorkspace(path, runtime.state);
    const reopened = openWorkspace(path, NO_SCRIPT_TIME);
    expect(runOk(reopened, 'getSidebarState', 7)).toEqual(runOk(runtime, 'getSidebarState', 7));
    const next = (r: typeof runtime) => advanceClock(r, 3 * HOUR).map((result) => [result.record.entryPoint, result.record.startedAt, result.record.outcome]);
    expect(next(reopened)).toEqual(next(runtime));
    expect(reopened.state).toEqual(runtime.state);
  });
});
