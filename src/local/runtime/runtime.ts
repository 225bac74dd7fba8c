// The local Apps Script runtime: runs the built bundle's entry points as executions against a workspace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createAppsScriptGlobals } from './globals';
import type { AuthMode, ServiceContext } from './context';
import type { EventObjects } from './trigger-events';
import { ExecutionKilled } from './errors';
import { Execution, type ExecutionOutcome, type ExecutionRecord } from './execution';
import { assertJsonSafe, jsonCopy } from './json-safe';
import { withOverrides } from './latency';
import type { WorkspaceState } from './state';
import { topLevelFunctionNames } from './bundle-entry-points';

export interface RuntimeOptions {
  /** Folder holding the built Code.js and Sidebar.html (default: the project's dist/). */
  bundleDir?: string;
  /** Latency overrides by method name or `Service.*`. */
  latency?: Record<string, number>;
}

export interface RunOptions {
  /** 1-based: the Nth service call of this execution is killed. */
  failAt?: number;
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
/** A real-time guard against a runaway loop in the bundle; virtual time has its own 6-minute limit. */
const REAL_TIME_GUARD_MS = 60_000;

export class LocalRuntime {
  readonly latency: Record<string, number>;
  readonly bundleDir: string;
  /** Held locks by scope key; they live only as long as the execution that holds them. */
  readonly locks = new Map<string, number>();
  private readonly running: Execution[] = [];
  private bundle: { script: vm.Script; entryPoints: string[] } | null = null;

  constructor(
    readonly state: WorkspaceState,
    options: RuntimeOptions = {},
  ) {
    this.bundleDir = options.bundleDir ?? join(__dirname, '..', '..', '..', 'dist');
    this.latency = withOverrides(options.latency);
  }

  /** The bundle, read and compiled once per runtime; each execution still gets a fresh global scope. */
  private loaded(): { script: vm.Script; entryPoints: string[] } {
    if (!this.bundle) {
      const file = join(this.bundleDir, 'Code.js');
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch {
        throw new Error(`No built add-on at ${file}. Run: npm run build`);
      }
      this.bundle = { script: new vm.Script(source, { filename: 'Code.js' }), entryPoints: topLevelFunctionNames(source) };
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
      limitMs: options.limitMs,
    });
    const ctx: ServiceContext = { runtime: this, state: this.state, exec, user: options.user ?? this.state.user.email, authMode: options.authMode ?? 'FULL' };
    const globals = createAppsScriptGlobals(ctx);
    const sandbox = vm.createContext(globals, { name: `execution ${exec.id}` });
    this.running.push(exec);
    let outcome: ExecutionOutcome = 'ok';
    let value: unknown;
    let error: string | undefined;
    try {
      this.loaded().script.runInContext(sandbox, { timeout: REAL_TIME_GUARD_MS });
      const fn = (sandbox as Record<string, unknown>)[entryPoint] as (...a: unknown[]) => unknown;
      const copied = jsonCopy(args);
      if (options.eventObjects) Object.assign(copied[0] as object, options.eventObjects(ctx));
      const returned = fn(...copied);
      if (exec.killed) throw new ExecutionKilled(exec.killed);
      assertJsonSafe(returned);
      value = jsonCopy(returned);
      exec.flush();
    } catch (thrown) {
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
      this.releaseLocksOf(exec.id);
    }
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
    return { record, ...(outcome === 'ok' ? { value } : { error }) };
  }

  private releaseLocksOf(executionId: number): void {
    for (const [key, holder] of this.locks) if (holder === executionId) this.locks.delete(key);
  }

  private log(record: ExecutionRecord): void {
    for (const [method, count] of Object.entries(record.calls)) {
      this.state.totals[method] = (this.state.totals[method] ?? 0) + count;
    }
    this.state.executions.push(record);
    if (this.state.executions.length > EXECUTION_LOG_CAP) this.state.executions.splice(0, this.state.executions.length - EXECUTION_LOG_CAP);
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
