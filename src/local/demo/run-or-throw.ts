// Runs an entry point for set-up work, where anything but success must stop the caller.
import type { LocalRuntime, RunOptions, RunResult } from '../runtime/runtime';

export function runOrThrow(runtime: LocalRuntime, entryPoint: string, args: unknown[] = [], options: RunOptions = {}): RunResult {
  const result = runtime.run(entryPoint, args, options);
  if (result.record.outcome !== 'ok') throw new Error(`${entryPoint} ended ${result.record.outcome}: ${result.error}`);
  return result;
}
