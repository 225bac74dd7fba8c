// The default survey and the checks on a teacher's edited question list.
import { RESOURCE_TYPES } from '../../../src/core/vocabulary';
import type { SurveyQuestion } from '../../../src/core/survey/types';
import { DEFAULT_QUESTIONS, EMAIL_ME_TITLE, SURVEY_COLUMNS, validateQuestions } from '../../../src/core/survey/questions';
import { STUDENTS } from '../../../src/core/schema';

describe('the default questions', () => {
  it('ask what the issue lists, each mapped to its Students column', () => {
    expect(DEFAULT_QUESTIONS.map((q) => [q.title, q.column])).toEqual([
      ['First name', 'firstName'],
      ['Last name', 'lastName'],
      ['What brought you to this class?', 'whyThisClass'],
      ['Why does this subject interest you?', 'whyThisSubject'],
      ['What do you hope to get out of this class?', 'goals'],
      ['How can we help?', 'howWeCanHelp'],
      ['Which kinds of resources help you explore your interests?', 'preferredTypes'],
      ['What are your interests?', 'interests'],
      ['What careers are you thinking about?', 'careerPath'],
      ['Is anything coming up in your life you would like us to know about?', 'events'],
      [EMAIL_ME_TITLE, 'optOut'],
    ]);
    expect(DEFAULT_QUESTIONS[6].choices).toEqual([...RESOURCE_TYPES]);
    expect(DEFAULT_QUESTIONS.at(-1)).toMatchObject({ kind: 'yesNo', required: false });
  });

  it('are valid, and every column they fill is a Students column set-up creates', () => {
    expect(validateQuestions(DEFAULT_QUESTIONS).ok).toBe(true);
    const keys = STUDENTS.columns.map((c) => c.key);
    for (const option of SURVEY_COLUMNS) expect(keys).toContain(option.key);
    expect(SURVEY_COLUMNS.map((c) => c.key)).not.toEqual(expect.arrayContaining(['id']));
    expect(SURVEY_COLUMNS.some((c) => ['id', 'email', 'privateNotes', 'lastCheckIn', 'surveyRecord'].includes(c.key))).toBe(false);
  });
});

describe('validateQuestions', () => {
  const q = (over: Partial<SurveyQuestion>): SurveyQuestion => ({ title: 'Q', helpText: '', kind: 'text', column: null, required: false, choices: [], ...over });

  it('trims, fills Yes/No choices and keeps the order', () => {
    const result = validateQuestions([q({ title: '  Hobbies ', column: 'interests' }), q({ title: 'Email me', kind: 'yesNo', column: 'optOut' })]);
    expect(result).toEqual({ ok: true, value: [expect.objectContaining({ title: 'Hobbies' }), expect.objectContaining({ choices: ['Yes', 'No'] })] });
  });

  it.each([
    [[], 'at least one question'],
    [Array.from({ length: 51 }, (_, i) => q({ title: `Q${i}` })), 'at most 50'],
    [[q({ title: ' ' })], 'Question 1: The question is empty'],
    [[q({ title: 'x'.repeat(301) })], 'at most 300'],
    [[q({ title: 'a\tb' })], 'control character'],
    [[q({ kind: 'essay' as never })], '"essay" is not a kind'],
    [[q({ kind: 'checkbox', choices: [] })], 'at least one choice'],
    [[q({ kind: 'checkbox', choices: ['a', 'A'] })], 'listed twice'],
    [[q({ column: 'privateNotes' })], 'not a Students column'],
    [[q({ column: 'optOut' })], 'cannot fill Opt out'],
    [[q({ kind: 'yesNo', column: 'careerPath' })], 'cannot fill Career path'],
    [[q({ title: 'Same' }), q({ title: 'same' })], 'Question 2: Same question as question 1'],
    [[q({ title: 'A', column: 'goals' }), q({ title: 'B', column: 'goals' })], 'Question 1 already fills Goals'],
    ['not a list', 'at least one question'],
    [[null], 'not a question'],
  ])('refuses %#: %s', (input, message) => {
    const result = validateQuestions(input);
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.problems.map((p) => `${p.column ? `${p.column}: ` : ''}${p.message}`).join('\n');
    expect(text).toContain(message);
  });
});
