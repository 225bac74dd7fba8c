// The local LockService: document, script and user locks that exclude overlapping executions.
import type { ServiceContext } from '../runtime/context';
import { appsScriptError, MESSAGES } from '../runtime/errors';

type Lock = GoogleAppsScript.Lock.Lock;

/** Apps Script's LockService, except that getDocumentLock is null outside a document. */
export interface LocalLockService {
  getDocumentLock(): Lock | null;
  getScriptLock(): Lock;
  getUserLock(): Lock;
}

/**
 * Three different locks, as in Apps Script: the document lock is per document, the script lock is
 * one for the whole script, and the user lock is per user. Rapport uses the document lock: in a
 * published add-on every user of every document runs the same script, so the script lock would
 * make a teacher's hourly tick wait for every other school's (PRODUCT.md, "Platform facts"), while
 * the document lock excludes exactly the executions that touch the same class sheet — the two
 * co-teachers' sidebars and the triggers of that sheet.
 *
 * getDocumentLock returns null when there is no document (LockService reference page: null "if
 * called from a standalone script or webapp"). A lock is only taken by tryLock or waitLock.
 */
export function createLockService(ctx: ServiceContext): LocalLockService {
  return {
    getDocumentLock() {
      ctx.exec.call('LockService.getDocumentLock');
      const documentId = ctx.state.activeSpreadsheetId;
      return documentId === null ? null : lockFor(ctx, `document:${documentId}`);
    },
    getScriptLock() {
      ctx.exec.call('LockService.getScriptLock');
      return lockFor(ctx, 'script');
    },
    getUserLock() {
      ctx.exec.call('LockService.getUserLock');
      return lockFor(ctx, `user:${ctx.user}`);
    },
  };
}

/**
 * A lock is held by an execution id in `ctx.runtime.locks`, and the runtime releases an
 * execution's locks when it ends. Every Lock object for the same key is the same lock: asking
 * again from the execution that holds it succeeds at once (Apps Script: re-acquiring a held lock
 * returns true).
 */
function lockFor(ctx: ServiceContext, key: string): Lock {
  const { locks } = ctx.runtime;
  const holder = () => locks.get(key);
  return {
    tryLock(timeoutInMillis) {
      ctx.exec.call('LockService.tryLock');
      return acquire(ctx, key, timeoutInMillis);
    },
    waitLock(timeoutInMillis) {
      ctx.exec.call('LockService.waitLock');
      if (!acquire(ctx, key, timeoutInMillis)) throw appsScriptError(MESSAGES.lockTimeout);
    },
    releaseLock() {
      ctx.exec.call('LockService.releaseLock');
      if (holder() !== ctx.exec.id) return;
      locks.delete(key);
      ctx.runtime.lockReleased(key);
    },
    hasLock() {
      ctx.exec.call('LockService.hasLock');
      return holder() === ctx.exec.id;
    },
  };
}

/**
 * A free lock (or one this execution holds) is taken at once. A lock another execution holds:
 * - when that execution is in progress below this one (overlap.ts interleaved this job into it),
 *   this job waits for the holder as Apps Script's waitLock does: a probe run stops here, and the
 *   runtime runs the job again once the lock is released (LocalRuntime.runOrWait, lockReleased);
 *   if the holder kept it past this wait's timeout, the rerun's attempt fails at once, as the
 *   wait would have timed out;
 * - otherwise nothing can release it during the wait (executions built by hand in tests): the
 *   waiter spends the whole timeout in virtual time (which can pass the 6-minute limit) and fails.
 * A zero timeout never waits.
 */
function acquire(ctx: ServiceContext, key: string, timeoutInMillis: number): boolean {
  const { runtime } = ctx;
  const holder = runtime.locks.get(key);
  const timeout = Math.max(0, Number(timeoutInMillis) || 0);
  if (runtime.expiredWaits.delete(key)) return false;
  if (holder === undefined || holder === ctx.exec.id) {
    runtime.locks.set(key, ctx.exec.id);
    return true;
  }
  if (runtime.probe && timeout > 0) {
    runtime.probe.blockedOn ??= { key, deadline: ctx.exec.now + timeout };
    ctx.exec.abort(`Waiting for the lock ${key}`);
  }
  ctx.exec.advance(timeout);
  return false;
}
