// The Survey panel's question editing and its reminder summary, as pure functions.
import type { SurveyChaseReport, SurveyColumnOption, SurveyQuestion } from '../../../src/shared/rpc';
import { addQuestion, columnChoices, moveQuestion, removeQuestion, updateQuestion } from '../../../src/client/logic/survey-questions';
import { chaseSummary } from '../../../src/client/logic/survey-status';

const q = (title: string, over: Partial<SurveyQuestion> = {}): SurveyQuestion => ({ title, helpText: '', kind: 'text', column: null, required: false, choices: [], ...over });
const COLUMNS: SurveyColumnOption[] = [
  { key: 'careerPath', header: 'Career path', kinds: ['text', 'paragraph'] },
  { key: 'optOut', header: 'Opt out', kinds: ['yesNo'] },
  { key: 'goals', header: 'Goals', kinds: ['text', 'paragraph'] },
];

describe('survey question editing', () => {
  const list = [q('A'), q('B'), q('C')];

  it('moves, removes, adds and updates without touching the original', () => {
    expect(moveQuestion(list, 0, 1).map((x) => x.title)).toEqual(['B', 'A', 'C']);
    expect(moveQuestion(list, 0, -1).map((x) => x.title)).toEqual(['A', 'B', 'C']);
    expect(removeQuestion(list, 1).map((x) => x.title)).toEqual(['A', 'C']);
    expect(addQuestion(list).at(-1)).toEqual({ title: '', helpText: '', kind: 'paragraph', column: null, required: false, choices: [] });
    expect(updateQuestion(list, 2, { column: 'goals' })[2].column).toBe('goals');
    expect(list.map((x) => [x.title, x.column])).toEqual([['A', null], ['B', null], ['C', null]]);
  });

  it('offers only the columns the question\'s kind can fill and no other question fills', () => {
    const questions = [q('A', { column: 'careerPath' }), q('B')];
    expect(columnChoices(questions, 1, COLUMNS).map((c) => c.key)).toEqual(['goals']);
    expect(columnChoices(questions, 0, COLUMNS).map((c) => c.key)).toEqual(['careerPath', 'goals']);
  });
});

describe('chaseSummary', () => {
  const report = (over: Partial<SurveyChaseReport>): SurveyChaseReport => ({ sent: 0, notSentToday: 0, sendAgain: 0, alreadyToday: 0, optedOut: 0, noEmail: 0, failed: 0, ...over });

  it('says what was sent and why the others were not', () => {
    expect(chaseSummary(report({ sent: 1 }))).toBe('Sent the link to 1 student.');
    expect(chaseSummary(report({ sent: 120, sendAgain: 30 }))).toBe('Sent the link to 120 students. 30 students are still to remind: press the button again to send the next ones.');
    expect(chaseSummary(report({ sent: 2, notSentToday: 3, alreadyToday: 1, optedOut: 2, noEmail: 1, failed: 1 }))).toBe(
      "Sent the link to 2 students. 3 students wait for tomorrow: today's email quota is used up. 1 student was already reminded today. 2 opted-out students were left out. 1 student has no usable address. 1 address was refused by Gmail.",
    );
  });
});
