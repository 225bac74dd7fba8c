// Each survey in its own document property keyed by its Form's id (a term's surveys and many more fit the 500 KB store), read and written with the survey section.
import type { Problem, Result } from '../vocabulary';
import { chunkedRead, chunkedWrite, pieceKeys, type ChunkedWrite } from '../settings/chunked-value';
import { kilobytes, PROPERTY_STORE_LIMIT_BYTES, propertyWriteProblems, storeBytes } from '../settings/property-limits';
import { decodeSection, sectionWrite, settingsKey } from '../settings/section';
import { SURVEY_SETTINGS, type PendingSurvey } from '../settings/survey-settings';
import { parseDefinition, type SurveyDefinition } from './definition';
import { PREFILL_MARKERS } from './prefill-template';
import { DEFAULT_QUESTIONS } from './questions';
import type { SurveyQuestion } from './types';

/**
 * `rapport.survey.<form id>` holds one survey as a chunked value (chunked-value.ts: a manifest, and
 * pieces of at most 9 KB), so even a 50-question survey of long titles fits; the section
 * `rapport.settings.survey` keeps only the Form being created.
 */
export const SURVEY_KEY_PREFIX = 'rapport.survey.';

export function surveyKey(formId: string): string {
  return SURVEY_KEY_PREFIX + formId;
}

export interface SurveyStore {
  /** Oldest first (by creation time); the last is the newest survey. */
  surveys: SurveyDefinition[];
  pending: PendingSurvey | null;
  /** The section could not be read (damaged): named, and nothing is created over it. */
  problem: Problem | null;
  /** Surveys whose own property could not be read, each named: they are left out (never a wrong mapping), the others work. */
  damaged: Problem[];
}

/** Form ids with a survey property: its manifest key (pieces carry '#n', which a Form id never holds). */
function storedFormIds(properties: Readonly<Record<string, string>>): string[] {
  return Object.keys(properties)
    .filter((key) => key.startsWith(SURVEY_KEY_PREFIX) && !key.includes('#'))
    .map((key) => key.slice(SURVEY_KEY_PREFIX.length));
}

function readSurvey(properties: Readonly<Record<string, string>>, formId: string): Result<SurveyDefinition> {
  const key = surveyKey(formId);
  const text = chunkedRead(key, properties);
  if (!text.ok) return text;
  let survey: SurveyDefinition | null;
  try {
    survey = parseDefinition(JSON.parse(text.value ?? ''));
  } catch {
    survey = null;
  }
  if (survey && survey.formId === formId) return { ok: true, value: survey };
  return { ok: false, problems: [{ message: `The survey kept under the document property ${key} is unreadable (its Form id or question mapping), so its responses are not merged. It was left as it is.` }] };
}

const byCreation = (a: SurveyDefinition, b: SurveyDefinition) => a.createdAt.localeCompare(b.createdAt) || a.formId.localeCompare(b.formId);

/** Every survey and the pending Form, from the store as one getProperties call read it; a version-1 store's inline surveys included. */
export function readSurveyStore(properties: Readonly<Record<string, string>>): SurveyStore {
  const { value, problem } = decodeSection(SURVEY_SETTINGS, properties[settingsKey(SURVEY_SETTINGS)]);
  const surveys = new Map(value.carried.map((s) => [s.formId, s]));
  const damaged: Problem[] = [];
  for (const formId of storedFormIds(properties)) {
    const read = readSurvey(properties, formId);
    if (read.ok) surveys.set(formId, read.value);
    else damaged.push(...read.problems);
  }
  return { surveys: [...surveys.values()].sort(byCreation), pending: value.pending, problem, damaged };
}

export interface SurveyStoreChange {
  /** Surveys to save (new, or with their watermark moved). */
  surveys?: readonly SurveyDefinition[];
  /** The pending Form: a new mark, null to clear it, absent to keep it. */
  pending?: PendingSurvey | null;
}

/**
 * Plans one setProperties call (then deletes of pieces a longer earlier value left): the section,
 * the changed surveys, and any survey a version-1 value still held inline, moved to its own
 * property in the same call so a kill leaves it in one place or the other. Refused, naming the
 * store's size, when Apps Script's 500 KB would be passed: nothing is written then.
 */
