// Saves the workspace to a JSON file (temporary file, then rename) and loads it back identically.
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { emptyWorkspace, type WorkspaceState } from './state';

const DATE_TAG = '$date';
const STATE_VERSION = 1;
const REMEDY = 'Move it away, or replace it with: npm run --silent cli -- init --demo --force';

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

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/**
 * The top-level parts whose kind differs from a new workspace's (a number, an array, an object…),
 * so that a hand-edited or truncated-then-repaired file is refused by name instead of failing later
 * with a TypeError deep in a service. Optional parts (absent in older saves) may be missing.
 */
function damagedParts(state: Record<string, unknown>): string[] {
  const template = emptyWorkspace(0) as unknown as Record<string, unknown>;
  const optional = new Set(['triggerRuntime']);
  return Object.keys(template).flatMap((key) => {
    const value = state[key];
    if (optional.has(key) && value === undefined) return [];
    if (key === 'activeSpreadsheetId') return value === null || typeof value === 'string' ? [] : [key];
    if (kindOf(value) !== kindOf(template[key])) return [key];
    if (key === 'clock' && !Number.isFinite((value as { now?: unknown }).now)) return ['clock.now'];
    if (key === 'mail' && !Array.isArray((value as { outbox?: unknown }).outbox)) return ['mail.outbox'];
    return [];
  });
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
    const reason = (error as Error).message.replace(/\s+/g, ' ');
    throw new Error(`The state file ${source} is not valid JSON (${reason}). ${REMEDY}`, { cause: error });
  }
  const state = (kindOf(parsed) === 'object' ? parsed : {}) as Record<string, unknown>;
  // A workspace of any version has a numeric version, a clock and spreadsheets; a package.json has none of these.
  if (typeof state.version !== 'number' || !('clock' in state) || !('spreadsheets' in state)) {
    throw new Error(`The state file ${source} is not a Rapport workspace (version ${STATE_VERSION}). ${REMEDY}`);
  }
  if (state.version !== STATE_VERSION) {
    throw new Error(`The state file ${source} is a version ${JSON.stringify(state.version)} workspace; this Rapport reads version ${STATE_VERSION}. ${REMEDY}`);
  }
  const damaged = damagedParts(state);
  if (damaged.length > 0) {
    throw new Error(`The state file ${source} is damaged: ${damaged.join(', ')} missing or of the wrong kind. ${REMEDY}`);
  }
  return state as unknown as WorkspaceState;
}

/** The file's stats, or null when nothing is there. */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`Cannot reach the state file ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, { cause: error });
  }
}

function refuseFolder(path: string, stats: Stats | null): void {
  if (stats?.isDirectory()) throw new Error(`The state file ${path} is a folder, not a file: name a file such as ${path.replace(/\/+$/, '')}/workspace.json.`);
}

export function loadState(path: string): WorkspaceState {
  const stats = statOrNull(path);
  if (!stats) throw new Error(`No workspace at ${path}. Create one with: npm run --silent cli -- init --demo`);
  refuseFolder(path, stats);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the state file ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, { cause: error });
  }
  return deserializeState(text, path);
}

/**
 * Throws unless a save to `path` may go ahead: it must not be a folder, and an existing file must
 * have some write permission. Returns the existing file's stats (null when there is none).
 */
export function assertSavable(path: string): Stats | null {
  const existing = statOrNull(path);
  refuseFolder(path, existing);
  if (existing && (existing.mode & 0o222) === 0) throw new Error(`The state file ${path} is read-only, so nothing was saved. Make it writable (chmod u+w) or use another file.`);
  return existing;
}

/**
 * Writes atomically: a crash mid-write leaves the previous file intact. A file without any write
 * permission is refused rather than replaced (a rename would ignore its mode), and the new file
 * keeps the old one's permissions, so a workspace kept private (0600) stays private.
 */
export function saveState(path: string, state: WorkspaceState): void {
  const existing = assertSavable(path);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, serializeState(state));
    if (existing) chmodSync(temporary, existing.mode & 0o777);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was left behind to remove.
    }
    throw new Error(`Cannot save the state file ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the previous file is unchanged.`, { cause: error });
  }
}
