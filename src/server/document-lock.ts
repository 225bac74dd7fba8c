// Runs a change under the document lock, so two co-teachers' sidebars and the hourly tick never write at once.

/** How long an action waits for another to finish before telling the teacher to retry. */
const WAIT_MS = 10_000;

const BUSY_MESSAGE = 'Another Rapport action (perhaps your co-teacher’s) is saving right now. Try again in a few seconds.';

/**
 * The document lock, not the script lock: in a published add-on the script lock is shared by every
 * user of every document (PRODUCT.md, "Platform facts"). Buffered writes are flushed before the
 * lock is released, so the next holder reads them. Called while the lock is already held (a step
 * that saves settings inside a larger locked action), it runs the action inside that hold: one
 * release would otherwise free the lock under the outer action. A trigger, which no one is
 * waiting on, may pass a longer `waitMs`.
 */
export function withDocumentLock<T>(action: () => T, waitMs = WAIT_MS): T {
  const lock = LockService.getDocumentLock();
  if (lock?.hasLock()) return action();
  if (!lock || !lock.tryLock(waitMs)) throw new Error(BUSY_MESSAGE);
  try {
    return action();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/** Like withDocumentLock, but skips the action (returning false) instead of waiting when the lock is taken. */
export function ifDocumentUnlocked(action: () => void): boolean {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(0)) return false;
  try {
    action();
    return true;
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
