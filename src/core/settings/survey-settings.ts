// The surveys as a settings section: each Form's id, its items' ids, entry ids and columns, the merge watermark, and a Form being built.
import { parseDefinition, type SurveyDefinition } from '../survey/definition';
import type { Result } from '../vocabulary';
import type { SettingsSection } from './section';

export interface SurveySettings {
  /** Oldest first; the last is the newest survey. Each keeps its own mapping. */
  surveys: SurveyDefinition[];
  /** A Form created but not finished (a kill mid-way): the next createSurvey rebuilds it instead of leaving it behind. */
  pending: string | null;
}

/** A survey that does not read back exactly is refused whole: a wrong mapping would put answers in the wrong fields. */
function validate(value: unknown): Result<SurveySettings> {
  const { surveys, pending } = (value ?? {}) as Partial<SurveySettings>;
  if (!Array.isArray(surveys)) return { ok: false, problems: [{ message: 'The survey list is missing.' }] };
  const parsed = surveys.map(parseDefinition);
  const bad = parsed.findIndex((s) => s === null);
  if (bad >= 0) return { ok: false, problems: [{ message: `Survey ${bad + 1} of ${surveys.length} is unreadable (its Form id or question mapping)` }] };
  if (pending !== null && pending !== undefined && typeof pending !== 'string') return { ok: false, problems: [{ message: 'The Form being created is not a Form id.' }] };
  return { ok: true, value: { surveys: parsed as SurveyDefinition[], pending: pending || null } };
}

export const SURVEY_SETTINGS: SettingsSection<SurveySettings> = {
  name: 'survey',
  label: 'survey settings',
  version: 1,
  defaults: { surveys: [], pending: null },
  validate,
};
