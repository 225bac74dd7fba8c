// The proof sweeps' class and what they read back from it: the bench class on a schedule, tabs as records, mail per address, the cycle's state.
import { headerRow, requireTab } from '../../src/local/demo/by-header';
import type { LocalRuntime, RunResult } from '../../src/local/runtime/runtime';
import { advanceClock, type StudentResponse } from '../../src/local/runtime/scheduler';
import type { CellValue, SentMailState } from '../../src/local/runtime/state';
import { setDailyEmailQuota } from '../../src/local/services/mail-app';
import { readValues } from '../../src/local/services/spreadsheet/state-access';
import type { Result, SendingState } from '../../src/shared/rpc';
import { benchClass } from '../bench/class';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Google Workspace accounts: 1,500 recipients a day (quotas page). */
export const WORKSPACE_DAILY_QUOTA = 1500;

/** Runs an entry point and throws with the execution's message unless it succeeded. */
export function runOk<T = unknown>(runtime: LocalRuntime, entryPoint: string, ...args: unknown[]): T {
  const result = runtime.run(entryPoint, args);
  if (result.record.outcome !== 'ok') throw new Error(`${entryPoint} ended ${result.record.outcome}: ${result.error}`);
  return result.value as T;
}

export function ok<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.problems.map((p) => p.message).join(' ')}`);
  return result.value;
}

/**
 * The bench class (demo profiles repeated to `size`, the 30 demo resources) on a schedule every 2
 * weeks on Mondays at 10:00 in the spreadsheet's zone, saved at 09:00 that Monday, the clock moved
 * to a second before the hourly trigger's first run: that tick, just after 10:00, starts the cycle.
 * `quota` recipients a day (Workspace's 1,500 by default); `prepare` runs before the schedule is saved.
 */
export function scheduledClass(size: number, quota = WORKSPACE_DAILY_QUOTA, prepare?: (runtime: LocalRuntime) => void): LocalRuntime {
  const runtime = benchClass(size);
  setDailyEmailQuota(runtime.state, quota);
  prepare?.(runtime);
  ok(runOk<Result<SendingState>>(runtime, 'saveSchedule', { everyWeeks: 2, weekday: 'Monday', hour: 10, reviewBeforeSending: false }), 'saveSchedule');
  const tick = runtime.state.triggers.find((t) => t.handler === 'onScheduleTick');
  if (tick?.nextRun === undefined) throw new Error('saveSchedule installed no hourly trigger.');
  advanceClock(runtime, tick.nextRun - runtime.state.clock.now - 1000);
  return runtime;
}

/** A tab's data rows as records keyed by header. */
export function tabRecords(runtime: LocalRuntime, tab: string): Record<string, CellValue>[] {
  const sheet = requireTab(runtime.state, tab);
  const headers = headerRow(sheet);
  return readValues(sheet)
    .slice(1)
    .map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i]])));
}

/** The students' addresses on the roster, by student id. */
export function rosterEmails(runtime: LocalRuntime): Map<string, string> {
  return new Map(tabRecords(runtime, 'Students').map((r) => [String(r.ID), String(r.Email).toLowerCase()]));
}

/** Mail sent after the first `from` outbox entries, grouped by recipient address (lower case). */
export function mailByAddress(runtime: LocalRuntime, from = 0): Map<string, SentMailState[]> {
  const byAddress = new Map<string, SentMailState[]>();
  for (const mail of runtime.state.mail.outbox.slice(from)) {
    for (const to of mail.to) {
      const key = to.toLowerCase();
      byAddress.set(key, [...(byAddress.get(key) ?? []), mail]);
    }
  }
  return byAddress;
}

export function sendingState(runtime: LocalRuntime): SendingState {
  return runOk<SendingState>(runtime, 'getSendingState');
}

/** Hourly ticks until the current cycle is done, at most `maxTicks`; every execution they ran. */
export function tickUntilDone(runtime: LocalRuntime, maxTicks: number): RunResult[] {
  const results: RunResult[] = [];
  for (let tick = 0; tick < maxTicks && sendingState(runtime).cycle?.status !== 'done'; tick += 1) results.push(...advanceClock(runtime, HOUR));
  return results;
}

export const CAREERS = 'What careers are you thinking about?';
export const INTERESTS = 'What are your interests?';

/** Creates the default interest survey through the add-on; returns the form's id. */
export function createSurveyOn(runtime: LocalRuntime): string {
  return ok(runOk<Result<{ formId: string }>>(runtime, 'createSurvey'), 'createSurvey').formId;
}

/** A response from the student on roster row `index` (0-based), in their own words. */
export function rosterResponse(runtime: LocalRuntime, index: number, answers: StudentResponse['answers']): StudentResponse {
  const row = tabRecords(runtime, 'Students')[index];
  return { email: String(row.Email), answers: { 'First name': String(row['First name']), 'Last name': String(row['Last name']), ...answers } };
}
