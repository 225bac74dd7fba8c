// createSurvey with a request id converges: killed at any call (before or after it, buffered writes dropped or kept), a retry ends with one Form for the request, one trigger and the mapping stored.
import { readSurveyStore } from '../../src/core/survey/survey-store';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { Result, SurveyQuestion } from '../../src/shared/rpc';
import { callCount, KILL_OUTCOMES } from '../helpers/kill-outcomes';
import { runOk } from '../helpers/runtime';
import { recordsOf, setUpClass, SPREADSHEET_ID, spreadsheetOf } from './class-fixture';
import { answer, surveyState } from './survey-fixture';

/** A short check-in survey keeps the sweep small (every call, four faults each); the default set's calls are the same per question. */
const QUESTIONS: SurveyQuestion[] = [
  { title: 'First name', helpText: '', kind: 'text', column: 'firstName', required: true, choices: [] },
  { title: 'What is new with you?', helpText: '', kind: 'paragraph', column: 'interests', required: false, choices: [] },
];
const REQUEST = 'req-0001';
const LEFT_OVER = /^Creating the survey "Getting to know you: .*" on 2026-11-23 at \d\d:\d\d UTC was interrupted as Google Forms was making its Form\. If an empty Form of that name/;

type Created = Result<{ formId: string; url: string }>;

function store(runtime: LocalRuntime) {
  return readSurveyStore(runtime.state.properties.document[SPREADSHEET_ID]);
}

/** What must hold after createSurvey for REQUEST ended well: one survey for it, its Form built and linked, one trigger, nothing pending. */
function expectConverged(runtime: LocalRuntime, created: Created): string {
  expect(created.ok).toBe(true);
  const formId = created.ok ? created.value.formId : '';
  const { surveys, pending } = store(runtime);
  const mine = surveys.filter((s) => s.requestId === REQUEST);
  expect(mine.map((s) => s.formId)).toEqual([formId]);
  expect(mine[0].items.map((i) => [i.itemId, i.column])).toEqual(runtime.state.forms[formId].items.map((item, i) => [item.id, QUESTIONS[i].column]));
  expect(pending).toBeNull();
  expect(runtime.state.forms[formId].items.map((i) => i.title)).toEqual(QUESTIONS.map((q) => q.title));
  expect(runtime.state.forms[formId].destination?.spreadsheetId).toBe(SPREADSHEET_ID);
  expect(spreadsheetOf(runtime).sheets.filter((s) => s.formId !== undefined).map((s) => s.name)).toEqual(['Form Responses 1']);
  expect(runtime.state.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT').map((t) => t.handler)).toEqual(['onSurveySubmit']);
  // Any other Form is one a kill left between FormApp.create and its record: empty, and reported to the teacher.
  const leftOver = Object.values(runtime.state.forms).filter((f) => f.id !== formId);
  expect(leftOver.length).toBeLessThanOrEqual(1);
  for (const form of leftOver) expect(form.items).toEqual([]);
  if (leftOver.length > 0) expect(surveyState(runtime).notices.map((n) => n.message)).toContainEqual(expect.stringMatching(LEFT_OVER));
  return formId;
}

describe('createSurvey with a request id', () => {
  const base = setUpClass();
  const clean = base.fork();
  const cleanRun = clean.run('createSurvey', [QUESTIONS, REQUEST]);
  const calls = callCount(cleanRun.record.calls);

  it('answers a repeat of the request with the survey it made, and a new request with a new survey', () => {
    const formId = expectConverged(clean, cleanRun.value as Created);
    expect(runOk<Created>(clean, 'createSurvey', QUESTIONS, REQUEST)).toEqual(cleanRun.value);
    expect(Object.keys(clean.state.forms)).toEqual([formId]);
    const other = runOk<Created>(clean, 'createSurvey', QUESTIONS, 'req-0002');
    expect(other.ok && other.value.formId).not.toBe(formId);
    expect(store(clean).surveys.map((s) => s.requestId)).toEqual([REQUEST, 'req-0002']);
  });

  it('refuses a request id that is not one, creating nothing', () => {
    const runtime = base.fork();
    const result = runOk<Created>(runtime, 'createSurvey', QUESTIONS, 'not a request id!');
    expect(!result.ok && result.problems[0].message).toContain('The request id must be up to 100 letters');
    expect(runtime.state.forms).toEqual({});
  });

  describe.each(KILL_OUTCOMES)('killed with $name', (outcome) => {
    it(`converges on a retry after a kill at each of its ${calls} service calls, the mapping kept`, () => {
      expect(calls).toBeGreaterThan(20);
      let leftOvers = 0;
      for (let call = 1; call <= calls; call += 1) {
        const runtime = base.fork();
        expect(runtime.run('createSurvey', [QUESTIONS, REQUEST], outcome.options(call)).record.outcome).toBe('killed');
        const formId = expectConverged(runtime, runOk<Created>(runtime, 'createSurvey', QUESTIONS, REQUEST));
        if (Object.keys(runtime.state.forms).length > 1) leftOvers += 1;
        // The stored mapping is checked above at every call; an answer goes through it at every fifth (each costs a run).
        if (call % 5 === 0) {
          answer(runtime, formId, 'ana@school.example', { 'First name': 'Ana', 'What is new with you?': 'chess' });
          expect(recordsOf(runtime, 'Students').map((r) => [r['First name'], r.Interests])).toEqual([['Ana', 'chess']]);
        }
      }
      // Only a kill between FormApp.create taking effect and the mark's next write (getId, getDocumentProperties, getProperties, setProperties) leaves a Form behind.
      expect(leftOvers).toBeGreaterThan(0);
      expect(leftOvers).toBeLessThanOrEqual(4);
    });
  });
});
