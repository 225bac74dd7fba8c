// The one hourly clock trigger per user per document that does all due sending work.

/** The handler's name: an entry point of the bundle (src/server/main.ts). */
export const TICK_HANDLER = 'onScheduleTick';

function myTickTriggers(): GoogleAppsScript.Script.Trigger[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return ScriptApp.getUserTriggers(spreadsheet).filter((trigger) => trigger.getHandlerFunction() === TICK_HANDLER);
}

/**
 * Installs this user's hourly trigger unless it exists: an editor add-on may hold one clock
 * trigger per user per document, so asking first makes a second save converge instead of failing.
 */
export function ensureTickTrigger(): void {
  if (myTickTriggers().length > 0) return;
  ScriptApp.newTrigger(TICK_HANDLER).timeBased().everyHours(1).create();
}

/** Removes this user's trigger (a former owner's, after a co-teacher took the schedule over). */
export function removeMyTickTrigger(): void {
  for (const trigger of myTickTriggers()) ScriptApp.deleteTrigger(trigger);
}
