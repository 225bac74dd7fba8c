// Logging a check-in: validated first, then one row appended to Check-ins and the student's Last check-in kept current.
import type { CheckInInput, Result, SidebarState } from '../shared/rpc';
import { checkInRowValues, validateCheckIn, type CheckIn, type CheckInDraft } from '../core/check-ins';
import { startOfDayInZone } from '../core/dates';
import { lastCheckInUpdate } from '../core/last-check-in';
import type { ColumnMap } from '../core/headers';
import { rowOfRequest } from '../core/request-ids';
import { lastUsedRow, rowFor, type TabValues } from '../core/table';
import { forgetCardSummary } from './card-summary';
import { withDocumentLock } from './document-lock';
import { readSettings } from './settings-store';
import { stateFrom } from './sidebar';
import { openSpreadsheetContext, type SpreadsheetContext } from './spreadsheet-context';
import type { Sheet } from './tabs';
import { assignMissingIds } from './row-ids';
import { appendRows, writeColumnUpdate } from './writes';
import { loadWorkspace } from './workspace-loader';

/** Writes the check-in's row (its request id in the same row, so one write records both) and returns it as read back. */
function appendCheckIn(context: SpreadsheetContext, sheet: Sheet, values: TabValues, map: ColumnMap, draft: CheckInDraft, studentName: string): CheckIn {
  const followUpCell = draft.followUp ? startOfDayInZone(draft.followUp, context.timeZone) : '';
  const row = rowFor(map, checkInRowValues(draft, studentName, context.now, followUpCell));
  const written = appendRows(sheet, lastUsedRow(values), [row]);
  return { row: written, date: context.dates.today, at: context.now, studentId: draft.studentId, studentName, kind: draft.kind, note: draft.note, followUp: draft.followUp, requestId: draft.requestId };
}

/**
 * Nothing is written unless the input is valid (a 60,000-character note is refused with a
 * message) and the tabs are complete. Under the document lock: one read per tab, one setValues
 * for the new Check-ins row, and one write bringing Last check-in up to date (just this student's
 * cell, unless other rows were stale too). The returned state is built from what was read plus
 * the new row, without reading again. A request id already in the Check-ins tab means an earlier
 * try was saved (a kill after the write, a lost answer): nothing is appended, the answer is the
 * same as if it had been, and Last check-in is brought up to date if that try did not get to it.
 */
export function logCheckInForStudent(input: CheckInInput): Result<SidebarState> {
  const context = openSpreadsheetContext();
  const valid = validateCheckIn(input ?? ({} as CheckInInput), context.dates);
  if (!valid.ok) return valid;
  return withDocumentLock(() => {
    const loaded = loadWorkspace(context);
    const { workspace, tabs, values } = loaded;
    if (!workspace || !tabs.students || !tabs.checkIns || !values.students || !values.checkIns) {
      return { ok: false, problems: loaded.structureProblems };
    }
    assignMissingIds(tabs.students, values.students, workspace.studentsMap, workspace.students, 'stu');
    const student = workspace.students.find((s) => s.id === valid.value.studentId);
    if (!student) {
      return { ok: false, problems: [{ tab: 'Students', message: 'That student is no longer on the Students tab. Reload the sidebar and choose them again.' }] };
    }
    const draft = valid.value;
    const saved = rowOfRequest(workspace.checkIns, draft.requestId);
    if (!saved) forgetCardSummary();
    const checkIns = saved ? workspace.checkIns : [...workspace.checkIns, appendCheckIn(context, tabs.checkIns, values.checkIns, workspace.checkInsMap, draft, student.name)];
    const lastCheckIns = lastCheckInUpdate(values.students, workspace.studentsMap, workspace.students, checkIns);
    if (lastCheckIns) writeColumnUpdate(tabs.students, lastCheckIns);
    const updated = { ...loaded, workspace: { ...workspace, checkIns } };
    return { ok: true, value: stateFrom(context, updated, readSettings()) };
  });
}
