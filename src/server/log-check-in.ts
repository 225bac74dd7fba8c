// Logging a check-in: validated first, then one row appended to Check-ins and the student's Last check-in kept current.
import type { CheckInInput, Result, SidebarState } from '../shared/rpc';
import { checkInRowValues, validateCheckIn, type CheckIn } from '../core/check-ins';
import { startOfDayInZone } from '../core/dates';
import { lastCheckInUpdate } from '../core/last-check-in';
import { lastUsedRow, rowFor } from '../core/table';
import { withDocumentLock } from './document-lock';
import { readSettings } from './settings-store';
import { stateFrom } from './sidebar';
import { openSpreadsheetContext } from './spreadsheet-context';
import { assignMissingIds } from './row-ids';
import { appendRows, writeColumnUpdate } from './writes';
import { loadWorkspace } from './workspace-loader';

/**
 * Nothing is written unless the input is valid (a 60,000-character note is refused with a
 * message) and the tabs are complete. Under the document lock: one read per tab, one setValues
 * for the new Check-ins row, and one write bringing Last check-in up to date (just this student's
 * cell, unless other rows were stale too). The returned state is built from what was read plus
 * the new row, without reading again.
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
    const followUpCell = draft.followUp ? startOfDayInZone(draft.followUp, context.timeZone) : '';
    const row = rowFor(workspace.checkInsMap, checkInRowValues(draft, student.name, context.now, followUpCell));
    const written = appendRows(tabs.checkIns, lastUsedRow(values.checkIns), [row]);
    const logged: CheckIn = { row: written, date: context.dates.today, at: context.now, studentId: student.id, studentName: student.name, kind: draft.kind, note: draft.note, followUp: draft.followUp };
    const checkIns = [...workspace.checkIns, logged];
    const lastCheckIns = lastCheckInUpdate(values.students, workspace.studentsMap, workspace.students, checkIns);
    if (lastCheckIns) writeColumnUpdate(tabs.students, lastCheckIns);
    const updated = { ...loaded, workspace: { ...workspace, checkIns } };
    return { ok: true, value: stateFrom(context, updated, readSettings()) };
  });
}
