// The local Apps Script runtime: runs the built bundle's entry points as executions against a workspace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createAppsScriptGlobals } from './globals';
import type { AuthMode, ServiceContext } from './context';
import type { EventObjects } from './trigger-events';
import { ExecutionKilled } from './errors';
import type { Fault } from './faults';
import { Execution, type ExecutionOutcome, type ExecutionRecord } from './execution';
import { assertJsonSafe, jsonCopy } from './json-safe';
import { withOverrides } from './latency';
import type { WorkspaceState } from './state';
import { topLevelFunctionNames } from './bundle-entry-points';
import { serviceMeter } from './metered-services';
import type { ScriptTimeOptions } from './script-time';

export interface RuntimeOptions {
  /** Folder holding the built Code.js and Sidebar.html (default: the project's dist/). */
  bundleDir?: string;
  /** Latency overrides by method name or `Service.*`. */
  latency?: Record<string, number>;
  /** How script code's own running time counts toward virtual time: a factor, or a fake meter (script-time.ts). */
  scriptTime?: ScriptTimeOptions;
}

/** Something to run against a runtime: one entry point, a student's submission, time passing. */
export type Job<T = unknown> = (runtime: LocalRuntime) => T;

/** Where a probe found a job would wait: the lock, and when its wait would time out. */
interface LockWait {
  key: string;
  deadline: number;
}

/** Faults (faults.ts): failAt, failAfter and killKeepsWrites apply to this execution. */
export interface RunOptions extends Fault {
  /** The Google user it runs as (default: the workspace's teacher). */
  user?: string;
  authMode?: AuthMode;
  /** A label for the execution log, e.g. `trigger:onTick`; defaults to the entry point. */
  label?: string;
  /** The execution's time limit in virtual ms (default 6 minutes; 30 s for a simple trigger). */
  limitMs?: number;
  /** Service objects a trigger's event carries (a Range, the Spreadsheet), added to the first argument inside the execution. */
  eventObjects?: EventObjects;
}

export interface RunResult {
  record: ExecutionRecord;
  /** The entry point's return value as the sidebar would receive it (JSON-safe copy). */
  value?: unknown;
  /** The error message when the outcome is not ok. */
  error?: string;
}

const EXECUTION_LOG_CAP = 200;
/**
 * A real-time guard against a runaway loop in the bundle's top-level code; virtual time has its own
 * 6-minute limit. Node's `timeout` starts a watchdog thread for each evaluation, which on a busy
 * machine cost milliseconds of waiting per execution (most of a year of hourly ticks' real time),
 * so it guards the bundle's first evaluation only: the top-level code is the same in every
 * execution, so a loop there shows at the first.
 */
const REAL_TIME_GUARD_MS = 60_000;

/** The compiled bundle, shared by forks; `checked` once its top-level code has run to its end under the guard. */
interface LoadedBundle {
  script: vm.Script;
  entryPoints: string[];
  checked: boolean;
}

export class LocalRuntime {
  readonly latency: Record<string, number>;
  readonly bundleDir: string;
  /** Held locks by scope key; they live only as long as the execution that holds them. */
  readonly locks = new Map<string, number>();
  private readonly running: Execution[] = [];
  private bundle: LoadedBundle | null = null;
  /** Set by runOverlapping (overlap.ts): the next outermost execution lets `job` run at its call boundary `atCall`. */
  interleaving: { atCall: number; job: Job; claimed: boolean } | null = null;
  /** Jobs that must wait for a lock another execution holds: each runs when that lock is released. */
  private readonly lockWaiters: (LockWait & { job: Job })[] = [];
  /** Locks whose waiter's timeout passed before the holder let go: the waiter's next attempt fails at once. */
  readonly expiredWaits = new Set<string>();
  /** On a probe fork: the lock a job would have waited for (its executions stop there instead of waiting). */
  probe: { blockedOn: LockWait | null } | null = null;

