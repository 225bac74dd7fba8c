// A settings section: its key, version, defaults, validator and migration steps; decoding a stored value and planning a write.
import type { Problem, Result } from '../vocabulary';
import { propertyWriteProblems } from './property-limits';

/** Every section lives under its own document property, so writes to one never touch another's. */
export const SETTINGS_KEY_PREFIX = 'rapport.settings.';
/** Where a damaged value is kept when the teacher saves over it: nothing the store held is lost. */
export const DAMAGED_SUFFIX = '.damaged';

/**
 * One feature's settings (e.g. `sidebar`, `survey`, `email`). A stored value is
 * `{"version": n, "value": {...}}`; a value saved at an older version is brought up to date by
 * `migrations[n]` (version n → n + 1), one step after another, when it is read.
 */
export interface SettingsSection<T extends object> {
  /** The key's suffix: `rapport.settings.<name>`. */
  readonly name: string;
  /** How the teacher knows it, e.g. 'sidebar settings'. */
  readonly label: string;
  readonly version: number;
  readonly defaults: T;
  /** Checks a whole value (after migration); problems say which field is wrong. */
  validate(value: unknown): Result<T>;
  readonly migrations?: Readonly<Record<number, (value: unknown) => unknown>>;
}

export interface SectionRead<T> {
  /** The stored value, or the defaults when nothing is stored or it could not be read. */
  value: T;
  /** Why the stored value could not be used, naming the setting; the value stays stored until the teacher saves over it. */
  problem: Problem | null;
}

export function settingsKey(section: SettingsSection<object>): string {
  return SETTINGS_KEY_PREFIX + section.name;
}

function describe(section: SettingsSection<object>): string {
  return `Rapport's ${section.label} (document property ${settingsKey(section)})`;
}

function unreadable<T extends object>(section: SettingsSection<T>, why: string): SectionRead<T> {
  return {
    value: section.defaults,
    problem: { message: `${describe(section)} could not be read: ${why}. Rapport uses the defaults until you save these settings again; the stored value is kept.` },
  };
}

function isStored(parsed: unknown): parsed is { version: number; value: unknown } {
  return typeof parsed === 'object' && parsed !== null && 'version' in parsed && 'value' in parsed;
}

/** A stored value (or undefined) as the section's current version, or the defaults and a problem naming it. */
export function decodeSection<T extends object>(section: SettingsSection<T>, raw: string | undefined): SectionRead<T> {
  if (raw === undefined) return { value: section.defaults, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return unreadable(section, 'it is not valid JSON');
  }
  if (!isStored(parsed)) return unreadable(section, 'it has no version and value');
  const { version } = parsed;
  if (!Number.isInteger(version) || version < 1) return unreadable(section, `its version ${JSON.stringify(version)} is not a version number`);
  if (version > section.version) {
    return unreadable(section, `it was saved by a newer Rapport (version ${version}; this one reads up to version ${section.version})`);
  }
  let value = parsed.value;
  for (let step = version; step < section.version; step++) {
    const migrate = section.migrations?.[step];
    if (!migrate) return unreadable(section, `Rapport has no step from version ${step} to ${step + 1}`);
    try {
      value = migrate(value);
    } catch (error) {
      return unreadable(section, `bringing it from version ${step} to ${step + 1} failed (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const checked = section.validate(value);
  if (!checked.ok) return unreadable(section, checked.problems.map((p) => p.message.replace(/\.$/, '')).join('; '));
  return { value: checked.value, problem: null };
}

/** The properties one section's save writes: its own key, and a damaged value it replaces kept beside it. */
export interface SectionWrite<T> {
  value: T;
  set: Record<string, string>;
}

/**
 * Plans saving `patch` over a section's stored value: the fields not in the patch keep their stored
 * values (so two co-teachers changing different fields both keep theirs), the result is validated
 * whole, and the write must fit Apps Script's limits. `properties` is the whole store as read.
 */
export function sectionWrite<T extends object>(section: SettingsSection<T>, properties: Readonly<Record<string, string>>, patch: Partial<T>): Result<SectionWrite<T>> {
  const key = settingsKey(section);
  const stored = decodeSection(section, properties[key]);
  const checked = section.validate({ ...stored.value, ...patch });
  if (!checked.ok) return checked;
  const set: Record<string, string> = { [key]: JSON.stringify({ version: section.version, value: checked.value }) };
  if (stored.problem) set[key + DAMAGED_SUFFIX] = properties[key];
  const problems = propertyWriteProblems(properties, set, describe(section));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { value: checked.value, set } };
}
