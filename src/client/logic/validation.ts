// The sidebar's checks before a call are core's, the very functions the server runs, so the two cannot drift.
import { validateCheckIn as checkInProblems } from '../../core/check-ins';
import { validateResourceInput } from '../../core/resources';
import type { CheckInInput, CheckInKind, IsoDate, Problem, ResourceInput } from '../../shared/rpc';

/** Core's checks of a new resource; the library's duplicate links are the server's to find (it holds the library). */
export function validateResource(input: ResourceInput): Problem[] {
  const checked = validateResourceInput(input, []);
  return checked.ok ? [] : checked.problems;
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

/** With no known today (the dashboard not drawn yet), no follow-up date counts as past: the server still checks. */
const EARLIEST_DAY: IsoDate = '0001-01-01';

/**
 * Core's checks of the check-in, with today in the spreadsheet's zone as the server has it.
 * `followUpIncomplete`: the date input holds a half-typed date (its validity.badInput). Its value is then ''
 * as if it were empty, and the check-in would be logged without the follow-up the teacher meant to set.
 */
export function validateCheckIn(input: CheckInInput, today: IsoDate | undefined, followUpIncomplete = false): Problem[] {
  const checked = checkInProblems(input, { timeZone: 'UTC', today: today ?? EARLIEST_DAY });
  const problems = checked.ok ? [] : checked.problems;
  if (followUpIncomplete) problems.push({ column: 'Follow-up date', message: 'Finish the date (month, day and year), or clear it.' });
  return problems;
}

/** The call's argument: an empty follow-up date is left out rather than sent as ''. */
export function toCheckInInput(studentId: string, draft: CheckInDraft): CheckInInput {
  return { studentId, kind: draft.kind, note: draft.note, ...(draft.followUp === '' ? {} : { followUp: draft.followUp }), requestId: draft.requestId };
}
