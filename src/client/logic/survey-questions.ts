// Editing the survey's questions before the Form is made: reorder, remove, add, retitle, remap; pure and unit-tested.
import type { SurveyColumnOption, SurveyQuestion } from '../../shared/rpc';

export function moveQuestion(questions: readonly SurveyQuestion[], index: number, by: -1 | 1): SurveyQuestion[] {
  const to = index + by;
  if (to < 0 || to >= questions.length) return [...questions];
  const next = [...questions];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

export function removeQuestion(questions: readonly SurveyQuestion[], index: number): SurveyQuestion[] {
  return questions.filter((_q, i) => i !== index);
}

/** A new long-answer question, kept in the Form only until the teacher picks a column. */
export function addQuestion(questions: readonly SurveyQuestion[]): SurveyQuestion[] {
  return [...questions, { title: '', helpText: '', kind: 'paragraph', column: null, required: false, choices: [] }];
}

export function updateQuestion(questions: readonly SurveyQuestion[], index: number, patch: Partial<SurveyQuestion>): SurveyQuestion[] {
  return questions.map((q, i) => (i === index ? { ...q, ...patch } : q));
}

/** The columns this question can fill: its kind must fit, and a column another question fills is left out. */
export function columnChoices(questions: readonly SurveyQuestion[], index: number, columns: readonly SurveyColumnOption[]): SurveyColumnOption[] {
  const taken = new Set(questions.filter((_q, i) => i !== index).map((q) => q.column));
  return columns.filter((c) => c.kinds.includes(questions[index].kind) && !taken.has(c.key));
}
