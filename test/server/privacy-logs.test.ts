// docs/PRIVACY.md's promise through the bundle: across Rapport's main flows, a student's name, email and notes reach the sheet, the forms and the mail, never a log, an execution record or any other store.
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { LogCollector } from '../../scripts/proof/privacy';
import { advanceClock, openSpreadsheet } from '../../src/local/runtime/scheduler';
import type { Result, SendingState } from '../../src/shared/rpc';
import { runOk } from '../helpers/runtime';
import { addRows, recordsOf, select, student } from './class-fixture';
import { CO_TEACHER, HOUR, sendingClass } from './sending-fixture';
import { answer, CAREERS, FIRST, INTERESTS, LAST } from './survey-fixture';

/** Words that occur in no text of Rapport's own: any place holding one holds student data. */
const SURVEY_STUDENT = { first: 'Zephyrine', last: 'Quillfeather', email: 'zephyrine.quillfeather@students.example.edu' };
const ROSTER_STUDENT = { first: 'Bartholomew', last: 'Oakenshield', email: 'bartholomew.oakenshield@students' };
const NOTE_WORD = 'Kestrelwing';
const MARKERS = [SURVEY_STUDENT.first, SURVEY_STUDENT.last, SURVEY_STUDENT.email, ROSTER_STUDENT.first, ROSTER_STUDENT.last, ROSTER_STUDENT.email, NOTE_WORD];

/** The markers a value holds anywhere in its JSON, case ignored. */
function markersIn(value: unknown): string[] {
  const text = JSON.stringify(value).toLowerCase();
  return MARKERS.filter((marker) => text.includes(marker.toLowerCase()));
}

const idOf = (runtime: LocalRuntime, email: string) => String(recordsOf(runtime, 'Students').find((r) => String(r.Email).toLowerCase() === email)!.ID);

/** Runs Send now killed just after its first email went out: the batch is left unknown, its addresses in the engine's record. */
function killAfterFirstMail(runtime: LocalRuntime): void {
  const before = runtime.state.mail.outbox.length;
  for (let call = 1; call < 1000; call += 1) {
    const probe = runtime.fork();
    probe.run('sendNow', [], { failAfter: call });
    if (probe.state.mail.outbox.length > before) {
      expect(runtime.run('sendNow', [], { failAfter: call }).record.outcome).toBe('killed');
      return;
    }
  }
  throw new Error('Send now sent nothing');
}

/** A class on which every main flow ran: set-up, a survey response, a sync, the sidebar, a check-in, preview and test send, reminders, a cycle killed mid-send and finished, a co-teacher taking over, a malformed call, the spreadsheet opened. */
function classAfterMainFlows(): { runtime: LocalRuntime; collected: LogCollector } {
  const runtime = sendingClass(12);
  // Collect the records after every execution (triggers fired by the clock or a submission run through run too), before the workspace's cap drops them.
  const collected = new LogCollector(runtime);
  const run = runtime.run.bind(runtime);
  runtime.run = (...args) => {
    const result = run(...args);
    collected.collect();
    return result;
  };
  addRows(runtime, 'Students', [student(13, { 'First name': ROSTER_STUDENT.first, 'Last name': ROSTER_STUDENT.last, Email: ROSTER_STUDENT.email })]);
  const created = runOk<Result<{ formId: string }>>(runtime, 'createSurvey');
  if (!created.ok) throw new Error(JSON.stringify(created.problems));
  answer(runtime, created.value.formId, SURVEY_STUDENT.email, { [FIRST]: SURVEY_STUDENT.first, [LAST]: SURVEY_STUDENT.last, [INTERESTS]: 'robotics, music', [CAREERS]: 'pilot' });
  runOk(runtime, 'syncSurveyResponses');
  openSpreadsheet(runtime);
  const zephyrine = idOf(runtime, SURVEY_STUDENT.email);
  const row = recordsOf(runtime, 'Students').findIndex((r) => r.ID === zephyrine) + 2;
  select(runtime, 'Students', row);
  runOk(runtime, 'getSidebarState');
  runOk(runtime, 'getSelectedStudent');
  runOk(runtime, 'logCheckIn', { studentId: zephyrine, kind: 'one-on-one', note: `${NOTE_WORD} club, ask ${SURVEY_STUDENT.first} about it` });
  runOk(runtime, 'logCheckIn', { studentId: SURVEY_STUDENT.email, kind: 'one-on-one', note: NOTE_WORD });
  runOk(runtime, 'previewEmail', zephyrine);
  runOk(runtime, 'sendTestEmail', zephyrine);
  runOk(runtime, 'emailSurveyToNonResponders');
  runOk(runtime, 'getSurveyState');
  killAfterFirstMail(runtime);
  advanceClock(runtime, 7 * 60_000);
  const settled = runOk<Result<SendingState>>(runtime, 'sendNow');
  for (const unknown of settled.ok ? (settled.value.cycle?.unknown ?? []) : []) runOk(runtime, 'resolveUnknownSend', unknown.studentId, 'resend');
  runOk(runtime, 'saveSchedule', { everyWeeks: 2, weekday: 'Tuesday', hour: 9, reviewBeforeSending: false });
  runtime.run('takeOverSchedule', [], { user: CO_TEACHER });
  runtime.run('getSendingState', [], { user: CO_TEACHER });
  advanceClock(runtime, 15 * 24 * HOUR);
  return { runtime, collected };
}

