// Survey answers as the roster stores them: matched by email key, cut to what a cell holds, split into list entries.
import { CELL_MAX_CHARS } from '../schema';

/** An answer as FormApp gives it: text, or the ticked boxes of a checkbox question. */
export type SurveyAnswer = string | string[];

/**
 * The key two addresses match on: case, spaces and invisible characters (zero-width space,
 * joiners, byte-order mark, soft hyphen: Unicode format characters) ignored, so " Ana@School.example\u200b"
 * finds ana@school.example.
 */
export function emailKey(email: string): string {
  return email.replace(/\p{Cf}/gu, '').replace(/\s+/g, '').toLowerCase();
}

/** Added where an answer was cut, so a reader of the cell sees it is not the whole answer. */
export const CUT_MARKER = ' [… cut by Rapport: the whole answer is in the Form]';

/**
 * The longest text stored: a cell holds 50,000 characters, one of which the quoting apostrophe
 * may take (a text starting with = + - @ is stored as '=…).
 */
export const MAX_STORED = CELL_MAX_CHARS - 1;

/** The text to store, cut with the visible marker when it would not fit a cell; `cut` says whether it was. */
export function storedText(text: string): { text: string; cut: boolean } {
  if (text.length <= MAX_STORED) return { text, cut: false };
  return { text: text.slice(0, MAX_STORED - CUT_MARKER.length) + CUT_MARKER, cut: true };
}

export function isBlankAnswer(answer: SurveyAnswer | undefined): boolean {
  if (answer === undefined) return true;
  return Array.isArray(answer) ? answer.every((a) => a.trim() === '') : answer.trim() === '';
}

/** An answer as one text: ticked boxes joined with ', ', as Forms writes them in the responses tab. */
export function answerText(answer: SurveyAnswer): string {
  return (Array.isArray(answer) ? answer.join(', ') : answer).trim();
}

/** List entries: a checkbox answer's boxes, or a text split on commas, semicolons and new lines (events: semicolons and new lines only, a date may hold a comma). */
export function answerEntries(answer: SurveyAnswer, separators: RegExp): string[] {
  const parts = Array.isArray(answer) ? answer : answer.split(separators);
  return parts.map((p) => p.trim()).filter(Boolean);
}
