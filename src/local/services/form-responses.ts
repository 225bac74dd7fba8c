// Recording a form response (in the form and in its destination tab) and checking answers against the items.
import type { FormItemState, FormResponseState, FormState, WorkspaceState } from '../runtime/state';
import { appendResponseRow, collectsEmail, type ResponseRow } from './form-destination';
import { isQuestion } from './form-items';
import { validationProblem } from './form-validation';

export type Answer = string | string[];

/** Forms' default linear scale runs from 1 to 5 [P]. */
export const DEFAULT_SCALE = { lower: 1, upper: 5 } as const;

export interface RecordedResponse {
  response: FormResponseState;
  /** The destination row, or null when the form has no destination. */
  row: ResponseRow | null;
}

/**
 * Stores a response in the form and appends it to the destination tab. Both a student's
 * submission and FormResponse.submit() do this; only the student's fires triggers [C].
 * The respondent's address is kept only when the form collects addresses.
 */
export function recordResponse(state: WorkspaceState, form: FormState, email: string, answers: Record<string, Answer>): RecordedResponse {
  const response: FormResponseState = {
    id: `2_local_response_${state.nextId++}`,
    timestamp: state.clock.now,
    email: collectsEmail(form) ? email : '',
    ...(form.limitOneResponsePerUser && email !== '' ? { respondent: email } : {}),
    answers,
  };
  // The row first: a value the tab cannot hold throws before the form keeps a response the tab lacks.
  const row = appendResponseRow(state, form, response);
  form.responses.push(response);
  return { response, row };
}

/** What is wrong with an answer to an item, in words a student would understand, or null. */
export function answerProblem(item: FormItemState, answer: Answer): string | null {
  const values = Array.isArray(answer) ? answer : [answer];
  if (Array.isArray(answer) && item.type !== 'CHECKBOX') return `"${item.title}" takes one answer, not a list.`;
  const choices = item.choices ?? [];
  if (['MULTIPLE_CHOICE', 'LIST', 'CHECKBOX'].includes(item.type) && choices.length > 0) {
    const unknown = values.find((value) => !choices.includes(value));
    if (unknown !== undefined) return `"${unknown}" is not a choice of "${item.title}". The choices are: ${choices.map((c) => `"${c}"`).join(', ')}.`;
  }
  if (item.type === 'SCALE') {
    const lower = item.lowerBound ?? DEFAULT_SCALE.lower;
    const upper = item.upperBound ?? DEFAULT_SCALE.upper;
    const n = Number(answer);
    if (!/^\d+$/.test(String(answer)) || n < lower || n > upper) return `"${item.title}" takes a whole number from ${lower} to ${upper}.`;
  }
  if (item.type === 'DATE' && !/^\d{4}-\d{2}-\d{2}$/.test(String(answer))) return `"${item.title}" takes a date as YYYY-MM-DD.`;
  return null;
}

function isBlank(answer: Answer | undefined): boolean {
  if (answer === undefined) return true;
  return Array.isArray(answer) ? answer.length === 0 : answer.trim() === '';
}

/**
 * An address a form that collects them would take: a verified one is the respondent's own account
 * address, and the responder-input field refuses text that is not an address [P]. Loose on purpose:
 * name@domain.tld with no spaces.
 */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A student's answers keyed by question title, checked as the Forms page checks them before it
 * lets a response through: every title names an item, every required item is answered, choices
 * are among the item's choices. Throws an Error naming what is wrong; returns answers by item id.
 */
export function answersByItemId(form: FormState, email: string, answersByTitle: Record<string, Answer>): Record<string, Answer> {
  const byId: Record<string, Answer> = {};
  const questions = form.items.filter(isQuestion);
  for (const [title, answer] of Object.entries(answersByTitle)) {
    const item = questions.find((candidate) => candidate.title === title);
    if (!item) {
      throw new Error(`The form "${form.title}" has no question titled "${title}". Its questions are: ${questions.map((i) => `"${i.title}"`).join(', ')}.`);
    }
    if (isBlank(answer)) continue;
    const problem = answerProblem(item, answer) ?? (typeof answer === 'string' ? validationProblem(item.title, item.validation, answer) : null);
    if (problem) throw new Error(problem);
    byId[String(item.id)] = answer;
  }
  const missing = form.items.filter((item) => item.required && byId[String(item.id)] === undefined);
  if (missing.length > 0) throw new Error(`The form "${form.title}" requires an answer to: ${missing.map((i) => `"${i.title}"`).join(', ')}.`);
  if (collectsEmail(form) && email.trim() === '') throw new Error(`The form "${form.title}" collects email addresses: the response needs one.`);
  if (collectsEmail(form) && !EMAIL_SHAPE.test(email.trim())) throw new Error(`"${email.trim()}" is not an email address, and the form "${form.title}" collects them.`);
  if (form.limitOneResponsePerUser) assertFirstResponse(form, email.trim());
  return byId;
}

/**
 * A form limited to one response per user makes respondents sign in, and the Forms page turns a
 * second response away with "You've already responded" [P: Forms' page text]. Locally the
 * respondent is the submission's email, which such a form therefore requires.
 */
function assertFirstResponse(form: FormState, email: string): void {
  if (email === '') throw new Error(`The form "${form.title}" allows one response per user: the response needs the respondent's email.`);
  if (form.responses.some((response) => response.respondent === email)) {
    throw new Error(`You've already responded: the form "${form.title}" allows one response per user, and ${email} has sent one.`);
  }
}
