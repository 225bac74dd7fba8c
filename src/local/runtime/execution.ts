// One Apps Script execution: virtual time, the 6-minute limit, per-method call counts, fault injection, write buffer.
import { ExecutionKilled, MESSAGES } from './errors';
import { latencyFor } from './latency';
import { ScriptTimer, type ScriptTimeOptions } from './script-time';

/** Apps Script's per-execution limit for consumer and Workspace accounts: 6 minutes. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

export interface Clock {
  now: number;
}

export interface ExecutionOptions {
  /** What started it: a menu click, the sidebar, a trigger, the CLI. */
  entryPoint: string;
  clock: Clock;
  latency: Readonly<Record<string, number>>;
  /** 1-based: the Nth service call of this execution is killed before it takes effect. */
  failAt?: number;
  /** 1-based: the Nth service call takes effect, then the execution dies (at its next call, or before it returns). */
  failAfter?: number;
  /** What a kill does with buffered sheet writes: Apps Script does not say, so both can be chosen (default: dropped). */
  killKeepsWrites?: boolean;
  limitMs?: number;
  /** Called at each service-call boundary, before call `n` is counted: where another execution may interleave. */
  onCallBoundary?: (n: number) => void;
  /** How script code's own running time is charged to virtual time (script-time.ts). */
  scriptTime?: ScriptTimeOptions;
}

export type ExecutionOutcome = 'ok' | 'error' | 'killed';

export interface ExecutionRecord {
  id: number;
  entryPoint: string;
  startedAt: string;
  endedAt: string;
  outcome: ExecutionOutcome;
  message?: string;
  calls: Record<string, number>;
}

/**
 * Models one execution. Every service method calls `call()` first, which counts it, advances the
 * virtual clock by its latency, and kills the execution past the time limit or at the injected fault.
 * Script code's own running time between calls is charged too (`scriptTimer`, script-time.ts).
 * A kill is final: later calls throw again, so a script's catch block cannot carry on as if alive.
 *
 * Spreadsheet writes are buffered with `defer()` and committed by `flush()`: Apps Script caches
 * writes and commits them on a read, on SpreadsheetApp.flush() and at the end of the execution
 * (Google's 2010 performance post). Whether a killed execution's cached writes survive is not
 * known [U], so the fault chooses: by default a kill discards them (the worst case for lost work),
 * and with `killKeepsWrites` it commits them (the worst case for half-done work). Sweeps run both.
 *
 * Faults: `failAt: N` kills at call N before it takes effect; `failAfter: N` lets call N take
 * effect (the mail went out) and kills the execution at its next call or, if it makes none, just
 * before it returns. The 6-minute kill follows `killKeepsWrites` too.
 */
export class Execution {
  readonly calls: Record<string, number> = {};
  readonly startedAt: number;
  /** Charges script code's own running time between service calls to this execution's virtual time. */
  readonly scriptTimer: ScriptTimer;
  private callCount = 0;
  private pending: Array<() => void> = [];
  private killedBy: string | null = null;
  private readonly limitMs: number;
  /** Virtual time spent by other executions interleaved into this one: not part of its 6 minutes. */
  private pausedMs = 0;

  constructor(
    readonly id: number,
    private readonly options: ExecutionOptions,
  ) {
    this.startedAt = options.clock.now;
    this.limitMs = options.limitMs ?? EXECUTION_LIMIT_MS;
    this.scriptTimer = new ScriptTimer((ms) => this.advance(ms), options.scriptTime);
  }

  get entryPoint(): string {
    return this.options.entryPoint;
  }

  get now(): number {
    return this.options.clock.now;
  }

  get killed(): string | null {
    return this.killedBy;
  }

  /** Counts a service call, charges its latency, and throws if the execution is (or becomes) dead. */
  call(method: string): void {
    if (this.killedBy) throw new ExecutionKilled(this.killedBy);
    this.dieIfFailAfterPassed();
    this.options.onCallBoundary?.(this.callCount + 1);
    this.callCount += 1;
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    if (this.options.failAt === this.callCount) {
      this.kill(`Injected fault at service call ${this.callCount} (${method})`);
    }
    this.advance(latencyFor(method, this.options.latency));
  }

  /** Kills the execution once the call `failAfter` names has taken effect; the runtime also asks before the entry point returns. */
  dieIfFailAfterPassed(): void {
    const { failAfter } = this.options;
    if (failAfter !== undefined && this.callCount >= failAfter) this.kill(`Injected fault after service call ${failAfter}`);
  }

  /** The number of service calls made so far. */
  get callsMade(): number {
    return this.callCount;
  }

  /** Moves virtual time forward within this execution (latency, Utilities.sleep, lock waits). */
  advance(ms: number): void {
    if (this.killedBy) throw new ExecutionKilled(this.killedBy);
    this.options.clock.now += ms;
    if (this.options.clock.now - this.startedAt - this.pausedMs > this.limitMs) this.kill(MESSAGES.timeLimit);
  }

  /** Leaves out of the 6-minute limit time that other, interleaved executions spent on the shared clock. */
  pause(ms: number): void {
    this.pausedMs += ms;
  }

  /** Buffers a write until the next read, flush or the end of the execution. */
  defer(write: () => void): void {
    this.pending.push(write);
  }

  /** Commits buffered writes in order. */
  flush(): void {
    const writes = this.pending;
    this.pending = [];
    for (const write of writes) write();
  }

  get pendingWrites(): number {
    return this.pending.length;
  }

  /** Ends the execution as a kill does (used when a probe finds it would wait for a lock). */
  abort(reason: string): never {
    return this.kill(reason);
  }

  private kill(reason: string): never {
    this.killedBy = reason;
    if (this.options.killKeepsWrites) this.flush();
    this.pending = [];
    throw new ExecutionKilled(reason);
  }
}
