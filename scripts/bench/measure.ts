// The benchmark's shared measures: what an execution cost (service calls by method and by service, simulated Apps Script time) and the median of repeated timings.
import type { ExecutionRecord } from '../../src/local/runtime/execution';
import type { RunResult } from '../../src/local/runtime/runtime';

export interface Cost {
  calls: number;
  byService: Record<string, number>;
  /** Virtual time the runtime's latency model charged (src/local/runtime/latency.ts). */
  simulatedMs: number;
}

/** The summed cost of some executions. */
export function costOf(records: readonly ExecutionRecord[]): Cost {
  const byService: Record<string, number> = {};
  let calls = 0;
  let simulatedMs = 0;
  for (const record of records) {
    for (const [method, count] of Object.entries(record.calls)) {
      const service = method.split('.')[0];
      byService[service] = (byService[service] ?? 0) + count;
      calls += count;
    }
    simulatedMs += Date.parse(record.endedAt) - Date.parse(record.startedAt);
  }
  return { calls, byService, simulatedMs };
}

/** The run's record, or an error naming the entry point when it did not end ok. */
export function succeeded(result: RunResult): ExecutionRecord {
  if (result.record.outcome !== 'ok') throw new Error(`${result.record.entryPoint}: ${result.error}`);
  return result.record;
}

/** Runs `work` `times` times; the median of its wall times, in ms, and its last result. */
export function medianTimed<T>(times: number, work: () => T): { ms: number; value: T } {
  const durations: number[] = [];
  let value!: T;
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    value = work();
    durations.push(performance.now() - started);
  }
  return { ms: durations.sort((a, b) => a - b)[Math.floor(times / 2)], value };
}
