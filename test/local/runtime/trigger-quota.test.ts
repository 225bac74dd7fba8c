// The daily trigger runtime quota: per user, 90 minutes by default, refused at start once spent, reset 24 h after it began.
import { advanceClock } from '../../../src/local/runtime/scheduler';
import {
  CONSUMER_TRIGGER_RUNTIME_MS,
  setDailyTriggerRuntimeMinutes,
  TRIGGER_QUOTA_WINDOW_MS,
  WORKSPACE_TRIGGER_RUNTIME_MS,
} from '../../../src/local/runtime/trigger-quota';
import { createScriptApp } from '../../../src/local/services/script-app';
import { runtimeWithBundle } from '../helpers/bundle';
import { executionOn } from '../helpers/service-context';

const HOUR = 3600_000;
const MINUTE = 60_000;
/** Each run of the hourly handler takes five minutes of virtual time and says whom it ran as. */
const BUNDLE = 'function onTick() { Utilities.sleep(300000); return Session.getActiveUser().getEmail(); }';

function hourlyTickAs(user?: string) {
  const runtime = runtimeWithBundle(BUNDLE);
  createScriptApp(executionOn(runtime, user)).newTrigger('onTick').timeBased().everyHours(1).create();
  return runtime;
}

describe('the daily trigger runtime quota', () => {
  it('is 90 minutes a day for a consumer account by default (6 hours on Workspace)', () => {
    expect(CONSUMER_TRIGGER_RUNTIME_MS).toBe(90 * MINUTE);
    expect(WORKSPACE_TRIGGER_RUNTIME_MS).toBe(6 * HOUR);
    expect(runtimeWithBundle(BUNDLE).state.triggerRuntime?.dailyLimitMs).toBe(90 * MINUTE);
  });

  it("refuses trigger executions at start with Apps Script's message once the allowance is spent", () => {
    const runtime = hourlyTickAs();
    setDailyTriggerRuntimeMinutes(runtime.state, 12);
    const results = advanceClock(runtime, 4 * HOUR);
    expect(results.map((r) => r.record.outcome)).toEqual(['ok', 'ok', 'ok', 'error']);
    const refused = results[3].record;
    expect(refused.message).toBe('Exception: Service using too much computer time for one day.');
    expect(refused.startedAt).toBe(refused.endedAt);
    expect(refused.calls).toEqual({});
  });

  it('lets the execution that crosses the allowance finish, and counts all of it', () => {
    const runtime = hourlyTickAs();
    setDailyTriggerRuntimeMinutes(runtime.state, 7);
    const results = advanceClock(runtime, 3 * HOUR);
    expect(results.map((r) => r.record.outcome)).toEqual(['ok', 'ok', 'error']);
    expect(runtime.state.triggerRuntime?.byUser['teacher@example.edu'].usedMs).toBeGreaterThanOrEqual(10 * MINUTE);
  });

  it('resets 24 hours after the first trigger execution of the window', () => {
    const runtime = hourlyTickAs();
    setDailyTriggerRuntimeMinutes(runtime.state, 5);
    const firstDay = advanceClock(runtime, 3 * HOUR);
    const windowStart = Date.parse(firstDay[0].record.startedAt);
    const laterRuns = advanceClock(runtime, 23 * HOUR);
    const afterReset = laterRuns.filter((r) => Date.parse(r.record.startedAt) >= windowStart + TRIGGER_QUOTA_WINDOW_MS);
    const beforeReset = laterRuns.filter((r) => Date.parse(r.record.startedAt) < windowStart + TRIGGER_QUOTA_WINDOW_MS);
    expect(beforeReset.every((r) => r.record.outcome === 'error')).toBe(true);
    expect(afterReset[0].record.outcome).toBe('ok');
  });

  it('is counted per user: a co-teacher keeps their own allowance', () => {
    const runtime = hourlyTickAs();
    createScriptApp(executionOn(runtime, 'coteacher@example.edu')).newTrigger('onTick').timeBased().everyHours(1).create();
    setDailyTriggerRuntimeMinutes(runtime.state, 5);
    const firstHour = advanceClock(runtime, HOUR);
    expect(firstHour.map((r) => [r.value, r.record.outcome])).toEqual([
      ['teacher@example.edu', 'ok'],
      ['coteacher@example.edu', 'ok'],
    ]);
    expect(advanceClock(runtime, HOUR).map((r) => r.record.outcome)).toEqual(['error', 'error']);
  });

  it('is settable, and refuses a negative figure', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    setDailyTriggerRuntimeMinutes(runtime.state, 360);
    expect(runtime.state.triggerRuntime?.dailyLimitMs).toBe(WORKSPACE_TRIGGER_RUNTIME_MS);
    expect(() => setDailyTriggerRuntimeMinutes(runtime.state, -1)).toThrow(/0 minutes or more/);
  });

  it('is added to a workspace saved before it was modelled', () => {
    const runtime = hourlyTickAs();
    Reflect.deleteProperty(runtime.state, 'triggerRuntime');
    expect(advanceClock(runtime, HOUR).map((r) => r.record.outcome)).toEqual(['ok']);
    expect(runtime.state.triggerRuntime?.dailyLimitMs).toBe(CONSUMER_TRIGGER_RUNTIME_MS);
  });
});
