// Every settings section Rapport knows, and reading them from one copy of the document's properties.
import type { Problem } from '../vocabulary';
import { decodeSection, settingsKey, type SectionRead, type SettingsSection } from './section';
import { EMAIL_SETTINGS } from './email-settings';
import { SCHEDULE_SETTINGS } from './schedule-settings';
import { SIDEBAR_SETTINGS } from './sidebar-settings';
import { SURVEY_SETTINGS } from './survey-settings';

/** Each feature adds its section here, so the sidebar reports a damaged one by name. */
export const SETTINGS_SECTIONS: readonly SettingsSection<object>[] = [SIDEBAR_SETTINGS, SCHEDULE_SETTINGS, EMAIL_SETTINGS, SURVEY_SETTINGS];

/** The document's properties as read with one getProperties call, and each section decoded from them. */
export interface Settings {
  readonly properties: Readonly<Record<string, string>>;
  read<T extends object>(section: SettingsSection<T>): SectionRead<T>;
  /** The section's value, or its defaults when it is missing or damaged (see `problems`). */
  get<T extends object>(section: SettingsSection<T>): T;
  /** Every known section that is stored but could not be read, each naming its setting. */
  problems(): Problem[];
}

export function settingsFrom(properties: Readonly<Record<string, string>>): Settings {
  const read = <T extends object>(section: SettingsSection<T>) => decodeSection(section, properties[settingsKey(section)]);
  return {
    properties,
    read,
    get: (section) => read(section).value,
    problems: () => SETTINGS_SECTIONS.flatMap((section) => read(section).problem ?? []),
  };
}
