// Picking a form and reading a student's answers, keyed by question title, from JSON.
import type { StudentResponse } from '../runtime/scheduler';
import type { FormState, WorkspaceState } from '../runtime/state';
import type { Answer } from '../services/form-responses';

/** The named form, or the newest one (forms are kept in the order they were created). */
export function chooseForm(state: WorkspaceState, formId?: string): FormState {
  const forms = Object.values(state.forms);
  if (formId !== undefined) {
    const form = state.forms[formId];
    if (!form) throw new Error(`No form with id "${formId}". The forms are: ${forms.map((f) => f.id).join(', ') || '(none)'}.`);
    return form;
  }
  const newest = forms.at(-1);
  if (!newest) throw new Error('There is no form in this workspace yet: submit-form answers a form the add-on has created with FormApp.');
  return newest;
}

/**
 * Reads `{"email": ..., "<question title>": answer, ...}` into the scheduler's StudentResponse.
 * Only the shape is checked here; submitFormResponse checks titles, choices and required answers
 * as the Forms page would.
 */
export function studentResponse(input: unknown): StudentResponse {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('The response must be a JSON object: {"email": ..., "<question title>": answer}.');
  const { email, ...rest } = input as Record<string, unknown>;
  if (typeof email !== 'string' || email.trim() === '') throw new Error('The response needs an "email" (the student\'s address).');
  const answers: Record<string, Answer> = {};
  for (const [title, answer] of Object.entries(rest)) {
    const isTextList = Array.isArray(answer) && answer.every((a) => typeof a === 'string');
    if (typeof answer !== 'string' && !isTextList) throw new Error(`The answer to "${title}" must be text (or a list of texts for a checkbox question).`);
    answers[title] = answer as Answer;
  }
  return { email: email.trim(), answers };
}
