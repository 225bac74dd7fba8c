// The sending schedule as a settings section: when cycles start, and whose hourly trigger sends them.
import { isIsoDate } from '../dates';
import { checkScheduleInput, type Schedule } from '../schedule/schedule';
import type { Result } from '../vocabulary';
import type { SettingsSection } from './section';

export interface ScheduleSettings {
  schedule: Schedule | null;
  /** The Google account whose hourly trigger sends for this sheet (the co-teacher who took it over, if one did). */
  owner: string | null;
}

function validate(value: unknown): Result<ScheduleSettings> {
  const { schedule, owner } = (value ?? {}) as Partial<ScheduleSettings>;
  if (owner !== null && owner !== undefined && typeof owner !== 'string') return { ok: false, problems: [{ message: 'The schedule’s owner is not an email address.' }] };
  if (schedule === null || schedule === undefined) return { ok: true, value: { schedule: null, owner: owner ?? null } };
  const input = checkScheduleInput(schedule);
  if (!input.ok) return input;
  if (!isIsoDate(String(schedule.anchorDate)) || !Number.isFinite(schedule.notBefore)) {
    return { ok: false, problems: [{ message: 'The schedule’s first date or start is unreadable; save the schedule again.' }] };
  }
  const checked: Schedule = { ...input.value, paused: input.value.paused ?? false, reviewBeforeSending: input.value.reviewBeforeSending ?? false, anchorDate: schedule.anchorDate, notBefore: schedule.notBefore };
  return { ok: true, value: { schedule: checked, owner: owner ?? null } };
}

export const SCHEDULE_SETTINGS: SettingsSection<ScheduleSettings> = {
  name: 'schedule',
  label: 'sending schedule',
  version: 1,
  defaults: { schedule: null, owner: null },
  validate,
};
