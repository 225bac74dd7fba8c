// The send engine's cost: spreadsheet calls per run are a constant plus one status write per batch, the same for 150 and 2,000 students.
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { setDailyEmailQuota } from '../../src/local/services/mail-app';
import { latencyFor } from '../../src/local/runtime/latency';
import { tab } from './class-fixture';
import { sendingClass, studentMails } from './sending-fixture';

/** The engine's batch size (src/server/sending/engine.ts). */
const BATCH_SIZE = 20;
/**
 * Per batch after a run's first: the Students and Resources columns read again (getLastRow,
 * getRange, getValues each), so that an opt-out or a deactivated resource is honoured by the next
 * batch. Per batch: the status
 * write, which touches only the cells it changed: Sent at, then Reason and Status (set-up's column
 * order puts the other columns between them), a getRange and a setValues each, and one flush.
 */
const FRESH_READ_CALLS_PER_BATCH = 2 * 3;
const SET_VALUES_PER_BATCH = 2;
const STATUS_WRITE_CALLS_PER_BATCH = 2 * SET_VALUES_PER_BATCH + 1;

function classOf(size: number): LocalRuntime {
  const runtime = sendingClass(size);
  setDailyEmailQuota(runtime.state, 100_000);
  tab(runtime, 'Sent log').maxRows += 10_000;
  return runtime;
}

function costOf(runtime: LocalRuntime, entryPoint: string) {
  const before = studentMails(runtime);
  const run = runtime.run(entryPoint, entryPoint === 'sendNow' ? [] : [{}]);
  expect(run.record.outcome).toBe('ok');
  const sends = studentMails(runtime) - before;
  const batches = Math.ceil(sends / BATCH_SIZE);
  const sheetCalls = Object.entries(run.record.calls).filter(([m]) => m.startsWith('SpreadsheetApp.')).reduce((n, [, c]) => n + c, 0);
  const elapsed = Date.parse(run.record.endedAt) - Date.parse(run.record.startedAt);
  const sendTime = sends * latencyFor('MailApp.sendEmail', runtime.latency);
  return {
    sends,
    constant: sheetCalls - STATUS_WRITE_CALLS_PER_BATCH * batches - FRESH_READ_CALLS_PER_BATCH * (batches - 1),
    extraSetValues: (run.record.calls['SpreadsheetApp.setValues'] ?? 0) - SET_VALUES_PER_BATCH * batches,
    settingsReads: run.record.calls['PropertiesService.getProperties'] ?? 0,
    overhead: (elapsed - sendTime) / sendTime,
    elapsed,
  };
}

describe('spreadsheet calls per run', () => {
  it('are a constant plus one status write per batch, the same for 150 and 2,000 students, with engine overhead under 10 %', () => {
    const small = costOf(classOf(150), 'sendNow');
    const largeRuntime = classOf(2000);
    const large = costOf(largeRuntime, 'sendNow');
    expect(small.sends).toBe(150);
    expect(large.sends).toBeGreaterThan(400);
    expect(large.sends).toBeLessThan(2000);
    expect({ constant: large.constant, extraSetValues: large.extraSetValues }).toEqual({ constant: small.constant, extraSetValues: small.extraSetValues });
    expect(small.constant).toBeLessThanOrEqual(20);
    expect(small.extraSetValues).toBe(1);
    // The settings are read once for the run; the first Send now also saves its caller as the owner (a save reads them under the lock) and answers with the state.
    expect([small.settingsReads, large.settingsReads]).toEqual([3, 3]);
    expect(large.elapsed).toBeLessThan(5 * 60_000);
    expect(small.overhead).toBeLessThan(0.1);
    expect(large.overhead).toBeLessThan(0.1);
    const next = costOf(largeRuntime, 'onScheduleTick');
    expect(next.sends).toBeGreaterThan(400);
    expect(next.extraSetValues).toBe(0);
    expect(next.settingsReads).toBe(1);
    expect(next.overhead).toBeLessThan(0.1);
  });
});
