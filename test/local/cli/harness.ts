// Runs the CLI in-process against a temporary state file, capturing stdout, stderr and the exit code.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/local/cli/cli';
import { loadState, saveState } from '../../../src/local/runtime/persistence';
import type { WorkspaceState } from '../../../src/local/runtime/state';
import { TEST_NOW } from '../../helpers/runtime';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export function tempStatePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'rapport-cli-')), 'workspace.json');
}

/** `cli <args> --state <statePath>` with the virtual clock starting at TEST_NOW for a new workspace. */
export function cli(statePath: string, ...args: string[]): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli([...args, '--state', statePath], { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, now: () => TEST_NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Fails the test with stderr unless the command succeeded. */
export function cliOk(statePath: string, ...args: string[]): string {
  const run = cli(statePath, ...args);
  if (run.code !== 0) throw new Error(`cli ${args.join(' ')} exited ${run.code}: ${run.err}`);
  return run.out;
}

export function bytes(path: string): Buffer {
  return readFileSync(path);
}

/** Edits the saved workspace directly, e.g. to add a form or a trigger the add-on cannot create yet. */
export function editState(path: string, edit: (state: WorkspaceState) => void): void {
  const state = loadState(path);
  edit(state);
  saveState(path, state);
}

let demoTemplate: string | null = null;

/** A fresh copy of one `init --demo` workspace (made once per test file: seeding takes a few hundred ms). */
export function demoWorkspace(): string {
  if (!demoTemplate) {
    demoTemplate = tempStatePath();
    cliOk(demoTemplate, 'init', '--demo');
  }
  const path = tempStatePath();
  copyFileSync(demoTemplate, path);
  return path;
}
