// Benchmark: what a whole sending cycle costs for a 150- and a 2,000-student class, on a Workspace account's 1,500-recipient day.
import { latencyFor } from '../src/local/runtime/latency';
import type { LocalRuntime, RunResult } from '../src/local/runtime/runtime';
import { advanceClock } from '../src/local/runtime/scheduler';
import { setDailyEmailQuota } from '../src/local/services/mail-app';
import type { Result, SendingState } from '../src/shared/rpc';
import { benchClass, BENCH_SIZES } from './bench-class';
import { buildAll } from './build';

const WORKSPACE_DAILY_QUOTA = 1500;
const HOUR = 3_600_000;
/** A cycle of 2,000 on a 1,500-a-day quota takes two days of hourly ticks; stop looking after a week. */
const MAX_TICKS = 7 * 24;

/** The benchmark class on a Workspace account's daily quota. */
function classOf(size: number): LocalRuntime {
  const runtime = benchClass(size);
  setDailyEmailQuota(runtime.state, WORKSPACE_DAILY_QUOTA);
  return runtime;
}

interface Execution {
  sends: number;
  ms: number;
  calls: Record<string, number>;
}

const studentSends = (runtime: LocalRuntime) => runtime.state.mail.outbox.filter((m) => m.to.some((to) => to.startsWith('student'))).length;

function measured(runtime: LocalRuntime, run: () => RunResult | RunResult[]): Execution[] {
  const executions: Execution[] = [];
  let before = studentSends(runtime);
  for (const result of [run()].flat()) {
    if (result.record.outcome !== 'ok') throw new Error(`${result.record.entryPoint}: ${result.error}`);
    const after = studentSends(runtime);
    executions.push({ sends: after - before, ms: Date.parse(result.record.endedAt) - Date.parse(result.record.startedAt), calls: result.record.calls });
    before = after;
  }
  return executions;
}

/** Send now, then hourly ticks until the cycle is done: every execution that did sending work. */
function wholeCycle(runtime: LocalRuntime): Execution[] {
  const executions = measured(runtime, () => runtime.run('sendNow', []));
  for (let tick = 0; tick < MAX_TICKS; tick += 1) {
    const state = runtime.run('getSendingState', []).value as SendingState;
    if (state.cycle?.status === 'done') return executions.filter((e) => e.sends > 0 || e.calls['MailApp.sendEmail']);
    executions.push(...measured(runtime, () => advanceClock(runtime, HOUR)));
  }
  const last = runtime.run('sendNow', []).value as Result<SendingState>;
  throw new Error(`The cycle did not finish in a week: ${JSON.stringify(last)}`);
}

function byService(executions: readonly Execution[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const e of executions) for (const [method, count] of Object.entries(e.calls)) {
    const service = method.split('.')[0];
    totals[service] = (totals[service] ?? 0) + count;
  }
  return totals;
}

async function main(): Promise<void> {
  await buildAll();
  const sendLatency = latencyFor('MailApp.sendEmail', classOf(1).latency);
  console.log(`Modelled send latency ${sendLatency} ms (src/local/runtime/latency.ts); quota ${WORKSPACE_DAILY_QUOTA} recipients a day (Workspace).`);
  console.log('| students | executions | sends | calls by service per cycle | engine overhead | sends per execution (mean / max) | executions per 1,500-recipient day |');
  console.log('|---|---|---|---|---|---|---|');
  for (const size of BENCH_SIZES) {
    const runtime = classOf(size);
    const executions = wholeCycle(runtime).filter((e) => e.sends > 0);
    const sends = executions.reduce((n, e) => n + e.sends, 0);
    const ms = executions.reduce((n, e) => n + e.ms, 0);
    const overhead = (ms - sends * sendLatency) / (sends * sendLatency);
    const perExecution = sends / executions.length;
    const services = Object.entries(byService(executions)).sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s} ${n}`).join(', ');
    const max = Math.max(...executions.map((e) => e.sends));
    console.log(`| ${size} | ${executions.length} | ${sends} | ${services} | ${(overhead * 100).toFixed(1)} % | ${perExecution.toFixed(0)} / ${max} | ${Math.ceil(Math.min(WORKSPACE_DAILY_QUOTA, sends) / max)} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
