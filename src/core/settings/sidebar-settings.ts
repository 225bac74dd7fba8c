// The sidebar's class settings: the check-in window the dashboard counts connections over.
import { checkWindowDays, DEFAULT_WINDOW_DAYS } from '../dashboard';
import type { Result } from '../vocabulary';
import type { SettingsSection } from './section';

export interface SidebarSettings {
  /** "Connected in the last N days": the same N for every co-teacher of the class. */
  checkInWindowDays: number;
}

function validate(value: unknown): Result<SidebarSettings> {
  const days = checkWindowDays((value as Partial<SidebarSettings> | null)?.checkInWindowDays);
  return days.ok ? { ok: true, value: { checkInWindowDays: days.value } } : days;
}

export const SIDEBAR_SETTINGS: SettingsSection<SidebarSettings> = {
  name: 'sidebar',
  label: 'sidebar settings',
  version: 1,
  defaults: { checkInWindowDays: DEFAULT_WINDOW_DAYS },
  validate,
};
