// Merging survey responses into Students: the form-submit handler and syncSurveyResponses run this same code.
import type { Problem, Result } from '../../shared/rpc';
import { mapColumns, type ColumnMap } from '../../core/headers';
import { makeId } from '../../core/ids';
import { STUDENTS } from '../../core/schema';
import { cellText } from '../../core/cells';
import { cellOf, lastUsedRow, type TabValues } from '../../core/table';
import { parseRecord } from '../../core/survey/record';
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

/** Reading stops after this long (of Apps Script's 6 minutes), leaving time to write; the rest waits for the next run. */
const READ_BUDGET_MS = 3 * 60 * 1000;

/**
 * How long the form-submit handler waits for the lock: a class answering together queues its
 * handlers behind one another, each taking seconds; a handler that gave up after the sidebar's
 * 10 s could leave the last response of a burst unmerged until the next submission or a sync.
 * Two minutes, plus the read budget, stays within the 6-minute limit.
 */
export const SUBMIT_LOCK_WAIT_MS = 2 * 60 * 1000;

/** The ids of the responses to a Form already merged, from every Students row's record. */
function mergedIds(values: TabValues, map: ColumnMap, formId: string): Set<string> {
  return new Set(values.rows.flatMap((row) => parseRecord(cellText(cellOf(map, row, 'surveyRecord'))).merged[formId] ?? []));
}

/**
 * Merges every response not merged yet, from each survey's Form (never from the responses tab,
 * never "the last row"), under the document lock. Order of writes, for a kill after any call:
 * the Students rows (each carrying the ids of the responses merged into it) are written and
 * flushed first; only then does the watermark move. Killed before the flush, nothing happened;
 * killed after it, the next run re-reads those responses and finds them in the rows' records.
 * A survey whose Form is gone is reported and the others still merge. `more` says reading stopped
 * at its time budget with responses left: the next run (a submission, or sync again) goes on.
 */
export function syncResponses(lockWaitMs?: number): Result<{ merged: number; more: boolean }> {
  const context = openSpreadsheetContext();
  const deadline = context.now.getTime() + READ_BUDGET_MS;
  return withDocumentLock(() => {
    const settings = loadSurveySettings();
    if (settings.surveys.length === 0) return { ok: true, value: { merged: 0, more: false } };
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
    let more = false;
    for (const survey of settings.surveys) {
      if (more) break;
      const form = openSurveyForm(survey);
      if (!form) {
        problems.push({ message: formGoneMessage(survey) });
        continue;
      }
      const since = survey.mergedThrough === null ? null : survey.mergedThrough - REREAD_MS;
      const { responses: read, complete } = readResponses(form, survey, since, mergedIds(values, map, survey.formId), deadline);
      more = !complete;
      responses.push(...read);
      const newest = Math.max(survey.mergedThrough ?? 0, ...read.map((r) => r.timestamp));
      if (read.length > 0 && newest !== survey.mergedThrough) advanced.push({ ...survey, mergedThrough: newest });
    }
    const taken = new Set(values.rows.map((row) => cellText(cellOf(map, row, 'id'))).filter(Boolean));
    const result = mergeResponses({ students: values, map, surveys: settings.surveys, responses, newId: () => makeId('stu', () => Utilities.getUuid(), taken) });
    writeRowChanges(sheet, values, values.header.length, result.changes);
    appendRows(sheet, lastUsedRow(values), result.newRows);
    SpreadsheetApp.flush();
    saveMergeProgress(settings, advanced, result.notices.map((n) => ({ at: new Date(n.at).toISOString(), message: n.message })), context.now.toISOString());
    return problems.length > 0 && result.merged === 0 ? { ok: false, problems } : { ok: true, value: { merged: result.merged, more } };
  }, lockWaitMs);
}
