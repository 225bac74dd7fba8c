// LockService: document, script and user locks that really exclude overlapping executions.
import { ExecutionKilled, MESSAGES } from '../../../src/local/runtime/errors';
import { latencyFor } from '../../../src/local/runtime/latency';
import type { LocalRuntime } from '../../../src/local/runtime/runtime';
import { createLockService } from '../../../src/local/services/lock-service';
import { runtimeWithBundle } from '../helpers/bundle';
import { anotherExecution, elapsed, executionOn, newServiceContext, thrownBy } from '../helpers/service-context';

describe('LockService', () => {
  it('tryLock takes a free lock; hasLock and re-acquiring from the same execution say true', () => {
    const a = newServiceContext();
    const lock = createLockService(a).getDocumentLock()!;
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(lock.tryLock(1000)).toBe(true);
    expect(createLockService(a).getDocumentLock()!.hasLock()).toBe(true);
  });

  it('makes another execution asking for a held lock wait out its timeout and fail', () => {
    const a = newServiceContext();
    const b = anotherExecution(a);
    createLockService(a).getDocumentLock()!.tryLock(0);
    const lockB = createLockService(b).getDocumentLock()!;
    let acquired = true;
    const waited = elapsed(b, () => (acquired = lockB.tryLock(5000)));
    expect(acquired).toBe(false);
    expect(waited).toBe(5000 + latencyFor('LockService.tryLock', b.runtime.latency));
    expect(lockB.hasLock()).toBe(false);
    expect(createLockService(a).getDocumentLock()!.hasLock()).toBe(true);
  });

  it('waitLock throws Apps Script\'s lock timeout message when the lock stays held', () => {
    const a = newServiceContext();
    const b = anotherExecution(a);
    createLockService(a).getDocumentLock()!.waitLock(0);
    const error = thrownBy(() => createLockService(b).getDocumentLock()!.waitLock(3000));
    expect(error).toMatchObject({ name: 'Exception', message: MESSAGES.lockTimeout });
    expect(MESSAGES.lockTimeout).toBe('Lock timeout: another process was holding the lock for too long.');
  });

  it('releaseLock frees the lock for the next execution; releasing someone else\'s lock does nothing', () => {
    const a = newServiceContext();
    const b = anotherExecution(a);
    const lockA = createLockService(a).getDocumentLock()!;
    const lockB = createLockService(b).getDocumentLock()!;
    lockA.tryLock(0);
    lockB.releaseLock();
    expect(lockA.hasLock()).toBe(true);
    lockA.releaseLock();
    expect(lockA.hasLock()).toBe(false);
    expect(lockB.tryLock(0)).toBe(true);
  });

  it('keeps the document lock and the script lock apart', () => {
    const a = newServiceContext();
    const b = anotherExecution(a);
    createLockService(a).getDocumentLock()!.tryLock(0);
    expect(createLockService(b).getScriptLock().tryLock(0)).toBe(true);
    expect(createLockService(a).getScriptLock().tryLock(0)).toBe(false);
    expect(createLockService(b).getDocumentLock()!.tryLock(0)).toBe(false);
  });

  it('gives each document its own document lock', () => {
    const a = newServiceContext();
    const b = anotherExecution(a);
    createLockService(a).getDocumentLock()!.tryLock(0);
    b.state.activeSpreadsheetId = 'sheet-2';
    expect(createLockService(b).getDocumentLock()!.tryLock(0)).toBe(true);
  });

  it('gives each user their own user lock', () => {
    const teacher = newServiceContext({ user: 'teacher@example.edu' });
    const coTeacher = anotherExecution(teacher, 'co@example.edu');
    const teacherAgain = anotherExecution(teacher, 'teacher@example.edu');
    expect(createLockService(teacher).getUserLock().tryLock(0)).toBe(true);
    expect(createLockService(coTeacher).getUserLock().tryLock(0)).toBe(true);
    expect(createLockService(teacherAgain).getUserLock().tryLock(0)).toBe(false);
  });

  it('has no document lock outside a document', () => {
    const ctx = newServiceContext();
    ctx.state.activeSpreadsheetId = null;
    expect(createLockService(ctx).getDocumentLock()).toBeNull();
  });

  it('a wait that outlasts the 6-minute limit kills the waiting execution', () => {
    const a = newServiceContext();
    const b = anotherExecution(a);
    createLockService(a).getDocumentLock()!.tryLock(0);
    const lockB = createLockService(b).getDocumentLock()!;
    expect(() => lockB.tryLock(7 * 60 * 1000)).toThrow(ExecutionKilled);
    expect(b.exec.killed).toBe(MESSAGES.timeLimit);
  });

  it('counts calls by method name', () => {
    const ctx = newServiceContext();
    const lock = createLockService(ctx).getDocumentLock()!;
    lock.tryLock(0);
    lock.releaseLock();
    expect(ctx.exec.calls).toMatchObject({ 'LockService.getDocumentLock': 1, 'LockService.tryLock': 1, 'LockService.releaseLock': 1 });
  });
});

describe('LockService through the runtime', () => {
  /** A tiny bundle: one entry point that tries the document lock for a second and reports the outcome. */
  function runtimeWithLockBundle(): LocalRuntime {
    return runtimeWithBundle('function tryDocumentLock() { return LockService.getDocumentLock().tryLock(1000); }\n');
  }

  it('releases an execution\'s locks when it ends, so the next execution gets the lock', () => {
    const runtime = runtimeWithLockBundle();
    expect(runtime.run('tryDocumentLock').value).toBe(true);
    expect(runtime.run('tryDocumentLock').value).toBe(true);
    expect(runtime.locks.size).toBe(0);
  });

  it('excludes an execution that starts while another one holds the document lock', () => {
    const runtime = runtimeWithLockBundle();
    const holder = executionOn(runtime);
    createLockService(holder).getDocumentLock()!.tryLock(0);

    const blocked = runtime.run('tryDocumentLock');
    expect(blocked.value).toBe(false);
    expect(Date.parse(blocked.record.endedAt) - Date.parse(blocked.record.startedAt)).toBeGreaterThanOrEqual(1000);

    createLockService(holder).getDocumentLock()!.releaseLock();
    expect(runtime.run('tryDocumentLock').value).toBe(true);
  });
});