  constructor(
    readonly state: WorkspaceState,
    private readonly options: RuntimeOptions = {},
  ) {
    this.bundleDir = options.bundleDir ?? join(__dirname, '..', '..', '..', 'dist');
    this.latency = withOverrides(options.latency);
  }

  /**
   * An independent copy: the same bundle (compiled once) and latency, a deep copy of the state and
   * of the held locks. Sweeps run each fault on a fork; overlap.ts probes a job on one.
   */
  fork(): LocalRuntime {
    const copy = new LocalRuntime(structuredClone(this.state), this.options);
    copy.bundle = this.bundle;
    Object.assign(copy.latency, this.latency);
    for (const [key, holder] of this.locks) copy.locks.set(key, holder);
    for (const key of this.expiredWaits) copy.expiredWaits.add(key);
    return copy;
  }

  /**
   * Runs a job now, unless a probe on a fork shows that it would wait for a lock an execution in
   * progress holds: then it waits, and runs when that lock is released (lockReleased). The probe is
   * exact because executions are deterministic: the fork holds the same state, clock and ids.
   * Virtual time the job spends on the shared clock is left out of the 6-minute limit of the
   * executions it interleaves with (they ran side by side in Apps Script).
   */
  runOrWait(job: Job): void {
    const fork = this.fork();
    fork.probe = { blockedOn: null };
    try {
      job(fork);
    } catch {
      // The real run below throws the same error to the caller.
    }
    const blockedOn = fork.probe.blockedOn;
    if (blockedOn) {
      this.lockWaiters.push({ ...blockedOn, job });
      return;
    }
    const before = this.state.clock.now;
    job(this);
    for (const exec of this.running) exec.pause(this.state.clock.now - before);
  }

  /** A lock was released: the jobs waiting for it run now, in the order they started waiting. */
  lockReleased(key: string): void {
    for (const waiter of this.lockWaiters.filter((candidate) => candidate.key === key)) {
      this.lockWaiters.splice(this.lockWaiters.indexOf(waiter), 1);
      if (this.state.clock.now > waiter.deadline) this.expiredWaits.add(key);
      this.runOrWait(waiter.job);
      this.expiredWaits.delete(key);
    }
  }

  /** The bundle, read and compiled once per runtime; each execution still gets a fresh global scope. */
  private loaded(): LoadedBundle {
    if (!this.bundle) {
      const file = join(this.bundleDir, 'Code.js');
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch {
        throw new Error(`No built add-on at ${file}. Run: npm run build`);
      }
      this.bundle = { script: new vm.Script(source, { filename: 'Code.js' }), entryPoints: topLevelFunctionNames(source), checked: false };
    }
    return this.bundle;
  }

  /** The add-on's callable entry points: the bundle's top-level function declarations. */
  entryPoints(): string[] {
    return [...this.loaded().entryPoints];
  }

  /** Executions in progress, innermost last (a lock test nests one inside another). */
  get activeExecutions(): readonly Execution[] {
    return this.running;
  }

