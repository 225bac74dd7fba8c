// The survey's questions: the default set, the Students columns a question may fill, and checking a teacher's edited list.
import { RESOURCE_TYPES, type Problem } from '../vocabulary';
import { SURVEY_QUESTION_KINDS, type SurveyColumnOption, type SurveyQuestion, type SurveyQuestionKind } from './types';
import { STUDENTS, columnSpec } from '../schema';

/**
 * How an answer reaches its column. `single`: one text, replaced only while it still holds what the
 * last merge wrote. `list` (separated by commas) and `events` (separated by `;` or new lines): merged
 * as sets. `optOut`: a Yes/No answer, "No" meaning opted out.
 */
export type MergeRule = 'single' | 'list' | 'events' | 'optOut';

const TEXT_KINDS: SurveyQuestionKind[] = ['text', 'paragraph'];

/** Every column a question may fill, in the roster's order; ids, emails, private notes and derived columns are not among them. */
const MAPPABLE: { key: string; rule: MergeRule; kinds: SurveyQuestionKind[] }[] = [
  { key: 'firstName', rule: 'single', kinds: TEXT_KINDS },
  { key: 'lastName', rule: 'single', kinds: TEXT_KINDS },
  { key: 'section', rule: 'single', kinds: TEXT_KINDS },
  { key: 'gradeOrMajor', rule: 'single', kinds: TEXT_KINDS },
  { key: 'interests', rule: 'list', kinds: [...TEXT_KINDS, 'checkbox'] },
  { key: 'careerPath', rule: 'single', kinds: TEXT_KINDS },
  { key: 'preferredTypes', rule: 'list', kinds: [...TEXT_KINDS, 'checkbox'] },
  { key: 'goals', rule: 'single', kinds: TEXT_KINDS },
  { key: 'howWeCanHelp', rule: 'single', kinds: TEXT_KINDS },
  { key: 'whyThisClass', rule: 'single', kinds: TEXT_KINDS },
  { key: 'whyThisSubject', rule: 'single', kinds: TEXT_KINDS },
  { key: 'events', rule: 'events', kinds: TEXT_KINDS },
  { key: 'optOut', rule: 'optOut', kinds: ['yesNo'] },
];

export const SURVEY_COLUMNS: readonly SurveyColumnOption[] = MAPPABLE.map((c) => ({ key: c.key, header: columnSpec(STUDENTS, c.key).header, kinds: c.kinds }));

export function mergeRule(column: string): MergeRule | null {
  return MAPPABLE.find((c) => c.key === column)?.rule ?? null;
}

export function columnHeader(column: string | null): string | null {
  return column === null ? null : (SURVEY_COLUMNS.find((c) => c.key === column)?.header ?? null);
}

/** The two choices of a Yes/No question, as the Form shows them. */
export const YES_NO = ['Yes', 'No'] as const;

/** The title of the question that maps to Opt out: answering "No" stops the emails. */
export const EMAIL_ME_TITLE = 'Email me resources every few weeks';

function question(title: string, kind: SurveyQuestionKind, column: string | null, options: { helpText?: string; required?: boolean; choices?: readonly string[] } = {}): SurveyQuestion {
  return { title, helpText: options.helpText ?? '', kind, column, required: options.required ?? false, choices: [...(options.choices ?? [])] };
}

/** The default survey (issue 9, PRODUCT.md item 3), in the order students see it. */
export const DEFAULT_QUESTIONS: readonly SurveyQuestion[] = [
  question('First name', 'text', 'firstName', { required: true }),
  question('Last name', 'text', 'lastName', { required: true }),
  question('What brought you to this class?', 'paragraph', 'whyThisClass'),
  question('Why does this subject interest you?', 'paragraph', 'whyThisSubject'),
  question('What do you hope to get out of this class?', 'paragraph', 'goals'),
  question('How can we help?', 'paragraph', 'howWeCanHelp'),
  question('Which kinds of resources help you explore your interests?', 'checkbox', 'preferredTypes', { choices: RESOURCE_TYPES }),
  question('What are your interests?', 'paragraph', 'interests', { helpText: 'Separate them with commas, e.g. robotics, soccer, drawing.' }),
  question('What careers are you thinking about?', 'text', 'careerPath'),
  question('Is anything coming up in your life you would like us to know about?', 'paragraph', 'events', { helpText: 'Games, performances, birthdays… one per line, each with its date, e.g. "Concert 2026-12-05".' }),
  question(EMAIL_ME_TITLE, 'yesNo', 'optOut', { helpText: 'Answer No to stop these emails; you can answer Yes again later.' }),
];

export const MAX_QUESTIONS = 50;
const MAX_TITLE = 300;
const MAX_HELP = 1_000;
const MAX_CHOICES = 50;
const MAX_CHOICE = 200;

