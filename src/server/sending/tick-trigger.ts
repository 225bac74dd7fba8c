// The one hourly clock trigger per user per document that does all due sending work.

/** The handler's name: an entry point of the bundle (src/server/main.ts). */
export const TICK_HANDLER = 'onScheduleTick';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `spreadsheet`: the caller's open spreadsheet (each lookup is a service call). */
function myTickTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(spreadsheet).filter((trigger) => trigger.getHandlerFunction() === TICK_HANDLER);
}

/**
 * Installs this user's hourly trigger unless it exists: an editor add-on may hold one clock
 * trigger per user per document, so asking first makes a second save converge instead of failing.
 */
export function ensureTickTrigger(spreadsheet: Spreadsheet): void {
  if (myTickTriggers(spreadsheet).length > 0) return;
  ScriptApp.newTrigger(TICK_HANDLER).timeBased().everyHours(1).create();
}

/** Removes this user's trigger (a former owner's, after a co-teacher took the schedule over). */
export function removeMyTickTrigger(spreadsheet: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): void {
  for (const trigger of myTickTriggers(spreadsheet)) ScriptApp.deleteTrigger(trigger);
}