export function surveyStoreWrite(properties: Readonly<Record<string, string>>, change: SurveyStoreChange): Result<ChunkedWrite> {
  const section = sectionWrite(SURVEY_SETTINGS, properties, change.pending === undefined ? { carried: [] } : { carried: [], pending: change.pending });
  if (!section.ok) return section;
  const carried = decodeSection(SURVEY_SETTINGS, properties[settingsKey(SURVEY_SETTINGS)]).value.carried;
  const toWrite = new Map([...carried, ...(change.surveys ?? [])].map((s) => [s.formId, s]));
  const write: ChunkedWrite = { set: { ...section.value.set }, stale: [] };
  for (const survey of toWrite.values()) {
    const key = surveyKey(survey.formId);
    // Planned against an empty store: the limits are checked once below, for the whole write.
    const planned = chunkedWrite(key, JSON.stringify(survey), {});
    if (!planned.ok) return planned;
    Object.assign(write.set, planned.value.set);
    write.stale.push(...pieceKeys(key, properties).filter((piece) => !(piece in planned.value.set)));
  }
  const problems = propertyWriteProblems(properties, write.set, `Rapport's surveys (${toWrite.size === 1 ? 'one survey' : `${toWrite.size} surveys`} under ${SURVEY_KEY_PREFIX}…)`, write.stale);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: write };
}


/** Longer than the ids and links Google gives a Form (44-character ids, links of about 100), so a Form that passes fits once made. */
const ROOM_FOR_ID = 'x'.repeat(64);
const ROOM_FOR_URL = 'x'.repeat(200);

type SurveyDraft = { title: string; questions: readonly SurveyQuestion[]; requestId: string; createdAt: string };

/** Why the survey as it will be stored (ids and links at their longest, with its pending mark) would not fit; null when it fits. */
function noRoomFor(properties: Readonly<Record<string, string>>, draft: SurveyDraft): string | null {
  const survey: SurveyDefinition = {
    formId: ROOM_FOR_ID,
    title: draft.title,
    url: ROOM_FOR_URL,
    editUrl: ROOM_FOR_URL,
    createdAt: draft.createdAt,
    requestId: draft.requestId,
    items: draft.questions.map((q) => ({ itemId: 2 ** 31, entryId: '9'.repeat(10), title: q.title, kind: q.kind, column: q.column })),
    mergedThrough: Date.UTC(9999, 0),
    prefillTemplate: `${ROOM_FOR_URL}?usp=pp_url&entry.${'9'.repeat(10)}=${PREFILL_MARKERS.firstName}&entry.${'9'.repeat(10)}=${PREFILL_MARKERS.lastName}`,
  };
  const pending: PendingSurvey = { requestId: draft.requestId, formId: ROOM_FOR_ID, title: draft.title, startedAt: draft.createdAt };
  const write = surveyStoreWrite(properties, { surveys: [survey], pending });
  return write.ok ? null : write.problems[0].message;
}

/**
 * Checked before a Form is made, so a full store never leaves a Form behind that cannot be
 * recorded. The problem names the store's size and what to do; null when the survey fits.
 */
export function roomForSurvey(properties: Readonly<Record<string, string>>, draft: SurveyDraft): Problem | null {
  const why = noRoomFor(properties, draft);
  if (why === null) return null;
  const kept = readSurveyStore(properties).surveys.length;
  return {
    message: `There is no room for another survey in this sheet's settings. ${why} No Form was created; the ${kept} surveys already kept are unchanged. Start the next term's surveys in a copy of this sheet, or shorten the questions.`,
  };
}

/**
 * For the Survey panel: the store has no room left for another survey of the default questions,
 * said before the teacher tries, with what still works (answers merge; their watermark and notices
 * may not be saved, so later runs re-read more responses).
 */
export function storeFullProblem(properties: Readonly<Record<string, string>>, createdAt: string): Problem | null {
  if (noRoomFor(properties, { title: 'Getting to know you', questions: DEFAULT_QUESTIONS, requestId: '', createdAt }) === null) return null;
  return {
    message: `Rapport's settings for this sheet take ${kilobytes(storeBytes(properties))} of the ${kilobytes(PROPERTY_STORE_LIMIT_BYTES)} Apps Script allows: there is no room for another survey. Responses still merge into Students, but survey notices may not be saved. Start the next term's surveys in a copy of this sheet.`,
  };
}
