// The schedule and its owner (a settings section), the current cycle and the recent run notes (the engine's own keys), all read with one getProperties.
import type { CycleRecord } from '../../core/sending/cycle-record';
import { SCHEDULE_SETTINGS, type ScheduleSettings } from '../../core/settings/schedule-settings';
import type { Settings } from '../../core/settings/settings';
import type { Result } from '../../core/vocabulary';
import { documentProperties, readSettings, saveSettings } from '../settings-store';

/**
 * The engine's state is not a setting: the cycle record is rewritten before and after every batch
 * with one setProperty (the durable in-flight mark), so it lives under its own key.
 */
const KEYS = { cycle: 'rapport.cycle', runLog: 'rapport.sending.runs' } as const;

export type ScheduleRecord = ScheduleSettings;

/** A run that stopped early or failed, shown in the sidebar (add-on triggers send no failure email). */
export interface RunNote {
  at: number;
  message: string;
}

/** Notes kept: enough to see a pattern, small enough for one property value. */
const RUN_NOTES_KEPT = 10;

function parsed<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Everything the engine keeps, read with one call. */
export interface SendingStore {
  scheduleRecord: ScheduleRecord;
  /** Why the saved schedule could not be read (then `scheduleRecord` holds the defaults), or null. */
  scheduleProblem: string | null;
  cycle: CycleRecord | null;
  runNotes: RunNote[];
  /** The whole store as read: a run hands it on, so the email and survey settings are not read again. */
  settings: Settings;
}

export function readSendingStore(): SendingStore {
  const settings = readSettings();
  const all = settings.properties;
  const schedule = settings.read(SCHEDULE_SETTINGS);
  return {
    scheduleRecord: schedule.value,
    scheduleProblem: schedule.problem?.message ?? null,
    cycle: parsed<CycleRecord | null>(all[KEYS.cycle], null),
    runNotes: parsed<RunNote[]>(all[KEYS.runLog], []),
    settings,
  };
}

export function writeScheduleRecord(record: ScheduleRecord): Result<ScheduleRecord> {
  return saveSettings(SCHEDULE_SETTINGS, record);
}

/** One property write, committed at once (unlike the sheet's buffered writes): the engine's durable mark. */
export function writeCycle(cycle: CycleRecord): void {
  documentProperties().setProperty(KEYS.cycle, JSON.stringify(cycle));
}

export function readCycle(): CycleRecord | null {
  return parsed<CycleRecord | null>(documentProperties().getProperty(KEYS.cycle), null);
}

export function addRunNote(notes: readonly RunNote[], note: RunNote): void {
  documentProperties().setProperty(KEYS.runLog, JSON.stringify([...notes, note].slice(-RUN_NOTES_KEPT)));
}

/** An error's message, whatever threw it (a service's exception is not always an `Error` of this script's realm). */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
