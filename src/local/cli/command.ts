// What every CLI command is given and how it loads and saves the workspace.
import type { ExecutionRecord } from '../runtime/execution';
import type { LocalRuntime, RuntimeOptions } from '../runtime/runtime';
import { openWorkspace, saveWorkspace } from '../demo/workspace';
import { parseWholeNumber } from './args';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliEnvironment {
  io: CliIo;
  /** The real clock, for a new workspace's starting time. */
  now(): number;
  runtime?: RuntimeOptions;
}

export interface CommandInput {
  args: string[];
  options: ReadonlyMap<string, string | true>;
  statePath: string;
  env: CliEnvironment;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** The --options it accepts, besides --state and --help. */
  options: readonly string[];
  minArgs: number;
  maxArgs: number;
  /** True when it saves the workspace: it then runs holding the workspace's lock, so two writers never overlap. */
  writes: boolean;
  /** Returns the exit code. */
  run(input: CommandInput): number;
}

export function loadRuntime(input: CommandInput): LocalRuntime {
  return openWorkspace(input.statePath, input.env.runtime);
}

/** Called only after a command succeeded; the save is atomic, so the old file survives a crash. */
export function save(input: CommandInput, runtime: LocalRuntime): void {
  saveWorkspace(input.statePath, runtime.state);
}

export function printJson(input: CommandInput, value: unknown): void {
  input.env.io.out(JSON.stringify(value === undefined ? null : value, null, 2));
}

/** `--fail-at N`, 1-based, when given. */
export function failAtOption(input: CommandInput): number | undefined {
  const value = input.options.get('fail-at');
  return typeof value === 'string' ? parseWholeNumber(value, '--fail-at', 1) : undefined;
}

/**
 * A note on stderr when `--fail-at N` never fired (no execution ran, or the first one made fewer
 * than N service calls), so a sweep over call numbers knows it has passed the last call.
 */
export function noteUnusedFault(input: CommandInput, failAt: number | undefined, first: ExecutionRecord | undefined): void {
  if (failAt === undefined) return;
  if (!first) {
    input.env.io.err(`note: --fail-at ${failAt} did not fire: no execution ran.`);
    return;
  }
  const calls = Object.values(first.calls).reduce((sum, n) => sum + n, 0);
  if (first.outcome !== 'killed' && calls < failAt) input.env.io.err(`note: --fail-at ${failAt} did not fire: the execution made ${calls} service call${calls === 1 ? '' : 's'}.`);
}
