// getSurveyState: the newest survey's questions and mapping as the Form holds them now, who answered per section, conflicts and notices.
import type { Problem, SurveyConflict, SurveyState, SurveySummary } from '../../shared/rpc';
import { mapColumns } from '../../core/headers';
import { STUDENTS } from '../../core/schema';
import { parseRoster } from '../../core/students';
import { answerText } from '../../core/survey/answers';
import { pendingConflicts } from '../../core/survey/conflicts';
import type { SurveyDefinition } from '../../core/survey/definition';
import { surveyProgress } from '../../core/survey/progress';
import { storeFullProblem } from '../../core/survey/survey-store';
import { columnHeader, DEFAULT_QUESTIONS, SURVEY_COLUMNS } from '../../core/survey/questions';
import type { TabValues } from '../../core/table';
import { openSpreadsheetContext, type SpreadsheetContext } from '../spreadsheet-context';
import { loadTabs } from '../workspace-loader';
import { formGoneMessage, openSurveyForm, readAnswer } from './form-access';
import { loadSurveySettings } from './settings';

type Form = GoogleAppsScript.Forms.Form;

/** Item types that are not questions: they take no answer, so they are never "unmapped". */
const NOT_QUESTIONS = ['PAGE_BREAK', 'SECTION_HEADER', 'IMAGE', 'VIDEO'];

/** The survey as its Form holds it now: retitled questions show their new title, deleted ones are flagged, added ones listed as unmapped. */
function summary(survey: SurveyDefinition, form: Form | null): SurveySummary {
  const current = new Map<number, string>();
  const extra: { itemId: number; title: string }[] = [];
  const known = new Set(survey.items.map((i) => i.itemId));
  for (const item of form?.getItems() ?? []) {
    if (NOT_QUESTIONS.includes(String(item.getType()))) continue;
    const id = item.getId();
    current.set(id, item.getTitle());
    if (!known.has(id)) extra.push({ itemId: id, title: item.getTitle() });
  }
  const questions = survey.items.map((item) => ({
    itemId: item.itemId,
    title: current.get(item.itemId) ?? item.title,
    column: item.column,
    columnHeader: columnHeader(item.column),
    deleted: form !== null && !current.has(item.itemId),
  }));
  const unmapped = [...questions.filter((q) => q.column === null && !q.deleted).map(({ itemId, title }) => ({ itemId, title })), ...extra];
  return { formId: survey.formId, title: survey.title, url: survey.url, editUrl: survey.editUrl, createdAt: survey.createdAt, questions, unmapped };
}

function deletedQuestionProblems(current: SurveySummary): Problem[] {
  return current.questions
    .filter((q) => q.deleted && q.columnHeader)
    .map((q) => ({ column: q.columnHeader!, message: `The question "${q.title}" was deleted from the Form: answers already merged stay in ${q.columnHeader}, and new responses cannot fill it.` }));
}

/** Each recorded conflict with the answer read from its Form (each Form opened once). */
function conflictsOf(values: TabValues, surveys: readonly SurveyDefinition[], forms: Map<string, Form | null>): SurveyConflict[] {
  const map = mapColumns(STUDENTS, values.header);
  return pendingConflicts(values, map).map((pending) => {
    const survey = surveys.find((s) => s.formId === pending.formId);
    if (survey && !forms.has(survey.formId)) forms.set(survey.formId, openSurveyForm(survey));
    const answer = survey ? readAnswer(forms.get(survey.formId) ?? null, survey, pending.responseId, pending.column) : null;
    return {
      studentId: pending.studentId,
      studentName: pending.studentName,
      column: pending.column,
      columnHeader: columnHeader(pending.column) ?? pending.column,
      current: pending.current,
      answer: answer === null ? '' : answerText(answer),
    };
  });
}

/**
 * Merging reads the Form, so a renamed or deleted responses tab loses no answer; a deleted one
 * does stop the raw responses (and the form-submit trigger, which fires on a row there), so the
 * teacher is told how to link a new one. A tab is the survey's when its getFormUrl names the Form.
 */
function responsesTabProblem(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, survey: SurveyDefinition): Problem | null {
  const linked = spreadsheet.getSheets().some((sheet) => (sheet.getFormUrl() ?? '').includes(survey.formId));
  if (linked) return null;
  return { message: `The responses tab of "${survey.title}" was deleted or unlinked. Responses still reach the Form, but only "Check for new responses" merges them now. To get the tab and automatic merging back, open the Form's Responses and choose "Link to Sheets" with this spreadsheet.` };
}

export function surveyStateFrom(context: SpreadsheetContext): SurveyState {
  const loaded = loadTabs(context, ['students']);
  const settings = loadSurveySettings();
  const newest = settings.surveys.at(-1) ?? null;
  const forms = new Map<string, Form | null>();
  if (newest) forms.set(newest.formId, openSurveyForm(newest));
  const form = newest ? (forms.get(newest.formId) ?? null) : null;
  const current = newest ? summary(newest, form) : null;
  const full = storeFullProblem(settings.properties, context.now.toISOString());
  const problems: Problem[] = [...(settings.problem ? [settings.problem] : []), ...settings.damaged, ...(full ? [full] : [])];
  if (newest && !form) problems.push({ message: formGoneMessage(newest) });
  const unlinked = newest && form ? responsesTabProblem(context.spreadsheet, newest) : null;
  if (unlinked) problems.push(unlinked);
  if (current) problems.push(...deletedQuestionProblems(current));
  const values = loaded.values.students;
  const usable = loaded.structureProblems.length === 0 && values;
  const map = values ? mapColumns(STUDENTS, values.header) : null;
  const roster = usable && map ? parseRoster(values.rows, map, context.dates) : null;
  return {
    structureProblems: loaded.structureProblems,
    problems,
    defaultQuestions: DEFAULT_QUESTIONS.map((q) => ({ ...q, choices: [...q.choices] })),
    columns: SURVEY_COLUMNS.map((c) => ({ ...c, kinds: [...c.kinds] })),
    survey: current,
    earlier: settings.surveys.slice(0, -1).reverse().map((s) => ({ formId: s.formId, title: s.title, createdAt: s.createdAt })),
    sections: newest && roster && map && values ? surveyProgress(values, map, roster.students, newest.formId) : [],
    conflicts: usable && values ? conflictsOf(values, settings.surveys, forms) : [],
    notices: settings.notices,
  };
}

/** Read-only: never waits for the lock and writes nothing. */
export function readSurveyState(): SurveyState {
  return surveyStateFrom(openSpreadsheetContext());
}
