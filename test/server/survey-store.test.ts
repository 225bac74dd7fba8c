// The surveys' store through the bundle: a term of surveys each keeps its mapping, version 1's single value is moved out, a full store is named and nothing is lost.
import { PROPERTY_STORE_LIMIT_BYTES, utf8Bytes } from '../../src/core/settings/property-limits';
import { readSurveyStore, SURVEY_KEY_PREFIX } from '../../src/core/survey/survey-store';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { Result, SurveyQuestion } from '../../src/shared/rpc';
import { runOk } from '../helpers/runtime';
import { recordsOf, SPREADSHEET_ID } from './class-fixture';
import { answer, classWithSurvey, FIRST, LAST, student, surveyState } from './survey-fixture';

type Created = Result<{ formId: string; url: string }>;

const checkIn = (n: number): SurveyQuestion[] => [
  { title: 'First name', helpText: '', kind: 'text', column: 'firstName', required: true, choices: [] },
  { title: `Check-in ${n}: what is new with you?`, helpText: '', kind: 'paragraph', column: 'interests', required: false, choices: [] },
];

function properties(runtime: LocalRuntime): Record<string, string> {
  return runtime.state.properties.document[SPREADSHEET_ID];
}

function createOk(runtime: LocalRuntime, questions: SurveyQuestion[], requestId: string): string {
  const created = runOk<Created>(runtime, 'createSurvey', questions, requestId);
  if (!created.ok) throw new Error(created.problems[0].message);
  return created.value.formId;
}

describe('the surveys of a term', () => {
  it('each keep their mapping: twenty weekly check-ins after the first survey, answered first and last', () => {
    const { runtime, formId: first } = classWithSurvey();
    const checkIns = Array.from({ length: 20 }, (_, i) => createOk(runtime, checkIn(i + 1), `week-${i + 1}`));
    expect(runtime.state.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
    const state = surveyState(runtime);
    expect(state.survey?.formId).toBe(checkIns[19]);
    expect(state.earlier.map((s) => s.formId)).toEqual([...checkIns.slice(0, 19).reverse(), first]);
    answer(runtime, first, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez', 'What are your interests?': 'chess' });
    answer(runtime, checkIns[0], 'ana@school.example', { 'First name': 'Ana', 'Check-in 1: what is new with you?': 'drones' });
    answer(runtime, checkIns[19], 'ana@school.example', { 'First name': 'Ana', 'Check-in 20: what is new with you?': 'pottery' });
    expect(student(runtime, 'ana@school.example')?.Interests).toBe('chess, drones, pottery');
    const bytes = Object.entries(properties(runtime)).reduce((sum, [k, v]) => sum + utf8Bytes(k) + utf8Bytes(v), 0);
    expect(bytes).toBeLessThan(PROPERTY_STORE_LIMIT_BYTES / 5);
  });

  it("moves version 1's single value out at the next write, merging into its surveys meanwhile", () => {
    const { runtime, formId } = classWithSurvey();
    const store = properties(runtime);
    const { surveys } = readSurveyStore(store);
    for (const key of Object.keys(store)) if (key.startsWith(SURVEY_KEY_PREFIX)) delete store[key];
    store['rapport.settings.survey'] = JSON.stringify({ version: 1, value: { surveys: surveys.map(({ requestId: _none, ...v1 }) => v1), pending: null } });
    expect(surveyState(runtime).survey?.formId).toBe(formId);
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez' });
    expect(recordsOf(runtime, 'Students').map((r) => r['First name'])).toEqual(['Ana']);
    const moved = properties(runtime);
    expect(JSON.parse(moved['rapport.settings.survey'])).toEqual({ version: 2, value: { pending: null, carried: [] } });
    expect(readSurveyStore(moved).surveys.map((s) => s.formId)).toEqual([formId]);
    expect(readSurveyStore(moved).surveys[0].mergedThrough).not.toBeNull();
    const second = createOk(runtime, checkIn(1), 'week-1');
    expect(surveyState(runtime).earlier.map((s) => s.formId)).toEqual([formId]);
    expect(surveyState(runtime).survey?.formId).toBe(second);
  });

  it('refuses a survey the full store cannot hold, naming the problem, before any Form is made; the others keep working', () => {
    const { runtime, formId } = classWithSurvey();
    const store = properties(runtime);
    const used = Object.entries(store).reduce((sum, [k, v]) => sum + utf8Bytes(k) + utf8Bytes(v), 0);
    // Other settings (a sending cycle's plan, say) fill the store to within 1 KB, in values of at most 9 KB as Apps Script allows.
    let room = PROPERTY_STORE_LIMIT_BYTES - used - 1_000;
    for (let n = 0; room > 0; n += 1) {
      const key = `rapport.plan#${String(n).padStart(3, '0')}`;
      const size = Math.min(9_000, room - key.length);
      store[key] = 'x'.repeat(Math.max(0, size));
      room -= key.length + Math.max(0, size);
    }
    const forms = Object.keys(runtime.state.forms);
    const refused = runOk<Created>(runtime, 'createSurvey', checkIn(1), 'week-1');
    expect(!refused.ok && refused.problems[0].message).toMatch(/^There is no room for another survey in this sheet's settings\. .* 500 KB per document\. Nothing was saved\. No Form was created; the 1 surveys already kept are unchanged\./);
    expect(Object.keys(runtime.state.forms)).toEqual(forms);
    expect(readSurveyStore(properties(runtime)).pending).toBeNull();
    expect(surveyState(runtime).problems).toEqual([{ message: expect.stringMatching(/^Rapport's settings for this sheet take 499(\.\d)? KB of the 500 KB Apps Script allows: there is no room for another survey\./) }]);
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez' });
    expect(recordsOf(runtime, 'Students').map((r) => r['First name'])).toEqual(['Ana']);
    expect(runOk(runtime, 'syncSurveyResponses')).toEqual({ ok: true, value: { merged: 0, more: false } });
  });
});
