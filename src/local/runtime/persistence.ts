// Saves the workspace to a JSON file (temporary file, then rename) and loads it back identically.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { WorkspaceState } from './state';

const DATE_TAG = '$date';

/** Dates inside cells are tagged so they load back as Dates, not strings. */
export function serializeState(state: WorkspaceState): string {
  return JSON.stringify(
    state,
    function replacer(this: Record<string, unknown>, key: string, value: unknown) {
      const original = this[key];
      return original instanceof Date ? { [DATE_TAG]: original.getTime() } : value;
    },
    1,
  );
}

export function deserializeState(text: string, source: string): WorkspaceState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value);
        if (keys.length === 1 && keys[0] === DATE_TAG) return new Date((value as Record<string, number>)[DATE_TAG]);
      }
      return value;
    });
  } catch (error) {
    throw new Error(`The state file ${source} is not valid JSON (${(error as Error).message}). Move it away or run init.`, { cause: error });
  }
  const state = parsed as Partial<WorkspaceState> | null;
  if (!state || typeof state !== 'object' || state.version !== 1 || !state.clock || !state.spreadsheets) {
    throw new Error(`The state file ${source} is not a Rapport workspace (version 1). Move it away or run init.`);
  }
  return state as WorkspaceState;
}

export function loadState(path: string): WorkspaceState {
  if (!existsSync(path)) throw new Error(`No workspace at ${path}. Create one with: npm run --silent cli -- init --demo`);
  return deserializeState(readFileSync(path, 'utf8'), path);
}

/** Writes atomically: a crash mid-write leaves the previous file intact. */
export function saveState(path: string, state: WorkspaceState): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, serializeState(state));
  renameSync(temporary, path);
}
