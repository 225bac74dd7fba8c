// Creating and opening the local workspace: one code path for `cli init [--demo]` and `npm start`.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadState, saveState } from '../runtime/persistence';
import { LocalRuntime, type RuntimeOptions } from '../runtime/runtime';
import { emptyWorkspace, type WorkspaceState } from '../runtime/state';
import { installEvent } from '../runtime/trigger-events';
import { boundSpreadsheet } from './by-header';
import { runOrThrow } from './run-or-throw';
import { seedDemoClass, type SeedReport } from './seed';
import { seedDemoSurvey } from './survey';

/** Ignored by git (.gitignore lists .rapport/). */
export const DEFAULT_STATE_PATH = '.rapport/workspace.json';

export interface NewWorkspaceOptions {
  /** The virtual clock's starting time, epoch ms. */
  now: number;
  demo: boolean;
  /** With `demo`: create the interest survey and pre-fill a few responses. */
  survey?: boolean;
  /** An IANA zone for both the spreadsheet and the script project (default DEFAULT_TIME_ZONE). */
  timeZone?: string;
  runtime?: RuntimeOptions;
}

/**
 * A fresh workspace with the add-on installed: onInstall runs as the teacher with
 * `{ authMode: FULL }`, the event Apps Script passes on install. With `demo`, the demo class is
 * seeded; with `survey` too, the survey is created and a few responses submitted.
 */
export function createWorkspace(options: NewWorkspaceOptions): { runtime: LocalRuntime; seeded: SeedReport | null } {
  const state = emptyWorkspace(options.now);
  if (options.timeZone) {
    state.user.scriptTimeZone = options.timeZone;
    boundSpreadsheet(state).timeZone = options.timeZone;
  }
  const runtime = new LocalRuntime(state, options.runtime);
  runOrThrow(runtime, 'onInstall', [installEvent()]);
  const seeded = options.demo ? seedDemoClass(runtime) : null;
  if (seeded && options.survey) seedDemoSurvey(runtime);
  return { runtime, seeded };
}

export function openWorkspace(path: string, options?: RuntimeOptions): LocalRuntime {
  return new LocalRuntime(loadState(path), options);
}

/** Creates the state file's folder if it is missing. */
export function ensureStateFolder(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new Error(`Cannot create the folder for the state file ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, { cause: error });
  }
}

/** Saves atomically, creating the state file's folder on first save. */
export function saveWorkspace(path: string, state: WorkspaceState): void {
  ensureStateFolder(path);
  saveState(path, state);
}
