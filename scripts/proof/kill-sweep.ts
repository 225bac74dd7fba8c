// The kill sweep: an operation killed at every service call of its first execution, in each of the four faults, each kill on a fork of one snapshot, then resumed and checked.
import { describeFault, everyFault, type Fault } from '../../src/local/runtime/faults';
import { callsOfFirstExecution } from '../../src/local/runtime/overlap';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { Section } from './report';

/** What a check found after one kill and its resumption: broken invariants in words, and figures to add up. */
export interface Checked {
  problems: string[];
  figures: Record<string, number>;
}

export interface KillScenario {
  name: string;
  /** The snapshot every kill starts from (forked, never changed). */
  base: LocalRuntime;
  /** The operation; `fault` applies to its first execution. */
  job: (runtime: LocalRuntime, fault: Fault) => unknown;
  /** What happens after a kill until the work is done: the retry, the next ticks, the next submission. */
  resume: (runtime: LocalRuntime) => void;
  /** The invariants, checked after the resumption (and once on an unkilled run, which must pass too). */
  check: (runtime: LocalRuntime) => Checked;
}

export interface KillSweepResult {
  name: string;
  /** Service calls of the operation's first execution when nothing is killed. */
  calls: number;
  killsTried: number;
  /** Each figure summed over every kill, and its largest value in one kill. */
  totals: Record<string, number>;
  largest: Record<string, number>;
  /** Every broken invariant, with the fault that led to it. */
  problems: string[];
}

/** Kill points: every call (`every` 1), or every `every`-th call and the last, for the small runs in jest. */
export function killPoints(calls: number, every = 1): number[] {
  const points: number[] = [];
  for (let n = 1; n <= calls; n += every) points.push(n);
  if (points.at(-1) !== calls) points.push(calls);
  return points;
}

/** Runs the job with a fault on a fork; the fork, and whether its first execution really was killed. */
function killed(scenario: KillScenario, fault: Fault): { runtime: LocalRuntime; wasKilled: boolean } {
  const runtime = scenario.base.fork();
  const firstId = runtime.state.nextId;
  scenario.job(runtime, fault);
  const first = runtime.state.executions.find((record) => record.id >= firstId);
  return { runtime, wasKilled: first?.outcome === 'killed' };
}

/**
 * Kills the scenario's operation before and after each of its calls, with buffered writes dropped
 * and kept (everyFault), resumes, and checks. An unkilled run is checked first: a check that fails
 * without any kill says the scenario, not the engine, is wrong.
 */
export function killSweep(scenario: KillScenario, options: { every?: number } = {}): KillSweepResult {
  const calls = callsOfFirstExecution(scenario.base, (runtime) => scenario.job(runtime, {}));
  const result: KillSweepResult = { name: scenario.name, calls, killsTried: 0, totals: {}, largest: {}, problems: [] };
  const clean = scenario.base.fork();
  scenario.job(clean, {});
  scenario.resume(clean);
  for (const problem of scenario.check(clean).problems) result.problems.push(`without a kill: ${problem}`);
  const points = new Set(killPoints(calls, options.every));
  for (const fault of everyFault(calls).filter((f) => points.has(f.failAt ?? f.failAfter ?? 0))) {
    const { runtime, wasKilled } = killed(scenario, fault);
    result.killsTried += 1;
    if (!wasKilled) result.problems.push(`${describeFault(fault)}: the execution was not killed`);
    scenario.resume(runtime);
    const checked = scenario.check(runtime);
    for (const problem of checked.problems) result.problems.push(`${describeFault(fault)}: ${problem}`);
    for (const [figure, value] of Object.entries(checked.figures)) {
      result.totals[figure] = (result.totals[figure] ?? 0) + value;
      result.largest[figure] = Math.max(result.largest[figure] ?? 0, value);
    }
  }
  return result;
}

/** The kill sweeps as one table: kills tried and what they left, per operation. */
export function killSection(results: readonly KillSweepResult[]): Section {
  const figure = (r: KillSweepResult, name: string) => (name in r.totals ? String(r.totals[name]) : '—');
  return {
    title: 'Kill sweep: every service call, before and after it took effect, buffered writes dropped and kept',
    header: ['operation', 'calls', 'kills tried', 'duplicates', 'never emailed (not shown unknown)', 'unknown sends (total / most in one kill)', 'Sent log rows disagreeing with the outbox', 'lost', 'ended unlike an unkilled run'],
    rows: results.map((r) => [
      r.name,
      r.calls,
      r.killsTried,
      figure(r, 'duplicates'),
      figure(r, 'neverEmailed'),
      'unknown' in r.totals ? `${r.totals.unknown} / ${r.largest.unknown}` : '—',
      figure(r, 'disagreeing'),
      figure(r, 'lost'),
      figure(r, 'diverged'),
    ]),
    problems: results.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`)),
  };
}
