// Merging survey responses into Students: the form-submit handler and syncSurveyResponses run this same code.
import type { Problem, Result } from '../../shared/rpc';
import { mapColumns } from '../../core/headers';
import { makeId } from '../../core/ids';
import { STUDENTS } from '../../core/schema';
import { cellText } from '../../core/cells';
import { cellOf, lastUsedRow } from '../../core/table';
import type { SurveyDefinition } from '../../core/survey/definition';
import { mergeResponses, missingSurveyColumns, type SurveyResponse } from '../../core/survey/merge';
import { withDocumentLock } from '../document-lock';
import { writeRowChanges } from '../row-changes';
import { openSpreadsheetContext } from '../spreadsheet-context';
import { loadTabs } from '../workspace-loader';
import { appendRows } from '../writes';
import { formGoneMessage, openSurveyForm, readResponses } from './form-access';
import { loadSurveySettings, saveMergeProgress } from './settings';

/**
 * Responses are read from this long before the watermark: one submitted while another execution
 * was merging may carry an earlier timestamp than the last one merged. Those already merged are
 * skipped by their row's record, so reading some twice costs time, not correctness.
 */
const REREAD_MS = 10 * 60 * 1000;

/**
 * Merges every response not merged yet, from each survey's Form (never from the responses tab,
 * never "the last row"), under the document lock. Order of writes, for a kill after any call:
 * the Students rows (each carrying the ids of the responses merged into it) are written and
 * flushed first; only then does the watermark move. Killed before the flush, nothing happened;
 * killed after it, the next run re-reads those responses and finds them in the rows' records.
 * A survey whose Form is gone is reported and the others still merge.
 */
export function syncResponses(): Result<{ merged: number }> {
  const context = openSpreadsheetContext();
  return withDocumentLock(() => {
    const settings = loadSurveySettings();
    if (settings.surveys.length === 0) return { ok: true, value: { merged: 0 } };
    const loaded = loadTabs(context, ['students']);
    const sheet = loaded.tabs.students;
    const values = loaded.values.students;
    if (loaded.structureProblems.length > 0 || !sheet || !values) return { ok: false, problems: loaded.structureProblems };
    const map = mapColumns(STUDENTS, values.header);
    const missing = missingSurveyColumns(map, settings.surveys);
    if (missing.length > 0) {
      return { ok: false, problems: missing.map((header) => ({ tab: STUDENTS.name, column: header, message: `The Students tab has no "${header}" column, which the survey fills. Run "Set up class" to add it; responses wait in the Form until then.` })) };
    }
    const problems: Problem[] = [];
    const responses: SurveyResponse[] = [];
    const advanced: SurveyDefinition[] = [];
    for (const survey of settings.surveys) {
      const form = openSurveyForm(survey);
      if (!form) {
        problems.push({ message: formGoneMessage(survey) });
        continue;
      }
      const read = readResponses(form, survey.formId, survey.mergedThrough === null ? null : survey.mergedThrough - REREAD_MS);
      responses.push(...read);
      const newest = Math.max(survey.mergedThrough ?? 0, ...read.map((r) => r.timestamp));
      if (read.length > 0 && newest !== survey.mergedThrough) advanced.push({ ...survey, mergedThrough: newest });
    }
    const taken = new Set(values.rows.map((row) => cellText(cellOf(map, row, 'id'))).filter(Boolean));
    const result = mergeResponses({ students: values, map, surveys: settings.surveys, responses, newId: () => makeId('stu', () => Utilities.getUuid(), taken) });
    writeRowChanges(sheet, values, values.header.length, result.changes);
    appendRows(sheet, lastUsedRow(values), result.newRows);
    SpreadsheetApp.flush();
    saveMergeProgress(settings, advanced, result.notices.map((n) => ({ at: new Date(n.at).toISOString(), message: n.message })));
    return problems.length > 0 && result.merged === 0 ? { ok: false, problems } : { ok: true, value: { merged: result.merged } };
  });
}
