// The surveys in the settings store (section `survey`), and the notices the merge leaves for the teacher beside it.
import { cutText } from '../../core/text-cut';
import type { Problem, Result, SurveyNotice } from '../../shared/rpc';
import type { SurveyDefinition } from '../../core/survey/definition';
import { SURVEY_SETTINGS } from '../../core/settings/survey-settings';
import { readSettings, saveSettings } from '../settings-store';

/** Not a setting but a log, like the send engine's run notes: kept under its own key, newest first. */
const NOTICES = 'rapport.surveyNotices';
const NOTICE_LIMIT = 20;
const NOTICE_CHARS = 400;

export interface LoadedSurveySettings {
  /** Oldest first; the last is the newest survey. */
  surveys: SurveyDefinition[];
  pending: string | null;
  notices: SurveyNotice[];
  /** The section could not be read (damaged): named, so the teacher knows why no survey shows. */
  problem: Problem | null;
}

function parseNotices(text: string | undefined): SurveyNotice[] {
  try {
    const parsed: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((n): n is SurveyNotice => !!n && typeof n.at === 'string' && typeof n.message === 'string') : [];
  } catch {
    return [];
  }
}

/** Every survey setting and the notices, with one getProperties call. */
export function loadSurveySettings(): LoadedSurveySettings {
  const settings = readSettings();
  const { value, problem } = settings.read(SURVEY_SETTINGS);
  return { ...value, notices: parseNotices(settings.properties[NOTICES]), problem };
}

export function rememberPendingForm(formId: string): Result<unknown> {
  return saveSettings(SURVEY_SETTINGS, { pending: formId });
}

/** Adds a finished survey (as the newest) and forgets the pending Form, in one write; refused, with a message, when the store is full. */
export function saveNewSurvey(settings: LoadedSurveySettings, survey: SurveyDefinition): Result<unknown> {
  return saveSettings(SURVEY_SETTINGS, { surveys: [...settings.surveys.filter((s) => s.formId !== survey.formId), survey], pending: null });
}

/**
 * Saves the surveys whose merge watermark moved, then adds notices, once per message (a response
 * read again after a retry is not reported twice). Call under the document lock.
 */
export function saveMergeProgress(settings: LoadedSurveySettings, changed: readonly SurveyDefinition[], notices: readonly SurveyNotice[]): void {
  if (changed.length > 0) {
    const byId = new Map(changed.map((s) => [s.formId, s]));
    saveSettings(SURVEY_SETTINGS, { surveys: settings.surveys.map((s) => byId.get(s.formId) ?? s) });
  }
  const known = new Set(settings.notices.map((n) => n.message));
  const fresh = notices.filter((n) => !known.has(n.message)).map((n) => ({ at: n.at, message: cutText(n.message, NOTICE_CHARS) }));
  if (fresh.length > 0) PropertiesService.getDocumentProperties().setProperty(NOTICES, JSON.stringify([...fresh.reverse(), ...settings.notices].slice(0, NOTICE_LIMIT)));
}
