// One validator: a table of inputs through the sidebar's checks (as bundled into it) and the built add-on's entry points gives the same problems.
import { toCheckInInput, validateCheckIn, validateResource } from '../../src/client/logic/validation';
import type { CheckInInput, Problem, ResourceInput, Result } from '../../src/shared/rpc';
import { runOk } from '../helpers/runtime';
import { addStudents, setUpClass } from './class-fixture';

const TODAY = '2026-11-23';
/** Each accepted resource is added to the library, so every row has a link of its own (a repeated link is the server's to refuse). */
let links = 0;
const resource = (overrides: Partial<ResourceInput>): ResourceInput => ({ title: 'Ocean Literacy', url: `https://oceanliteracy.example.org/${++links}`, type: 'article', tags: 'oceans', level: 'intro', description: '', ...overrides });

const RESOURCES: [string, ResourceInput][] = [
  ['a complete resource', resource({})],
  ['a link hiding its host behind a user name', resource({ url: 'https://bank.com@evil.example' })],
  ['a javascript: link', resource({ url: 'javascript:alert(1)' })],
  ['no title, link or tag', resource({ title: '  ', url: '', tags: ' , ' })],
  ['tags split on ; and new lines', resource({ tags: 'oceans; careers\nbiology' })],
  ['only separators for tags', resource({ tags: ';\n;' })],
  ['a description longer than a cell', resource({ description: 'x'.repeat(50_001) })],
  ['an unknown type and level', resource({ type: 'movie', level: 'hard' })],
];

const CHECK_INS: [string, CheckInInput][] = [
  ['a plain check-in', toCheckInInput('stu-000001', { kind: 'greeting', note: 'hi', followUp: '', requestId: '' })],
  ['a 50,000-character note starting with =', toCheckInInput('stu-000001', { kind: 'greeting', note: '=' + 'x'.repeat(49_999), followUp: '', requestId: '' })],
  ['a 49,999-character note starting with =', toCheckInInput('stu-000001', { kind: 'greeting', note: '=' + 'x'.repeat(49_998), followUp: '', requestId: '' })],
  ['a follow-up in the past', toCheckInInput('stu-000001', { kind: 'other', note: '', followUp: '2026-11-01', requestId: '' })],
  ['a follow-up that is no date', toCheckInInput('stu-000001', { kind: 'other', note: '', followUp: 'next week', requestId: '' })],
];

const problemsOf = (result: Result<unknown>): Problem[] => (result.ok ? [] : result.problems);

describe('one validator for the sidebar and the server', () => {
  const runtime = setUpClass();
  addStudents(runtime, 1);

  it.each(RESOURCES)('a resource: %s', (_name, input) => {
    const server = problemsOf(runOk<Result<unknown>>(runtime, 'addResource', input));
    expect(validateResource(input)).toEqual(server);
  });

  it.each(CHECK_INS)('a check-in: %s', (_name, input) => {
    const server = problemsOf(runOk<Result<unknown>>(runtime, 'logCheckIn', input));
    expect(validateCheckIn(input, TODAY)).toEqual(server);
  });

  it('refuses what the issue found the sidebar letting through', () => {
    expect(validateResource(resource({ url: 'https://bank.com@evil.example' }))).not.toEqual([]);
    expect(validateCheckIn(CHECK_INS[1][1], TODAY).map((p) => p.message)).toEqual(['The note is 50,000 characters, but a cell holds at most 49,999. Shorten it and save again; nothing was saved.']);
  });
});
