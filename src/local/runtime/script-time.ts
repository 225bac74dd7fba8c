// Script code's own running time, measured between service calls and added to the execution's virtual time.

export interface ScriptTimeOptions {
  /**
   * Virtual ms charged per ms of script code. Default 1: this machine is taken to run the bundle's
   * JavaScript as fast as Apps Script's servers do — an assumption [U]; raise it to model a slower
   * server, 0 to count no script time. Settable per runtime (`RuntimeOptions.scriptTime`), or for a
   * whole process with the environment variable RAPPORT_SCRIPT_TIME_FACTOR (the test suite sets 0).
   */
  factor?: number;
  /** A monotonic clock in ms (default: this process's CPU time, `processCpuMs`); tests inject a fake one to be deterministic. */
  meter?: () => number;
}

/** The factor when a runtime sets none: RAPPORT_SCRIPT_TIME_FACTOR when it is a number ≥ 0, else 1. */
export function defaultScriptTimeFactor(): number {
  const text = process.env.RAPPORT_SCRIPT_TIME_FACTOR?.trim();
  const set = text ? Number(text) : NaN;
  return Number.isFinite(set) && set >= 0 ? set : 1;
}

/**
 * CPU time this process has used, in ms. Apps Script counts wall time, but on its servers script
 * code's wall time is its computing time; here, wall time would also count the waits of a machine
 * shared with other programs (a loaded 2-core machine doubled it), so CPU time stands for it [U].
 */
export function processCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Apps Script's 6-minute limit is on the execution's wall time, script code included (quotas
 * page: "Script runtime 6 min / execution") [C], so a heavy in-memory merge can time out without a
 * single slow service call. The timer measures the CPU time script code takes — from the
 * start of the bundle's evaluation to its first service call, between a service's return and the
 * next call, and after the last — and charges it (times `factor`, in whole ms, the fractions
 * carried) to the execution's virtual clock, where the 6-minute limit applies. Time inside service
 * implementations is not charged here: their latency model already stands for it.
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
    this.factor = options.factor ?? defaultScriptTimeFactor();
    this.meter = options.meter ?? processCpuMs;
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
