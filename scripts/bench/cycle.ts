// The benchmark's sending measure: a whole cycle (Send now, then hourly ticks until done) on a Workspace account's 1,500-recipient day; each run's simulated time against the floor its sends alone cost.
import type { ExecutionRecord } from '../../src/local/runtime/execution';
import { latencyFor } from '../../src/local/runtime/latency';
import type { LocalRuntime, RunResult } from '../../src/local/runtime/runtime';
import { advanceClock } from '../../src/local/runtime/scheduler';
import { setDailyEmailQuota } from '../../src/local/services/mail-app';
import type { SendingState } from '../../src/shared/rpc';
import { costOf, succeeded } from './measure';

export const WORKSPACE_DAILY_QUOTA = 1500;
const HOUR = 3_600_000;
/** A cycle of 10,000 on a 1,500-a-day quota takes seven days of hourly ticks; stop looking after ten. */
const MAX_TICKS = 10 * 24;

export interface CycleMeasure {
  /** Executions that sent at least one email. */
  runs: number;
  sends: number;
  /** Service calls of those runs, summed, by service. */
  byService: Record<string, number>;
  /** Simulated time per run: mean and longest, and the floor (its sends × the modelled send latency), mean. */
  meanRunMs: number;
  longestRunMs: number;
  meanFloorMs: number;
  /** Days of the 1,500-recipient quota the cycle took. */
  days: number;
}

const studentSends = (runtime: LocalRuntime) => runtime.state.mail.outbox.filter((m) => m.to.some((to) => to.startsWith('student'))).length;

/** Each execution's record with the student emails it sent. */
function withSends(runtime: LocalRuntime, run: () => RunResult | RunResult[]): { record: ExecutionRecord; sends: number }[] {
  const measured: { record: ExecutionRecord; sends: number }[] = [];
  let before = studentSends(runtime);
  for (const result of [run()].flat()) {
    const record = succeeded(result);
    const after = studentSends(runtime);
    measured.push({ record, sends: after - before });
    before = after;
  }
  return measured;
}

/** Send now on the benchmark class, then hourly ticks until the cycle is done, on Workspace's daily quota. */
export function measureCycle(runtime: LocalRuntime): CycleMeasure {
  setDailyEmailQuota(runtime.state, WORKSPACE_DAILY_QUOTA);
  const sendLatency = latencyFor('MailApp.sendEmail', runtime.latency);
  const startedAt = runtime.state.clock.now;
  const executions = withSends(runtime, () => runtime.run('sendNow', []));
  for (let tick = 0; ; tick += 1) {
    const state = runtime.run('getSendingState', []).value as SendingState;
    if (state.cycle?.status === 'done') break;
    if (tick === MAX_TICKS) throw new Error(`The cycle did not finish in ${MAX_TICKS} hourly ticks: ${JSON.stringify(state.cycle)}`);
    executions.push(...withSends(runtime, () => advanceClock(runtime, HOUR)));
  }
  const sending = executions.filter((e) => e.sends > 0);
  const sends = sending.reduce((n, e) => n + e.sends, 0);
  const cost = costOf(sending.map((e) => e.record));
  const durations = sending.map((e) => costOf([e.record]).simulatedMs);
  return {
    runs: sending.length,
    sends,
    byService: cost.byService,
    meanRunMs: cost.simulatedMs / sending.length,
    longestRunMs: Math.max(...durations),
    meanFloorMs: (sends * sendLatency) / sending.length,
    days: Math.ceil((runtime.state.clock.now - startedAt) / (24 * HOUR)),
  };
}
