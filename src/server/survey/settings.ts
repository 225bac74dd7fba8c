// The surveys in the settings store (one property per survey, core/survey/survey-store.ts), and the notices the merge leaves for the teacher beside them.
import { cutText } from '../../core/text-cut';
import type { Result, SurveyNotice } from '../../shared/rpc';
import type { ChunkedWrite } from '../../core/settings/chunked-value';
import { propertyWriteProblems } from '../../core/settings/property-limits';
import type { SurveyDefinition } from '../../core/survey/definition';
import { readSurveyStore, surveyStoreWrite, type SurveyStore, type SurveyStoreChange } from '../../core/survey/survey-store';
import { readSettings, savePlannedWrite } from '../settings-store';

/** Not a setting but a log, like the send engine's run notes: kept under its own key, newest first. */
const NOTICES = 'rapport.surveyNotices';
const NOTICE_LIMIT = 20;
const NOTICE_CHARS = 400;

export interface LoadedSurveySettings extends SurveyStore {
  notices: SurveyNotice[];
  /** The store as read, for the room check before a Form is made. */
  properties: Readonly<Record<string, string>>;
}

function parseNotices(text: string | undefined): SurveyNotice[] {
  try {
    const parsed: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((n): n is SurveyNotice => !!n && typeof n.at === 'string' && typeof n.message === 'string') : [];
  } catch {
    return [];
  }
}

/** Every survey, the pending Form and the notices, with one getProperties call. */
export function loadSurveySettings(): LoadedSurveySettings {
  const { properties } = readSettings();
  return { ...readSurveyStore(properties), notices: parseNotices(properties[NOTICES]), properties };
}

/** Saves surveys and the pending mark in one setProperties call (the store read again first); refused, with a message, when the store is full. Call under the document lock. */
export function saveSurveys(change: SurveyStoreChange): Result<void> {
  return savePlannedWrite((stored) => surveyStoreWrite(stored, change));
}

/** The notices as one property, the oldest dropped until it fits one value and the store (none written when not even the newest fits). */
function noticesWrite(stored: Readonly<Record<string, string>>, notices: readonly SurveyNotice[]): Result<ChunkedWrite> {
  for (let count = notices.length; ; count -= 1) {
    const set = { [NOTICES]: JSON.stringify(notices.slice(0, count)) };
    const problems = propertyWriteProblems(stored, set, 'the survey notices');
    if (problems.length === 0) return { ok: true, value: { set, stale: [] } };
    if (count <= 1) return { ok: false, problems };
  }
}

/**
 * Adds notices, newest first, once per message (a response read again after a retry is not
 * reported twice); the oldest are dropped past 20, or past what the store holds (the Survey
 * panel says when it is full).
 */
export function addSurveyNotices(settings: LoadedSurveySettings, notices: readonly SurveyNotice[]): void {
  const known = new Set(settings.notices.map((n) => n.message));
  const fresh = notices.filter((n) => !known.has(n.message)).map((n) => ({ at: n.at, message: cutText(n.message, NOTICE_CHARS) }));
  if (fresh.length > 0) savePlannedWrite((stored) => noticesWrite(stored, [...fresh.reverse(), ...settings.notices].slice(0, NOTICE_LIMIT)));
}

/**
 * Saves the surveys whose merge watermark moved, then the merge's notices. Call under the document
 * lock. A watermark the full store refuses only makes the next run re-read more responses (the
 * rows' records skip those merged), and the teacher is told.
 */
export function saveMergeProgress(settings: LoadedSurveySettings, changed: readonly SurveyDefinition[], notices: readonly SurveyNotice[], at: string): void {
  const saved = changed.length > 0 ? saveSurveys({ surveys: changed }) : null;
  const refused = saved && !saved.ok ? saved.problems.map((p) => ({ at, message: p.message })) : [];
  addSurveyNotices(settings, [...notices, ...refused]);
}
