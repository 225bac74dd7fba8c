// The sidebar's own checks before a call, so obvious mistakes show at once next to the field.
import type { CheckInInput, CheckInKind, Problem, ResourceInput } from '../../shared/rpc';

/** Apps Script cells hold at most 50,000 characters (APPS_SCRIPT_FACTS.md, "Errors"). */
export const CELL_CHARACTER_LIMIT = 50_000;

/** True for an absolute http: or https: URL: the only links a resource may carry (no javascript:). */
export function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function tooLong(column: string, value: string): Problem[] {
  if (value.length <= CELL_CHARACTER_LIMIT) return [];
  return [{ column, message: `This is ${value.length.toLocaleString('en-US')} characters; a cell holds at most 50,000.` }];
}

export function validateResource(input: ResourceInput): Problem[] {
  const problems: Problem[] = [];
  if (input.title.trim() === '') problems.push({ column: 'title', message: 'Give the resource a title.' });
  if (input.url.trim() === '') problems.push({ column: 'url', message: 'Add the link, starting with https://.' });
  else if (!isWebUrl(input.url)) problems.push({ column: 'url', message: 'Use a web link that starts with http:// or https://.' });
  if (!input.tags.split(',').some((tag) => tag.trim() !== '')) {
    problems.push({ column: 'tags', message: 'Add at least one tag (topics or careers, separated by commas).' });
  }
  for (const key of ['title', 'url', 'tags', 'description'] as const) problems.push(...tooLong(key, input[key]));
  return problems;
}

/** What the teacher has typed for one student's check-in; kept until it is logged. */
export interface CheckInDraft {
  kind: CheckInKind;
  note: string;
  /** '' or 'YYYY-MM-DD' as a date input gives it. */
  followUp: string;
  /** Made when the draft is first sent, kept through retries, cleared by an edit ('' until then). */
  requestId: string;
}

export const EMPTY_DRAFT: CheckInDraft = { kind: 'one-on-one', note: '', followUp: '', requestId: '' };

/**
 * `followUpIncomplete`: the date input holds a half-typed date (its validity.badInput). Its value is then ''
 * as if it were empty, and the check-in would be logged without the follow-up the teacher meant to set.
 */
export function validateCheckIn(draft: CheckInDraft, followUpIncomplete = false): Problem[] {
  const problems = tooLong('note', draft.note);
  if (followUpIncomplete) {
    problems.push({ column: 'followUp', message: 'Finish the date (month, day and year), or clear it.' });
  } else if (draft.followUp !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.followUp)) {
    problems.push({ column: 'followUp', message: 'Use a date like 2026-12-01.' });
  }
  return problems;
}

/** The call's argument: an empty follow-up date is left out rather than sent as ''. */
export function toCheckInInput(studentId: string, draft: CheckInDraft): CheckInInput {
  return { studentId, kind: draft.kind, note: draft.note, ...(draft.followUp === '' ? {} : { followUp: draft.followUp }), requestId: draft.requestId };
}
