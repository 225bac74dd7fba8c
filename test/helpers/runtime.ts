// Test helper: a LocalRuntime over the built bundle (dist/) and a fresh in-memory workspace.
import { LocalRuntime, type RuntimeOptions } from '../../src/local/runtime/runtime';
import { emptyWorkspace } from '../../src/local/runtime/state';

/** Monday 2026-11-23 14:00 UTC (09:00 in New York): a fixed, realistic "now" for tests. */
export const TEST_NOW = Date.UTC(2026, 10, 23, 14, 0, 0);

export function newRuntime(options: RuntimeOptions & { now?: number } = {}): LocalRuntime {
  return new LocalRuntime(emptyWorkspace(options.now ?? TEST_NOW), options);
}

/** Runs an entry point and fails the test with the execution's message unless it succeeded. */
export function runOk<T = unknown>(runtime: LocalRuntime, entryPoint: string, ...args: unknown[]): T {
  const result = runtime.run(entryPoint, args);
  if (result.record.outcome !== 'ok') throw new Error(`${entryPoint} ended ${result.record.outcome}: ${result.error}`);
  return result.value as T;
}
