// Picking a form and turning a student's answers, keyed by question title, into a response.
import type { FormState, WorkspaceState } from '../runtime/state';

/** The named form, or the newest one (forms are kept in the order they were created). */
export function chooseForm(state: WorkspaceState, formId?: string): FormState {
  const forms = Object.values(state.forms);
  if (formId !== undefined) {
    const form = state.forms[formId];
    if (!form) throw new Error(`No form with id "${formId}". The forms are: ${forms.map((f) => f.id).join(', ') || '(none)'}.`);
    return form;
  }
  const newest = forms.at(-1);
  if (!newest) throw new Error('There is no form yet: create the interest survey from the sidebar first.');
  return newest;
}

export interface StudentAnswers {
  email: string;
  /** Answers by question title; a checkbox question takes an array. */
  answers: Record<string, string | string[]>;
}

/**
 * Reads `{"email": ..., "<question title>": answer, ...}`. Titles must name the form's questions
 * (case-insensitively), so a typo is an error rather than a silently empty answer.
 */
export function studentAnswers(form: FormState, input: unknown): StudentAnswers {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('The response must be a JSON object: {"email": ..., "<question title>": answer}.');
  const { email, ...rest } = input as Record<string, unknown>;
  if (typeof email !== 'string' || email.trim() === '') throw new Error('The response needs an "email" (the student\'s address).');
  const answers: Record<string, string | string[]> = {};
  for (const [title, answer] of Object.entries(rest)) {
    const item = form.items.find((candidate) => candidate.title.trim().toLowerCase() === title.trim().toLowerCase());
    if (!item) throw new Error(`The form "${form.title}" has no question "${title}". Its questions are: ${form.items.map((i) => `"${i.title}"`).join(', ')}.`);
    if (Array.isArray(answer) && answer.every((a) => typeof a === 'string')) answers[item.title] = answer;
    else if (typeof answer === 'string') answers[item.title] = answer;
    else throw new Error(`The answer to "${title}" must be text (or a list of texts for a checkbox question).`);
  }
  return { email: email.trim(), answers };
}
