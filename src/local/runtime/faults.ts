// Faults a test or the CLI injects into an execution, and the list a kill sweep walks through.

/**
 * A kill injected into an execution. `failAt: N` kills it at its Nth service call, before the call
 * takes effect; `failAfter: N` lets the Nth call take effect (the mail went out) and kills it right
 * after. `killKeepsWrites` picks what the kill does with buffered sheet writes: Apps Script does not
 * say whether a killed execution's cached writes are committed [U], so a sweep runs both.
 */
export interface Fault {
  failAt?: number;
  failAfter?: number;
  killKeepsWrites?: boolean;
}

/** Both readings of a kill: buffered writes dropped (the default) and kept. */
export const KILL_OUTCOMES: readonly Fault[] = [{ killKeepsWrites: false }, { killKeepsWrites: true }];

/**
 * Every fault a sweep over an execution of `calls` service calls should try: a kill before and
 * after each call, each with both kill outcomes (4 × calls faults).
 */
export function everyFault(calls: number): Fault[] {
  const faults: Fault[] = [];
  for (let n = 1; n <= calls; n += 1) {
    for (const outcome of KILL_OUTCOMES) faults.push({ failAt: n, ...outcome }, { failAfter: n, ...outcome });
  }
  return faults;
}

/** A fault in words, for test names and messages: "kill before call 3, writes dropped". */
export function describeFault(fault: Fault): string {
  const when = fault.failAt !== undefined ? `before call ${fault.failAt}` : `after call ${fault.failAfter}`;
  return `kill ${when}, writes ${fault.killKeepsWrites ? 'kept' : 'dropped'}`;
}
