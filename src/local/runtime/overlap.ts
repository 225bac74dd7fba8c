// Overlapping executions: one job interleaved into another at a service-call boundary, deterministic and seedable.
import type { Job, LocalRuntime } from './runtime';

export interface OverlapOptions {
  /** 1-based: the second job starts just before the first's Nth service call. */
  atCall?: number;
  /** Picks atCall from the first's calls with a seeded generator, when atCall is not given. */
  seed?: number;
}

export interface OverlapResult<A, B> {
  first: A;
  second: B;
  /** The boundary the second job started at, or null when the first ended before reaching it (the second then ran after). */
  atCall: number | null;
  /** Service calls the first job's first execution makes when it runs alone (what a sweep over atCall covers). */
  callsAlone: number;
}

/** mulberry32: a small seeded generator, so a seed names one interleaving on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Service calls the first execution of `job` makes when it runs alone (on a fork: nothing changes). */
export function callsOfFirstExecution(runtime: LocalRuntime, job: Job): number {
  const fork = runtime.fork();
  const before = fork.state.executions.length;
  job(fork);
  const first = fork.state.executions[before];
  return first ? Object.values(first.calls).reduce((sum, n) => sum + n, 0) : 0;
}

/**
 * Runs `first`, and `second` as if it started while first's first execution was between two
 * service calls: Apps Script runs executions side by side, so a second form submission, or the
 * hourly tick, can start while a sidebar call holds the document lock. The runtime is
 * single-threaded, so the second job runs at that boundary inside the first (to its end, its time
 * left out of the first's 6-minute limit); when it asks for a lock the first holds, it waits for
 * the holder as waitLock does, and runs when the lock is released (LocalRuntime.runOrWait).
 *
 * Deterministic: the same state, atCall (or seed) and jobs give the same result. A sweep over
 * atCall from 1 to callsAlone covers every boundary; a seed picks one of them.
 * Not modelled: the second job's calls before a lock wait happen again after the release, at the
 * later time, rather than at their earlier moment.
 */
export function runOverlapping<A, B>(runtime: LocalRuntime, first: Job<A>, second: Job<B>, options: OverlapOptions = {}): OverlapResult<A, B> {
  const callsAlone = callsOfFirstExecution(runtime, first);
  const atCall = options.atCall ?? 1 + Math.floor(seededRandom(options.seed ?? 0)() * Math.max(1, callsAlone));
  let secondResult: { value: B } | null = null;
  const secondJob: Job = (target) => {
    const value = second(target);
    if (target === runtime) secondResult = { value };
    return value;
  };
  runtime.interleaving = { atCall, job: secondJob, claimed: false };
  let firstResult: A;
  try {
    firstResult = first(runtime);
  } finally {
    runtime.interleaving = null;
  }
  const overlapped = secondResult !== null;
  if (!secondResult) secondResult = { value: second(runtime) };
  return { first: firstResult, second: (secondResult as { value: B }).value, atCall: overlapped ? atCall : null, callsAlone };
}
