// One Apps Script execution: virtual time, the 6-minute limit, per-method call counts, fault injection, write buffer.
import { ExecutionKilled, MESSAGES } from './errors';
import { latencyFor } from './latency';

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
  /** 1-based: the Nth service call of this execution throws, as a kill would. */
  failAt?: number;
  limitMs?: number;
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
 * A kill is final: later calls throw again, so a script's catch block cannot carry on as if alive.
 *
 * Spreadsheet writes are buffered with `defer()` and committed by `flush()`: Apps Script caches
 * writes and commits them on a read, on SpreadsheetApp.flush() and at the end of the execution
 * (Google's 2010 performance post). Whether a killed execution's cached writes survive is not
 * known, so a kill discards them: the worst case, which crash-safety must survive.
 */
export class Execution {
  readonly calls: Record<string, number> = {};
  readonly startedAt: number;
  private callCount = 0;
  private pending: Array<() => void> = [];
  private killedBy: string | null = null;
  private readonly limitMs: number;

  constructor(
    readonly id: number,
    private readonly options: ExecutionOptions,
  ) {
    this.startedAt = options.clock.now;
    this.limitMs = options.limitMs ?? EXECUTION_LIMIT_MS;
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
    this.callCount += 1;
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    if (this.options.failAt === this.callCount) {
      this.kill(`Injected fault at service call ${this.callCount} (${method})`);
    }
    this.advance(latencyFor(method, this.options.latency));
  }

  /** Moves virtual time forward within this execution (latency, Utilities.sleep, lock waits). */
  advance(ms: number): void {
    if (this.killedBy) throw new ExecutionKilled(this.killedBy);
    this.options.clock.now += ms;
    if (this.options.clock.now - this.startedAt > this.limitMs) this.kill(MESSAGES.timeLimit);
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

  private kill(reason: string): never {
    this.killedBy = reason;
    this.pending = [];
    throw new ExecutionKilled(reason);
  }
}
