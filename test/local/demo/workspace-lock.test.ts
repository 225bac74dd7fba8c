// The workspace lock: one writer at a time, a long-lived holder refused at once, a dead holder's lock taken over.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireWorkspaceLock, lockPathOf, withWorkspaceLock } from '../../../src/local/demo/workspace-lock';

function statePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'rapport-lock-')), 'workspace.json');
}

describe('workspace lock', () => {
  test('held while the work runs, and gone after it, even when the work throws', () => {
    const path = statePath();
    expect(withWorkspaceLock(path, { holder: 'cli quota' }, () => JSON.parse(readFileSync(lockPathOf(path), 'utf8')) as unknown)).toMatchObject({
      pid: process.pid,
      holder: 'cli quota',
    });
    expect(existsSync(lockPathOf(path))).toBe(false);
    expect(() =>
      withWorkspaceLock(path, { holder: 'cli call' }, () => {
        throw new Error('the work failed');
      }),
    ).toThrow('the work failed');
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  test('a second writer waits, then gives up naming the holder and the lock file', () => {
    const path = statePath();
    const release = acquireWorkspaceLock(path, { holder: 'cli advance' });
    const started = Date.now();
    expect(() => acquireWorkspaceLock(path, { holder: 'cli quota', waitMs: 200 })).toThrow(
      `The workspace ${path} is in use by cli advance (pid ${process.pid}): try again when it has finished. If no such process is running, delete ${path}.lock.`,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    release();
    acquireWorkspaceLock(path, { holder: 'cli quota', waitMs: 0 })();
  });

  test('a long-lived holder (npm start) is not waited for', () => {
    const path = statePath();
    const release = acquireWorkspaceLock(path, { holder: 'npm start', longLived: true });
    const started = Date.now();
    expect(() => acquireWorkspaceLock(path, { holder: 'cli quota', waitMs: 5000 })).toThrow(/is in use by npm start \(pid \d+\): stop it first \(Ctrl-C\), or use another state file\./);
    expect(Date.now() - started).toBeLessThan(1000);
    release();
  });

  test("a lock left by a process that has exited is taken over; releasing never removes another's lock", () => {
    const path = statePath();
    const exited = spawnSync(process.execPath, ['-e', '']).pid as number;
    writeFileSync(lockPathOf(path), JSON.stringify({ pid: exited, holder: 'cli call', token: 'old', longLived: false }));
    const release = acquireWorkspaceLock(path, { holder: 'cli quota', waitMs: 0 });
    const taken = JSON.parse(readFileSync(lockPathOf(path), 'utf8')) as { pid: number; token: string };
    expect(taken.pid).toBe(process.pid);
    writeFileSync(lockPathOf(path), JSON.stringify({ ...taken, token: 'someone else' }));
    release();
    expect(existsSync(lockPathOf(path))).toBe(true);
  });

  test('without the state file\'s folder there is nothing to lock', () => {
    const path = join(statePath(), 'missing-folder', 'workspace.json');
    expect(() => withWorkspaceLock(path, { holder: 'cli init' }, () => undefined)).not.toThrow();
  });
});