describe('where student data goes', () => {
  const { runtime, collected } = classAfterMainFlows();
  const { state } = runtime;

  it('ran the flows it claims: the marked students were emailed, the check-in and the failed send recorded', () => {
    const mailedTo = state.mail.outbox.flatMap((mail) => mail.to);
    expect(mailedTo).toContain(SURVEY_STUDENT.email);
    expect(markersIn(recordsOf(runtime, 'Check-ins'))).toContain(NOTE_WORD);
    expect(markersIn(recordsOf(runtime, 'Sent log'))).toEqual(expect.arrayContaining([ROSTER_STUDENT.email]));
    expect(collected.executions.some((e) => e.outcome === 'killed')).toBe(true);
    expect(collected.executions.some((e) => e.entryPoint.includes('onScheduleTick'))).toBe(true);
  });

  it('the markers are found where student data belongs: the spreadsheet, the survey Form and the sent mail', () => {
    expect(markersIn(state.spreadsheets)).toEqual(MARKERS);
    expect(markersIn(state.forms)).toEqual(expect.arrayContaining([SURVEY_STUDENT.first, SURVEY_STUDENT.email]));
    expect(markersIn(state.mail.outbox)).toEqual(expect.arrayContaining([SURVEY_STUDENT.first, SURVEY_STUDENT.email]));
  });

  it('no Logger or console line holds a student name, email or note', () => {
    expect(collected.logs.filter((entry) => markersIn(entry).length > 0)).toEqual([]);
  });

  it('no execution record (name, outcome, error message) holds one, killed runs included', () => {
    expect(collected.executions.length).toBeGreaterThan(300);
    expect(collected.executions.filter((record) => markersIn(record).length > 0)).toEqual([]);
  });

  it('nothing else holds one: no user or script properties, cache, triggers or UI messages; the document properties only those of this spreadsheet', () => {
    const elsewhere = { script: state.properties.script, user: state.properties.user, cache: state.cache, triggers: state.triggers, alerts: state.ui.alerts, toasts: state.ui.toasts, menus: state.ui.menus, totals: state.totals };
    expect(Object.entries(elsewhere).filter(([, value]) => markersIn(value).length > 0).map(([key]) => key)).toEqual([]);
    expect(Object.keys(state.properties.document)).toEqual([state.activeSpreadsheetId]);
  });

  it('the check finds a marker where one is planted (it can fail)', () => {
    expect(markersIn([{ message: `Sending to ${SURVEY_STUDENT.email.toUpperCase()}` }])).toContain(SURVEY_STUDENT.email);
    expect(markersIn({ level: 'log', message: `${NOTE_WORD.toLowerCase()} club` })).toEqual([NOTE_WORD]);
  });
});
