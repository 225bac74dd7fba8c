// Test helper: the ways the local runtime can kill an execution at a given service call, for sweeps that kill at every call.
import type { RunOptions } from '../../src/local/runtime/runtime';

/**
 * Each entry makes one full sweep. Today the runtime discards a killed execution's buffered
 * writes; its second outcome (buffered writes kept) joins this list as one more entry.
 */
export const KILL_OUTCOMES: { name: string; options: (call: number) => RunOptions }[] = [{ name: 'buffered writes discarded', options: (call) => ({ failAt: call }) }];

/** How many service calls an execution made. */
export function callCount(calls: Record<string, number>): number {
  return Object.values(calls).reduce((sum, n) => sum + n, 0);
}
