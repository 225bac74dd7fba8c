// Conflicts the merge left for the teacher (a newer answer to a field they edited), listed and resolved.
import type { Problem } from '../vocabulary';
import type { Cell } from '../cells';
import { normalizeHeader, type ColumnMap } from '../headers';
import { FIRST_DATA_ROW, type TabValues } from '../table';
import { answerText, storedText, type SurveyAnswer } from './answers';
import { columnHeader, mergeRule, SURVEY_COLUMNS } from './questions';
import { textHash, type PendingAnswer } from './record';
import { displayName, editableRow, rowChange, sealRow, setCell, textAt, type RowChange } from './row-edit';

export interface PendingConflict extends PendingAnswer {
  studentId: string;
  studentName: string;
  row: number;
  column: string;
  current: string;
}

/** Every conflict recorded in the Students rows, in row order. */
export function pendingConflicts(students: TabValues, map: ColumnMap): PendingConflict[] {
  return students.rows.flatMap((cells, i) => {
    const edit = editableRow(map, cells, i + FIRST_DATA_ROW);
    return Object.entries(edit.record.conflicts).map(([column, pending]) => ({
      ...pending,
      studentId: textAt(map, edit, 'id'),
      studentName: displayName(map, edit),
      row: i + FIRST_DATA_ROW,
      column,
      current: textAt(map, edit, column),
    }));
  });
}

/** The column key a teacher or script named, by key or header in any case; null when no survey column matches. */
export function conflictColumn(name: string): string | null {
  const wanted = normalizeHeader(name);
  const found = SURVEY_COLUMNS.find((c) => mergeRule(c.key) === 'single' && (normalizeHeader(c.key) === wanted || normalizeHeader(c.header) === wanted));
  return found?.key ?? null;
}

/**
 * Accepting writes the student's answer (cut to a cell if needed) and records it as the merge's
 * own text, so that a later answer replaces it; dismissing keeps the teacher's text and drops the
 * answer. Either way the conflict is gone. `answer` is null when the Form no longer has it.
 */
export function resolveConflict(map: ColumnMap, cells: readonly Cell[], row: number, column: string, decision: 'accept' | 'dismiss', answer: SurveyAnswer | null): RowChange | Problem {
  const edit = editableRow(map, cells, row);
  if (!edit.record.conflicts[column]) return { tab: 'Students', row, column: columnHeader(column) ?? column, message: 'This conflict was already resolved (perhaps by your co-teacher). Reload the Survey panel.' };
  if (decision === 'accept') {
    if (answer === null) return { tab: 'Students', row, column: columnHeader(column) ?? column, message: 'The answer can no longer be read: its response or the Form was deleted. Dismiss the conflict instead.' };
    const text = storedText(answerText(answer)).text;
    setCell(map, edit, column, text);
    edit.record.wrote[column] = textHash(text);
  }
  delete edit.record.conflicts[column];
  sealRow(map, edit);
  return rowChange(edit as typeof edit & { row: number });
}
