// Survey responses arriving together, through the runtime's overlapping executions: a second submission (or a sync) at every call boundary of the first.
import { cellText } from '../../src/core/cells';
import { parseRecord } from '../../src/core/survey/record';
import { runOverlapping, callsOfFirstExecution } from '../../src/local/runtime/overlap';
import type { Job, LocalRuntime } from '../../src/local/runtime/runtime';
import { submitFormResponse, type StudentResponse } from '../../src/local/runtime/scheduler';
import { runOk } from '../helpers/runtime';
import { addRows, recordsOf, student as rosterStudent } from './class-fixture';
import { CAREERS, classWithSurvey, FIRST, formOf, INTERESTS, LAST } from './survey-fixture';

const ANA: StudentResponse = { email: 'ana@school.example', answers: { [FIRST]: 'Ana', [LAST]: 'Lopez', [CAREERS]: 'nurse', [INTERESTS]: 'chess' } };
const BEN: StudentResponse = { email: 'ben@school.example', answers: { [FIRST]: 'Ben', [LAST]: 'Okafor', [INTERESTS]: 'drones' } };
/** Returning student 1, who answers twice at once in two cases of their address: one row must come of it. */
const RETURNING_1: StudentResponse = { email: 'student1@school.example', answers: { [FIRST]: 'Student1', [LAST]: 'Family1', [INTERESTS]: 'Robotics' } };
const RETURNING_2: StudentResponse = { email: ' STUDENT1@School.Example', answers: { [FIRST]: 'Student1', [LAST]: 'Family1', [CAREERS]: 'engineer', [INTERESTS]: 'music' } };
/** The same new student twice at once (a double click on Submit): one row, not two. */
const CY_TWICE: StudentResponse = { email: 'cy@school.example', answers: { [FIRST]: 'Cy', [LAST]: 'Ng', [INTERESTS]: 'art' } };

interface Situation {
  runtime: LocalRuntime;
  formId: string;
}

function classWithOneReturningStudent(): Situation {
  const situation = classWithSurvey();
  addRows(situation.runtime, 'Students', [rosterStudent(1, { Interests: '', 'Career path': '' })]);
  return situation;
}

/** A student's submission as a job: the response is stored, then the form-submit trigger fires; every handler must end well. */
function submission(formId: string, response: StudentResponse): Job {
  return (rt) => {
    for (const result of submitFormResponse(rt, formId, response)) {
      if (result.record.outcome !== 'ok') throw new Error(`${result.record.entryPoint} ended ${result.record.outcome}: ${result.error}`);
    }
  };
}

const sync: Job = (rt) => runOk(rt, 'syncSurveyResponses');

/** The Students rows as the teacher reads them, ids and records left out (generated ids differ run to run). */
function roster(runtime: LocalRuntime): Record<string, unknown>[] {
  return recordsOf(runtime, 'Students').map((row) => ({ ...row, ID: String(row.ID) === '' ? '' : 'id', 'Survey record': undefined }));
}

/** Every response id the rows' records list as merged, one entry per listing (a response merged twice shows twice). */
function mergedListings(runtime: LocalRuntime, formId: string): string[] {
  return recordsOf(runtime, 'Students').flatMap((row) => parseRecord(cellText(row['Survey record'])).merged[formId] ?? []);
}

const CASES: { name: string; situation: () => Situation; first: (s: Situation) => Job; second: (s: Situation) => Job }[] = [
  { name: 'two new students submitting together', situation: classWithSurvey, first: (s) => submission(s.formId, ANA), second: (s) => submission(s.formId, BEN) },
  {
    name: 'a returning student submitting twice together, in two cases of their address',
    situation: classWithOneReturningStudent,
    first: (s) => submission(s.formId, RETURNING_1),
    second: (s) => submission(s.formId, RETURNING_2),
  },
  { name: 'a new student double-submitting', situation: classWithSurvey, first: (s) => submission(s.formId, CY_TWICE), second: (s) => submission(s.formId, CY_TWICE) },
  { name: 'the sync running while a submission is in flight', situation: classWithSurvey, first: (s) => submission(s.formId, ANA), second: () => sync },
  {
    name: 'a submission arriving while the sync merges one that came while the trigger was missing',
    situation: () => {
      const s = classWithSurvey();
      const triggers = s.runtime.state.triggers;
      s.runtime.state.triggers = [];
      submission(s.formId, BEN)(s.runtime);
      s.runtime.state.triggers = triggers;
      return s;
    },
    first: () => sync,
    second: (s) => submission(s.formId, ANA),
  },
];

describe.each(CASES)('$name', ({ situation, first, second }) => {
  const base = situation();
  // What the two do one after the other: the interleavings must end the same.
  const sequential = base.runtime.fork();
  first(base)(sequential);
  second(base)(sequential);
  const expected = roster(sequential);
  const calls = callsOfFirstExecution(base.runtime, first(base));

  it('merges every response exactly once, with no lost row and no duplicate student, at every call boundary of the first', () => {
    expect(calls).toBeGreaterThan(5);
    const wrong: string[] = [];
    for (let atCall = 1; atCall <= calls; atCall += 1) {
      const runtime = base.runtime.fork();
      const outcome = runOverlapping(runtime, first(base), second(base), { atCall });
      expect(outcome.atCall).toBe(atCall);
      const responses = formOf(runtime, base.formId).responses.map((r) => r.id);
      const listings = mergedListings(runtime, base.formId);
      const problems = [
        JSON.stringify(roster(runtime)) === JSON.stringify(expected) ? '' : `rows ${JSON.stringify(roster(runtime))}`,
        [...listings].sort().join() === [...responses].sort().join() ? '' : `merged ${listings.join()} of ${responses.join()}`,
      ].filter(Boolean);
      if (problems.length > 0) wrong.push(`at call ${atCall}: ${problems.join('; ')}`);
      expect(runOk(runtime, 'syncSurveyResponses')).toEqual({ ok: true, value: { merged: 0, more: false } });
    }
    expect(wrong).toEqual([]);
    expect(expected.length).toBeGreaterThan(0);
  });
});
