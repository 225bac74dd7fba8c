// Test helper: the ways the local runtime can kill an execution at a given service call, for sweeps that kill at every call.
import type { RunOptions } from '../../src/local/runtime/runtime';

/**
 * Each entry makes one full sweep: a kill before or after the call took effect, with the
 * execution's buffered writes dropped or kept (the runtime's faults, src/local/runtime/faults.ts).
 */
export const KILL_OUTCOMES: { name: string; options: (call: number) => RunOptions }[] = [
  { name: 'a kill before the call, buffered writes discarded', options: (call) => ({ failAt: call }) },
  { name: 'a kill before the call, buffered writes kept', options: (call) => ({ failAt: call, killKeepsWrites: true }) },
  { name: 'a kill after the call took effect, buffered writes discarded', options: (call) => ({ failAfter: call }) },
  { name: 'a kill after the call took effect, buffered writes kept', options: (call) => ({ failAfter: call, killKeepsWrites: true }) },
];

/** How many service calls an execution made. */
export function callCount(calls: Record<string, number>): number {
  return Object.values(calls).reduce((sum, n) => sum + n, 0);
}
