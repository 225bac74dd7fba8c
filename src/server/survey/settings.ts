// The surveys kept in the document's properties: each Form's id, its items' ids and entry ids, their columns, and the merge watermark.
import type { SurveyNotice } from '../../shared/rpc';
import { parseDefinition, type SurveyDefinition } from '../../core/survey/definition';

/** The form ids, oldest first; each survey in its own property (a value holds at most 9 KB). */
const INDEX = 'rapport.surveys';
const SURVEY_PREFIX = 'rapport.survey.';
/** A Form created but not finished (a kill mid-way): the next createSurvey rebuilds it instead of leaving it behind. */
const PENDING = 'rapport.surveyPending';
const NOTICES = 'rapport.surveyNotices';
/** Notices kept for the teacher, newest first. */
const NOTICE_LIMIT = 20;
const NOTICE_CHARS = 400;

function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function parseJson(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export interface SurveySettings {
  /** Oldest first; the last is the newest survey. A damaged entry is left out rather than read wrong. */
  surveys: SurveyDefinition[];
  pending: string | null;
  notices: SurveyNotice[];
}

/** Every survey setting in one read. */
export function loadSurveySettings(): SurveySettings {
  const all = documentProperties().getProperties();
  const index = parseJson(all[INDEX]);
  const ids = Array.isArray(index) ? index.filter((id): id is string => typeof id === 'string') : [];
  const surveys = ids.map((id) => parseDefinition(parseJson(all[SURVEY_PREFIX + id]))).filter((d): d is SurveyDefinition => d !== null);
  const notices = parseJson(all[NOTICES]);
  return {
    surveys,
    pending: all[PENDING] || null,
    notices: Array.isArray(notices) ? notices.filter((n): n is SurveyNotice => !!n && typeof n.at === 'string' && typeof n.message === 'string') : [],
  };
}

export function rememberPendingForm(formId: string): void {
  documentProperties().setProperty(PENDING, formId);
}

/** Adds a finished survey (newest) and forgets the pending Form, in one write. */
export function saveNewSurvey(settings: SurveySettings, survey: SurveyDefinition): void {
  const ids = [...settings.surveys.map((s) => s.formId).filter((id) => id !== survey.formId), survey.formId];
  documentProperties().setProperties({ [INDEX]: JSON.stringify(ids), [SURVEY_PREFIX + survey.formId]: JSON.stringify(survey), [PENDING]: '' });
}

/**
 * Saves merge watermarks and adds notices, in one write. Notices are kept once per
 * response and message (a response read again after a retry is not reported twice), newest first.
 */
export function saveMergeProgress(settings: SurveySettings, changed: readonly SurveyDefinition[], notices: readonly SurveyNotice[]): void {
  const values: Record<string, string> = {};
  for (const survey of changed) values[SURVEY_PREFIX + survey.formId] = JSON.stringify(survey);
  const known = new Set(settings.notices.map((n) => n.message));
  const fresh = notices.filter((n) => !known.has(n.message)).map((n) => ({ at: n.at, message: n.message.slice(0, NOTICE_CHARS) }));
  if (fresh.length > 0) values[NOTICES] = JSON.stringify([...fresh.reverse(), ...settings.notices].slice(0, NOTICE_LIMIT));
  if (Object.keys(values).length > 0) documentProperties().setProperties(values);
}
