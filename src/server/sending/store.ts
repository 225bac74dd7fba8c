// The schedule, its owner, the current cycle and the recent run notes, each one JSON value in the document's properties.
import type { Schedule } from '../../core/schedule/schedule';
import type { CycleRecord } from '../../core/sending/cycle-record';

const KEYS = { schedule: 'rapport.schedule', cycle: 'rapport.cycle', runLog: 'rapport.sending.runs' } as const;

/** The schedule as saved, with the Google account whose hourly trigger sends for this sheet. */
export interface ScheduleRecord {
  schedule: Schedule | null;
  owner: string | null;
}

/** A run that stopped early or failed, shown in the sidebar (add-on triggers send no failure email). */
export interface RunNote {
  at: number;
  message: string;
}

/** Notes kept: enough to see a pattern, small enough for one property value. */
const RUN_NOTES_KEPT = 10;

type Properties = GoogleAppsScript.Properties.Properties;

function properties(): Properties {
  const store = PropertiesService.getDocumentProperties();
  if (!store) throw new Error('Rapport works inside a spreadsheet: open it from Extensions → Rapport in your class sheet.');
  return store;
}

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
  cycle: CycleRecord | null;
  runNotes: RunNote[];
}

export function readSendingStore(): SendingStore {
  const all = properties().getProperties();
  return {
    scheduleRecord: parsed(all[KEYS.schedule], { schedule: null, owner: null }),
    cycle: parsed<CycleRecord | null>(all[KEYS.cycle], null),
    runNotes: parsed<RunNote[]>(all[KEYS.runLog], []),
  };
}

export function writeScheduleRecord(record: ScheduleRecord): void {
  properties().setProperty(KEYS.schedule, JSON.stringify(record));
}

/** One property write, committed at once (unlike the sheet's buffered writes): the engine's durable mark. */
export function writeCycle(cycle: CycleRecord): void {
  properties().setProperty(KEYS.cycle, JSON.stringify(cycle));
}

export function readCycle(): CycleRecord | null {
  return parsed<CycleRecord | null>(properties().getProperty(KEYS.cycle), null);
}

export function addRunNote(notes: readonly RunNote[], note: RunNote): void {
  properties().setProperty(KEYS.runLog, JSON.stringify([...notes, note].slice(-RUN_NOTES_KEPT)));
}
