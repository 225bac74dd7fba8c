// The teacher's selection: which Students row is selected, and moving the selection to a student.
import { FIRST_DATA_ROW } from '../core/table';
import type { Student } from '../core/students';
import type { Workspace } from '../core/workspace';
import type { Sheet } from './tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The selected sheet row when the selection is on a data row of the Students tab, else null. */
export function selectedStudentRow(spreadsheet: Spreadsheet, students: Sheet | null | undefined): number | null {
  if (!students) return null;
  const range = spreadsheet.getActiveRange();
  if (!range || range.getSheet().getSheetId() !== students.getSheetId()) return null;
  const row = range.getRow();
  return row >= FIRST_DATA_ROW ? row : null;
}

/** Selects the student's name cell, which also brings the Students tab to the front. */
export function selectStudentRow(students: Sheet, workspace: Workspace, student: Student): void {
  const column = workspace.studentsMap.index.firstName ?? workspace.studentsMap.index.id ?? 0;
  students.getRange(student.row, column + 1).activate();
}
