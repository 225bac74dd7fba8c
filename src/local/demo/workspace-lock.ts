// One writer at a time per workspace file: a lock file beside it, held from load to save (by npm start, while it runs).
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

export interface LockOptions {
  /** Who holds it, for the message another process shows: `cli quota`, `npm start`. */
  holder: string;
  /** How long to wait for another holder to finish before giving up (default 10 s). */
  waitMs?: number;
  /** A holder that keeps the lock as long as it runs (npm start): nobody waits for it. */
  longLived?: boolean;
}

interface LockRecord {
  pid: number;
  holder: string;
  token: string;
  longLived: boolean;
}

const DEFAULT_WAIT_MS = 10_000;
const POLL_MS = 25;

export function lockPathOf(statePath: string): string {
  return `${statePath}.lock`;
}

/** The lock's record; null when the file is gone; a nameless record while its creator is still writing it. */
function readRecord(path: string): LockRecord | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    return JSON.parse(text) as LockRecord;
  } catch {
    return { pid: 0, holder: 'another process', token: '', longLived: false };
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Removes the lock only if it is still the one described by `token` (another process may have taken it since). */
function removeIfHeldBy(path: string, token: string): void {
  if (readRecord(path)?.token !== token) return;
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function inUse(statePath: string, record: LockRecord): Error {
  const who = record.pid ? `${record.holder} (pid ${record.pid})` : record.holder;
  const advice = record.longLived ? 'stop it first (Ctrl-C), or use another state file' : 'try again when it has finished';
  return new Error(`The workspace ${statePath} is in use by ${who}: ${advice}. If no such process is running, delete ${lockPathOf(statePath)}.`);
}

/**
 * Takes the workspace's lock, waiting for a short-lived holder to finish; returns the function that
 * releases it. A lock left by a process that no longer runs is taken over. Without the state file's
 * folder there is nothing to protect yet (init creates it), so nothing is locked.
 */
export function acquireWorkspaceLock(statePath: string, options: LockOptions): () => void {
  const path = lockPathOf(statePath);
  const mine: LockRecord = { pid: process.pid, holder: options.holder, token: randomUUID(), longLived: options.longLived ?? false };
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS);
  for (;;) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return () => undefined;
      if (code !== 'EEXIST') throw new Error(`Cannot lock the workspace ${statePath}: cannot create ${path} (${code ?? String(error)}).`, { cause: error });
      const other = readRecord(path);
      if (!other) continue;
      if (other.pid && !isRunning(other.pid)) {
        removeIfHeldBy(path, other.token);
        continue;
      }
      if (other.longLived || Date.now() >= deadline) throw inUse(statePath, other);
      pause(POLL_MS);
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(mine));
    } finally {
      closeSync(fd);
    }
    return () => removeIfHeldBy(path, mine.token);
  }
}

/** Runs `work` holding the workspace's lock. */
export function withWorkspaceLock<T>(statePath: string, options: LockOptions, work: () => T): T {
  const release = acquireWorkspaceLock(statePath, options);
  try {
    return work();
  } finally {
    release();
  }
}
