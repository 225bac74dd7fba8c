// What every CLI command is given and how it loads and saves the workspace.
import type { ExecutionRecord } from '../runtime/execution';
import type { LocalRuntime, RuntimeOptions } from '../runtime/runtime';
import { openWorkspace, saveWorkspace } from '../demo/workspace';
import { parseWholeNumber, UsageError } from './args';
import type { Fault } from '../runtime/faults';

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

/** The fault options call, advance and submit-form accept. */
export const FAULT_OPTIONS = ['fail-at', 'fail-after', 'kill-keeps-writes'] as const;
export const FAULT_USAGE = '[--fail-at N | --fail-after N] [--kill-keeps-writes]';

/** `--fail-at N` or `--fail-after N` (1-based, not both) and `--kill-keeps-writes`, as a Fault. */
export function faultOption(input: CommandInput): Fault {
  const number = (name: string) => {
    const value = input.options.get(name);
    return typeof value === 'string' ? parseWholeNumber(value, `--${name}`, 1) : undefined;
  };
  const failAt = number('fail-at');
  const failAfter = number('fail-after');
  if (failAt !== undefined && failAfter !== undefined) throw new UsageError('Give --fail-at or --fail-after, not both.');
  return {
    ...(failAt === undefined ? {} : { failAt }),
    ...(failAfter === undefined ? {} : { failAfter }),
    ...(input.options.has('kill-keeps-writes') ? { killKeepsWrites: true } : {}),
  };
}

/**
 * A note on stderr when `--fail-at N` or `--fail-after N` never fired (no execution ran, or the
 * first one made too few service calls), so a sweep over call numbers knows it has passed the last call.
 */
export function noteUnusedFault(input: CommandInput, fault: Fault, first: ExecutionRecord | undefined): void {
  const flag = fault.failAt !== undefined ? `--fail-at ${fault.failAt}` : fault.failAfter !== undefined ? `--fail-after ${fault.failAfter}` : null;
  if (flag === null) return;
  if (!first) {
    input.env.io.err(`note: ${flag} did not fire: no execution ran.`);
    return;
  }
  const calls = Object.values(first.calls).reduce((sum, n) => sum + n, 0);
  const needed = (fault.failAt ?? fault.failAfter) as number;
  if (first.outcome !== 'killed' && calls < needed) input.env.io.err(`note: ${flag} did not fire: the execution made ${calls} service call${calls === 1 ? '' : 's'}.`);
}
