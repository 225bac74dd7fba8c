// The scheduler: clock triggers fired as virtual time passes, and a student's form submission firing form-submit triggers.
import type { ServiceContext } from '../../../src/local/runtime/context';
import { LocalRuntime, type RunResult } from '../../../src/local/runtime/runtime';
import { advanceClock, submitFormResponse } from '../../../src/local/runtime/scheduler';
import { createFormApp } from '../../../src/local/services/form-app';
import { createScriptApp } from '../../../src/local/services/script-app';
import { findSheet, readValues } from '../../../src/local/services/spreadsheet/state-access';
import { wallClockAt } from '../../../src/core/time-zone';
import { TEST_NOW } from '../../helpers/runtime';
import { runtimeWithBundle } from '../helpers/bundle';
import { executionOn, thrownBy } from '../helpers/service-context';

const HOUR = 3600_000;
const NEW_YORK = 'America/New_York';

/** Handlers that hand back their event (and who ran them), so tests can read what a trigger received. */
const BUNDLE = `
function onTick(e) { e.ranAs = Session.getActiveUser().getEmail(); return e; }
function onDaily(e) { return e; }
/** A form-submit event carries a Range and the Spreadsheet: the handler reports what their methods say. */
function onSheetSubmit(e) {
  var plain = { authMode: e.authMode, namedValues: e.namedValues, triggerUid: e.triggerUid, values: e.values };
  plain.range = { row: e.range.getRow(), a1: e.range.getA1Notation(), sheet: e.range.getSheet().getName(), values: e.range.getDisplayValues() };
  plain.source = e.source.getId();
  plain.keys = Object.keys(e).sort();
  return plain;
}
function stopTicking(e) { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); return 'stopped'; }
function submitFromCode(formId) {
  var form = FormApp.openById(formId);
  var name = form.getItems()[0].asTextItem();
  return form.createResponse().withItemResponse(name.createResponse('From code')).submit().getId();
}
`;

function newRuntime(now = TEST_NOW): LocalRuntime {
  return runtimeWithBundle(BUNDLE, { now });
}

/** Creates triggers as a script would, in an execution of its own (run as `user`). */
function withScriptApp(runtime: LocalRuntime, create: (scriptApp: ReturnType<typeof createScriptApp>, ctx: ServiceContext) => void, user?: string): void {
  const ctx = executionOn(runtime, user);
  create(createScriptApp(ctx), ctx);
}

function events(results: RunResult[]): Record<string, unknown>[] {
  return results.map((result) => result.value as Record<string, unknown>);
}