/** Characters Forms would show as garbage or that break a title onto lines. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL = /[\u0000-\u001f\u007f]/;

function problemAt(index: number, message: string): Problem {
  return { column: `Question ${index + 1}`, message };
}

function textProblem(index: number, label: string, value: unknown, max: number, required: boolean): Problem | null {
  if (typeof value !== 'string') return required || value !== undefined ? problemAt(index, `The ${label} must be text.`) : null;
  if (required && value.trim() === '') return problemAt(index, `The ${label} is empty.`);
  if (value.length > max) return problemAt(index, `The ${label} is ${value.length.toLocaleString('en-US')} characters; at most ${max.toLocaleString('en-US')}.`);
  if (CONTROL.test(value)) return problemAt(index, `The ${label} holds a control character (a tab or line break); remove it.`);
  return null;
}

function choiceProblems(index: number, raw: unknown): Problem[] {
  if (!Array.isArray(raw) || raw.length === 0) return [problemAt(index, 'A checkbox question needs at least one choice.')];
  if (raw.length > MAX_CHOICES) return [problemAt(index, `A checkbox question takes at most ${MAX_CHOICES} choices.`)];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const choice of raw) {
    const problem = textProblem(index, 'choice', choice, MAX_CHOICE, true);
    if (problem) problems.push(problem);
    else if (seen.has(String(choice).trim().toLowerCase())) problems.push(problemAt(index, `The choice "${String(choice).trim()}" is listed twice.`));
    else seen.add(String(choice).trim().toLowerCase());
  }
  return problems;
}

/** One question checked: its kind, texts, choices, and a column its kind can fill. */
function questionProblems(raw: Partial<SurveyQuestion>, index: number): Problem[] {
  if (!raw || typeof raw !== 'object') return [problemAt(index, 'This question is not a question.')];
  const problems = [textProblem(index, 'question', raw.title, MAX_TITLE, true), textProblem(index, 'help text', raw.helpText ?? '', MAX_HELP, false)].filter((p): p is Problem => p !== null);
  if (!SURVEY_QUESTION_KINDS.includes(raw.kind as SurveyQuestionKind)) {
    return [...problems, problemAt(index, `"${String(raw.kind)}" is not a kind of question; use ${SURVEY_QUESTION_KINDS.join(', ')}.`)];
  }
  if (raw.kind === 'checkbox') problems.push(...choiceProblems(index, raw.choices));
  const column = raw.column ?? null;
  if (column !== null) {
    const option = SURVEY_COLUMNS.find((c) => c.key === column);
    if (!option) problems.push(problemAt(index, `"${String(column)}" is not a Students column a question can fill.`));
    else if (!option.kinds.includes(raw.kind as SurveyQuestionKind)) problems.push(problemAt(index, `A ${raw.kind} question cannot fill ${option.header}.`));
  }
  return problems;
}

/**
 * The teacher's edited list, checked: 1 to 50 questions, each valid, titles distinct (ignoring case:
 * the responses tab names its columns by title), no column filled by two questions (one answer
 * would overwrite the other). Returns the questions trimmed, or every problem found.
 */
export function validateQuestions(raw: unknown): { ok: true; value: SurveyQuestion[] } | { ok: false; problems: Problem[] } {
  if (!Array.isArray(raw) || raw.length === 0) return { ok: false, problems: [{ message: 'The survey needs at least one question.' }] };
  if (raw.length > MAX_QUESTIONS) return { ok: false, problems: [{ message: `A survey holds at most ${MAX_QUESTIONS} questions; this one has ${raw.length}.` }] };
  const problems = raw.flatMap((q, i) => questionProblems(q as Partial<SurveyQuestion>, i));
  if (problems.length > 0) return { ok: false, problems };
  const questions = (raw as SurveyQuestion[]).map((q) => ({
    title: q.title.trim(),
    helpText: (q.helpText ?? '').trim(),
    kind: q.kind,
    column: q.column ?? null,
    required: q.required === true,
    choices: q.kind === 'checkbox' ? q.choices.map((c) => c.trim()) : q.kind === 'yesNo' ? [...YES_NO] : [],
  }));
  const titles = new Map<string, number>();
  const columns = new Map<string, number>();
  questions.forEach((q, i) => {
    const title = q.title.toLowerCase();
    if (titles.has(title)) problems.push(problemAt(i, `Same question as question ${titles.get(title)! + 1}: "${q.title}".`));
    else titles.set(title, i);
    if (q.column === null) return;
    if (columns.has(q.column)) problems.push(problemAt(i, `Question ${columns.get(q.column)! + 1} already fills ${columnHeader(q.column)}.`));
    else columns.set(q.column, i);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: questions };
}
