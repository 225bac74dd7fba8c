// Script code's own running time, measured between service calls and added to the execution's virtual time.
import { performance } from 'node:perf_hooks';

export interface ScriptTimeOptions {
  /**
   * Virtual ms charged per real ms of script code. Default 1: this machine is taken to run the
   * bundle's JavaScript as fast as Apps Script's servers do — an assumption [U]; raise it to model a
   * slower server, 0 to count no script time. Settable per runtime (`RuntimeOptions.scriptTime`).
   */
  factor?: number;
  /** A monotonic real clock in ms (default `performance.now`); tests inject a fake one to be deterministic. */
  meter?: () => number;
}

export const DEFAULT_SCRIPT_TIME_FACTOR = 1;

/**
 * Apps Script's 6-minute limit is on the execution's wall time, script code included (quotas
 * page: "Script runtime 6 min / execution") [C], so a heavy in-memory merge can time out without a
 * single slow service call. The timer measures real wall time while script code runs — from the
 * start of the bundle's evaluation to its first service call, between a service's return and the
 * next call, and after the last — and charges it (times `factor`, in whole ms, the fractions
 * carried) to the execution's virtual clock, where the 6-minute limit applies. Time inside service
 * implementations is not charged here: their latency model already stands for it. Wall time, as
 * Apps Script counts it, so a loaded machine charges more than an idle one.
 */
export class ScriptTimer {
  private readonly factor: number;
  private readonly meter: () => number;
  /** Nested service calls (a service calling a method of an object the script passed it): only the outermost one pauses the timer. */
  private depth = 0;
  private resumedAt = 0;
  private carriedMs = 0;

  constructor(
    private readonly charge: (ms: number) => void,
    options: ScriptTimeOptions = {},
  ) {
    this.factor = options.factor ?? DEFAULT_SCRIPT_TIME_FACTOR;
    this.meter = options.meter ?? (() => performance.now());
  }

  /** Script code starts running (the bundle is about to be evaluated). */
  start(): void {
    if (this.factor > 0) this.resumedAt = this.meter();
  }

  /** Script code calls a service: its running time since it last resumed is charged (which may end the execution). */
  enterService(): void {
    if (this.depth === 0) this.chargeSinceResumed();
    this.depth += 1;
  }

  /** A service returns to script code. */
  leaveService(): void {
    this.depth -= 1;
    if (this.depth === 0 && this.factor > 0) this.resumedAt = this.meter();
  }

  /** The entry point returned or threw: its last stretch is charged. */
  stop(): void {
    if (this.depth === 0) this.chargeSinceResumed();
  }

  private chargeSinceResumed(): void {
    if (this.factor <= 0) return;
    const now = this.meter();
    this.carriedMs += (now - this.resumedAt) * this.factor;
    this.resumedAt = now;
    const whole = Math.floor(this.carriedMs);
    this.carriedMs -= whole;
    if (whole > 0) this.charge(whole);
  }
}
