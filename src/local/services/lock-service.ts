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
      if (holder() === ctx.exec.id) locks.delete(key);
    },
    hasLock() {
      ctx.exec.call('LockService.hasLock');
      return holder() === ctx.exec.id;
    },
  };
}

/**
 * The runtime is single-threaded, so while another execution holds the lock nothing can release
 * it during this one's wait: the waiter spends the whole timeout (in virtual time, which can
 * push it past the 6-minute limit) and fails.
 */
function acquire(ctx: ServiceContext, key: string, timeoutInMillis: number): boolean {
  const holder = ctx.runtime.locks.get(key);
  if (holder === undefined || holder === ctx.exec.id) {
    ctx.runtime.locks.set(key, ctx.exec.id);
    return true;
  }
  ctx.exec.advance(Math.max(0, Number(timeoutInMillis) || 0));
  return false;
}