describe('advanceClock', () => {
  it('fires due clock triggers in time order, each with a realistic time-driven event', () => {
    const runtime = newRuntime(TEST_NOW + HOUR); // Monday 2026-11-23, 10:00 in New York
    withScriptApp(runtime, (scriptApp) => scriptApp.newTrigger('onTick').timeBased().everyHours(6).create());
    withScriptApp(runtime, (scriptApp) => scriptApp.newTrigger('onDaily').timeBased().everyDays(1).atHour(9).create(), 'coteacher@example.edu');
    const results = advanceClock(runtime, 25 * HOUR);
    expect(results.map((r) => r.record.entryPoint)).toEqual(['trigger:onTick', 'trigger:onTick', 'trigger:onTick', 'trigger:onDaily', 'trigger:onTick']);
    const starts = results.map((r) => Date.parse(r.record.startedAt));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    const daily = events(results)[3];
    const dailyUid = runtime.state.triggers.find((t) => t.handler === 'onDaily')?.uid;
    expect(daily).toEqual({
      authMode: 'FULL',
      year: 2026,
      month: 11,
      'day-of-month': 24,
      'day-of-week': 2,
      'week-of-year': 48,
      hour: 9,
      minute: expect.any(Number),
      second: 0,
      timezone: NEW_YORK,
      triggerUid: dailyUid,
    });
    expect(starts[3]).toBe(Date.UTC(2026, 10, 24, 14, daily.minute as number));
  });

  it('ends the clock at start + ms and reschedules repeats for after it', () => {
    const runtime = newRuntime();
    withScriptApp(runtime, (scriptApp) => scriptApp.newTrigger('onTick').timeBased().everyHours(1).create());
    const start = runtime.state.clock.now;
    const firstRun = runtime.state.triggers[0].nextRun as number;
    expect(advanceClock(runtime, 90 * 60_000)).toHaveLength(1);
    expect(runtime.state.clock.now).toBe(start + 90 * 60_000);
    expect(runtime.state.triggers[0].nextRun).toBe(firstRun + HOUR);
  });

  it('fires a daily 9 o\'clock trigger between 9 and 10 every day across the DST change', () => {
    const runtime = newRuntime(Date.UTC(2026, 9, 30, 16, 0)); // Friday 2026-10-30, noon in New York
    withScriptApp(runtime, (scriptApp) => scriptApp.newTrigger('onDaily').timeBased().everyDays(1).atHour(9).create());
    const results = advanceClock(runtime, 5 * 24 * HOUR);
    const fired = events(results);
    expect(fired.map((e) => e['day-of-month'])).toEqual([31, 1, 2, 3, 4]);
    expect(fired.every((e) => e.hour === 9 && e.minute === fired[0].minute)).toBe(true);
    expect(results.map((r) => new Date(r.record.startedAt).getUTCHours())).toEqual([13, 14, 14, 14, 14]);
  });

  it('fires a one-off trigger once and removes it', () => {
    const runtime = newRuntime();
    withScriptApp(runtime, (scriptApp) => scriptApp.newTrigger('onTick').timeBased().after(30 * 60_000).create());
    expect(advanceClock(runtime, 3 * HOUR)).toHaveLength(1);
    expect(runtime.state.triggers).toEqual([]);
  });

  it('runs each trigger as the user who created it', () => {
    const runtime = newRuntime();
    withScriptApp(runtime, (scriptApp) => scriptApp.newTrigger('onTick').timeBased().everyHours(1).create(), 'coteacher@example.edu');
    expect(events(advanceClock(runtime, HOUR))[0].ranAs).toBe('coteacher@example.edu');
  });

  it('applies failAt to the first execution fired only', () => {
    const runtime = newRuntime();
    withScriptApp(runtime, (scriptApp) => scriptApp.newTrigger('onTick').timeBased().everyHours(1).create());
    const results = advanceClock(runtime, 2 * HOUR, { failAt: 1 });
    expect(results.map((r) => r.record.outcome)).toEqual(['killed', 'ok']);
  });

  it('lets a handler delete its own trigger, which then stops firing', () => {
    const runtime = newRuntime();
    withScriptApp(runtime, (scriptApp) => scriptApp.newTrigger('stopTicking').timeBased().everyHours(1).create());
    const results = advanceClock(runtime, 5 * HOUR);
    expect(results.map((r) => r.value)).toEqual(['stopped']);
    expect(runtime.state.triggers).toEqual([]);
  });

  it('logs a trigger whose handler is gone as a failed execution, as Apps Script does', () => {
    const runtime = newRuntime();
    withScriptApp(runtime, (scriptApp) => scriptApp.newTrigger('renamedLongAgo').timeBased().everyHours(1).create());
    const [result] = advanceClock(runtime, HOUR);
    expect(result.record).toEqual(expect.objectContaining({ outcome: 'error', message: 'Script function not found: renamedLongAgo' }));
    expect(runtime.state.executions.at(-1)).toEqual(result.record);
  });
});

/** The interest survey, linked to the bound spreadsheet and collecting addresses. */
function surveyWithTriggers(runtime: LocalRuntime): GoogleAppsScript.Forms.Form {
  const ctx = executionOn(runtime);
  const formApp = createFormApp(ctx);
  const form = formApp.create('Interest survey').setCollectEmail(true);
  form.addTextItem().setTitle('Your name').setRequired(true);
  form.addCheckboxItem().setTitle('Resource types').setChoiceValues(['article', 'video', 'event']);
  form.addMultipleChoiceItem().setTitle('Grade').setChoiceValues(['10', '11', '12']);
  form.setDestination(formApp.DestinationType.SPREADSHEET, 'sheet-1');
  createScriptApp(ctx).newTrigger('onSheetSubmit').forSpreadsheet('sheet-1').onFormSubmit().create();
  return form;
}