  /**
   * Runs one entry point as an execution: a fresh sandbox holding only Apps Script globals,
   * virtual time, call counting; buffered writes commit at the end unless the execution was killed.
   */
  run(entryPoint: string, args: unknown[] = [], options: RunOptions = {}): RunResult {
    const known = this.entryPoints();
    if (!known.includes(entryPoint)) {
      throw new Error(`Unknown entry point "${entryPoint}". The add-on has: ${known.join(', ')}`);
    }
    const exec = new Execution(this.state.nextId++, {
      entryPoint: options.label ?? entryPoint,
      clock: this.state.clock,
      latency: this.latency,
      failAt: options.failAt,
      failAfter: options.failAfter,
      killKeepsWrites: options.killKeepsWrites,
      limitMs: options.limitMs,
      onCallBoundary: this.claimInterleaving(),
      scriptTime: this.options.scriptTime,
    });
    const ctx: ServiceContext = { runtime: this, state: this.state, exec, user: options.user ?? this.state.user.email, authMode: options.authMode ?? 'FULL' };
    const metered = serviceMeter(exec.scriptTimer);
    const globals = createAppsScriptGlobals(ctx, metered);
    const sandbox = vm.createContext(globals, { name: `execution ${exec.id}` });
    this.running.push(exec);
    let outcome: ExecutionOutcome = 'ok';
    let value: unknown;
    let error: string | undefined;
    try {
      const bundle = this.loaded();
      exec.scriptTimer.start();
      bundle.script.runInContext(sandbox, bundle.checked ? {} : { timeout: REAL_TIME_GUARD_MS });
      bundle.checked = true;
      const fn = (sandbox as Record<string, unknown>)[entryPoint] as (...a: unknown[]) => unknown;
      const copied = jsonCopy(args);
      if (options.eventObjects) {
        for (const [field, object] of Object.entries(options.eventObjects(ctx))) (copied[0] as Record<string, unknown>)[field] = metered(object);
      }
      const returned = fn(...copied);
      exec.scriptTimer.stop();
      if (exec.killed) throw new ExecutionKilled(exec.killed);
      exec.dieIfFailAfterPassed();
      assertJsonSafe(returned);
      value = jsonCopy(returned);
      exec.flush();
    } catch (thrown) {
      if (!exec.killed) chargeLastStretch(exec);
      if (exec.killed || thrown instanceof ExecutionKilled) {
        outcome = 'killed';
        error = exec.killed ?? (thrown as Error).message;
      } else {
        outcome = 'error';
        error = describeError(thrown);
        exec.flush();
      }
    } finally {
      this.running.pop();
    }
    const released = this.releaseLocksOf(exec.id);
    const record: ExecutionRecord = {
      id: exec.id,
      entryPoint: exec.entryPoint,
      startedAt: new Date(exec.startedAt).toISOString(),
      endedAt: new Date(this.state.clock.now).toISOString(),
      outcome,
      ...(error === undefined ? {} : { message: error }),
      calls: { ...exec.calls },
    };
    this.log(record);
    for (const key of released) this.lockReleased(key);
    return { record, ...(outcome === 'ok' ? { value } : { error }) };
  }

  /** The outermost execution claims a pending interleaving: at its call `atCall`, the other job runs (or waits for a lock). */
  private claimInterleaving(): ((n: number) => void) | undefined {
    const interleaving = this.interleaving;
    if (!interleaving || interleaving.claimed || this.running.length > 0) return undefined;
    interleaving.claimed = true;
    return (n) => {
      if (n === interleaving.atCall) this.runOrWait(interleaving.job);
    };
  }

  /** Frees an ended execution's locks and returns their keys (waiters run once the execution is logged). */
  private releaseLocksOf(executionId: number): string[] {
    const released = [...this.locks].filter(([, holder]) => holder === executionId).map(([key]) => key);
    for (const key of released) this.locks.delete(key);
    return released;
  }

  private log(record: ExecutionRecord): void {
    for (const [method, count] of Object.entries(record.calls)) {
      this.state.totals[method] = (this.state.totals[method] ?? 0) + count;
    }
    this.state.executions.push(record);
    if (this.state.executions.length > EXECUTION_LOG_CAP) this.state.executions.splice(0, this.state.executions.length - EXECUTION_LOG_CAP);
  }
}

/** Charges script time up to an uncaught error; if that passes the limit, the execution counts as killed (exec.killed says so). */
function chargeLastStretch(exec: Execution): void {
  try {
    exec.scriptTimer.stop();
  } catch (thrown) {
    if (!(thrown instanceof ExecutionKilled)) throw thrown;
  }
}

/** An error as the Apps Script editor shows it: `Exception: message` for service errors. */
function describeError(thrown: unknown): string {
  if (thrown && typeof thrown === 'object' && 'message' in thrown) {
    const { name, message } = thrown as { name?: string; message: string };
    return name && name !== 'Error' ? `${name}: ${message}` : message;
  }
  return String(thrown);
}
