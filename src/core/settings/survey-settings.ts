// The survey settings section (version 2): the Form being created; each survey itself lives in its own property (core/survey/survey-store.ts).
import { parseDefinition, type SurveyDefinition } from '../survey/definition';
import type { Result } from '../vocabulary';
import type { SettingsSection } from './section';

/**
 * A createSurvey under way, written before FormApp.create and again with the Form's id right after
 * it: a run killed between the two leaves `formId` null, and the next run reports that a Form may
 * have been left over; killed later, the next run rebuilds that Form instead of making another.
 */
export interface PendingSurvey {
  /** The sidebar's request id ('' for a caller that sent none). */
  requestId: string;
  formId: string | null;
  /** The Form's title and when it was asked for, so a left-over Form can be named to the teacher. */
  title: string;
  startedAt: string;
}

export interface SurveySettings {
  pending: PendingSurvey | null;
  /**
   * Surveys a version-1 value held inline (about ten fitted its 9 KB), read until the next survey
   * write moves each to its own property and empties this list.
   */
  carried: SurveyDefinition[];
}

function parsePending(raw: unknown): PendingSurvey | null | undefined {
  if (raw === null || raw === undefined) return null;
  const p = raw as PendingSurvey;
  const texts = typeof p === 'object' && [p.requestId, p.title, p.startedAt].every((t) => typeof t === 'string');
  return texts && (p.formId === null || typeof p.formId === 'string') ? { requestId: p.requestId, formId: p.formId, title: p.title, startedAt: p.startedAt } : undefined;
}

/** A survey that does not read back exactly is refused whole: a wrong mapping would put answers in the wrong fields. */
function validate(value: unknown): Result<SurveySettings> {
  const { pending, carried = [] } = (value ?? {}) as Partial<SurveySettings>;
  const parsedPending = parsePending(pending);
  if (parsedPending === undefined) return { ok: false, problems: [{ message: 'The Form being created is not recorded as a request, Form id, title and time.' }] };
  if (!Array.isArray(carried)) return { ok: false, problems: [{ message: 'The survey list is not a list.' }] };
  const parsed = carried.map(parseDefinition);
  const bad = parsed.findIndex((s) => s === null);
  if (bad >= 0) return { ok: false, problems: [{ message: `Survey ${bad + 1} of ${carried.length} is unreadable (its Form id or question mapping)` }] };
  return { ok: true, value: { pending: parsedPending, carried: parsed as SurveyDefinition[] } };
}

/** Version 1 kept every survey inline under this one 9 KB property, and a pending Form as its bare id. */
function fromVersion1(value: unknown): unknown {
  const { surveys, pending } = (value ?? {}) as { surveys?: unknown; pending?: unknown };
  if (!Array.isArray(surveys)) throw new Error('the survey list is missing');
  const formId = typeof pending === 'string' && pending !== '' ? pending : null;
  return { pending: formId === null ? null : { requestId: '', formId, title: '', startedAt: '' }, carried: surveys };
}

export const SURVEY_SETTINGS: SettingsSection<SurveySettings> = {
  name: 'survey',
  label: 'survey settings',
  version: 2,
  defaults: { pending: null, carried: [] },
  validate,
  migrations: { 1: fromVersion1 },
};
