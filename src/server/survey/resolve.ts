// resolveSurveyConflict: the teacher accepts the student's newer answer or keeps their own text.
import type { Result, SurveyState } from '../../shared/rpc';
import { cellText } from '../../core/cells';
import { mapColumns } from '../../core/headers';
import { STUDENTS } from '../../core/schema';
import { cellOf, FIRST_DATA_ROW } from '../../core/table';
import { conflictColumn, resolveConflict } from '../../core/survey/conflicts';
import { editableRow } from '../../core/survey/row-edit';
import { withDocumentLock } from '../document-lock';
import { writeRowChanges } from '../row-changes';
import { openSpreadsheetContext } from '../spreadsheet-context';
import { loadTabs } from '../workspace-loader';
import { openSurveyForm, readAnswer } from './form-access';
import { loadSurveySettings } from './settings';
import { surveyStateFrom } from './state';

/** Under the document lock: the row found by student id, the answer read from its Form, one write of the row; the refreshed state returned. */
export function resolveSurveyConflictFor(studentId: unknown, column: unknown, decision: unknown): Result<SurveyState> {
  if (decision !== 'accept' && decision !== 'dismiss') return { ok: false, problems: [{ message: `Choose 'accept' or 'dismiss', not "${String(decision)}".` }] };
  const key = conflictColumn(String(column ?? ''));
  if (!key) return { ok: false, problems: [{ message: `"${String(column)}" is not a Students column a survey answer can conflict in.` }] };
  const context = openSpreadsheetContext();
  const outcome = withDocumentLock((): Result<null> => {
    const loaded = loadTabs(context, ['students']);
    const sheet = loaded.tabs.students;
    const values = loaded.values.students;
    if (loaded.structureProblems.length > 0 || !sheet || !values) return { ok: false, problems: loaded.structureProblems };
    const map = mapColumns(STUDENTS, values.header);
    const index = values.rows.findIndex((row) => studentId && cellText(cellOf(map, row, 'id')) === String(studentId));
    if (index < 0) return { ok: false, problems: [{ tab: STUDENTS.name, message: 'That student is no longer on the Students tab. Reload the Survey panel.' }] };
    const row = index + FIRST_DATA_ROW;
    const pending = editableRow(map, values.rows[index], row).record.conflicts[key];
    const survey = pending ? loadSurveySettings().surveys.find((s) => s.formId === pending.formId) : undefined;
    const answer = pending && survey && decision === 'accept' ? readAnswer(openSurveyForm(survey), survey, pending.responseId, key) : null;
    const change = resolveConflict(map, values.rows[index], row, key, decision, answer);
    if (!('cells' in change)) return { ok: false, problems: [change] };
    writeRowChanges(sheet, values, values.header.length, [change]);
    return { ok: true, value: null };
  });
  return outcome.ok ? { ok: true, value: surveyStateFrom(context) } : outcome;
}