describe('submitFormResponse', () => {
  const ana = { email: 'ana@school.org', answers: { 'Your name': 'Ana', 'Resource types': ['article', 'video'], Grade: '11' } };

  it('appends the row to the responses tab and fires the spreadsheet\'s form-submit trigger with namedValues and values', () => {
    const runtime = newRuntime();
    const form = surveyWithTriggers(runtime);
    const formId = form.getId();
    const submittedAt = runtime.state.clock.now;
    const results = submitFormResponse(runtime, formId, ana);
    const tab = findSheet(runtime.state, 'sheet-1', 'Form Responses 1');
    const row = tab ? readValues(tab)[1] : [];
    expect(row).toEqual([new Date(submittedAt), 'ana@school.org', 'Ana', 'article, video', 11]);
    const wall = wallClockAt(submittedAt, NEW_YORK);
    const timestamp = `${wall.month}/${wall.day}/${wall.year} ${wall.hour}:${String(wall.minute).padStart(2, '0')}:${String(wall.second).padStart(2, '0')}`;
    expect(results.map((r) => r.record.entryPoint)).toEqual(['trigger:onSheetSubmit']);
    expect(results[0].value).toEqual({
      authMode: 'FULL',
      namedValues: { Timestamp: [timestamp], 'Email Address': ['ana@school.org'], 'Your name': ['Ana'], 'Resource types': ['article, video'], Grade: ['11'] },
      range: { row: 2, a1: 'A2:E2', sheet: 'Form Responses 1', values: [[timestamp, 'ana@school.org', 'Ana', 'article, video', '11']] },
      source: 'sheet-1',
      keys: ['authMode', 'namedValues', 'range', 'source', 'triggerUid', 'values'],
      triggerUid: runtime.state.triggers[0].uid,
      values: [timestamp, 'ana@school.org', 'Ana', 'article, video', '11'],
    });
    expect(form.getResponses()).toHaveLength(1);
  });

  it('refuses an unknown question title, naming it, and records nothing', () => {
    const runtime = newRuntime();
    const form = surveyWithTriggers(runtime);
    const error = thrownBy(() => submitFormResponse(runtime, form.getId(), { email: 'ana@school.org', answers: { 'Your name': 'Ana', Hobby: 'chess' } }));
    expect(error.message).toMatch(/no question titled "Hobby".*"Your name", "Resource types", "Grade"/);
    expect(form.getResponses()).toEqual([]);
    expect(runtime.state.executions).toEqual([]);
  });

  it('refuses a response missing a required answer, naming the question', () => {
    const runtime = newRuntime();
    const form = surveyWithTriggers(runtime);
    expect(() => submitFormResponse(runtime, form.getId(), { email: 'ana@school.org', answers: { Grade: '11' } })).toThrow(
      'The form "Interest survey" requires an answer to: "Your name".',
    );
  });

  it('refuses a response when the form is closed', () => {
    const runtime = newRuntime();
    const form = surveyWithTriggers(runtime).setAcceptingResponses(false);
    expect(() => submitFormResponse(runtime, form.getId(), ana)).toThrow('The form "Interest survey" is not accepting responses.');
  });

  it('records nothing and fires nothing when an answer is too long for a cell', () => {
    const runtime = newRuntime();
    const form = surveyWithTriggers(runtime);
    const essay = { email: 'ana@school.org', answers: { 'Your name': 'x'.repeat(50_001) } };
    expect(() => submitFormResponse(runtime, form.getId(), essay)).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(form.getResponses()).toEqual([]);
    expect(runtime.state.executions).toEqual([]);
  });

  it('fires nothing when the script itself submits a response', () => {
    const runtime = newRuntime();
    const form = surveyWithTriggers(runtime);
    const result = runtime.run('submitFromCode', [form.getId()]);
    expect(result.record.outcome).toBe('ok');
    expect(form.getResponse(result.value as string).getItemResponses()[0].getResponse()).toBe('From code');
    expect(runtime.state.executions.map((record) => record.entryPoint)).toEqual(['submitFromCode']);
  });
});
