// The spreadsheet's one form-submit trigger: installed when a survey is created, never a second.

/** The entry point the trigger runs (src/server/main.ts). */
export const SUBMIT_HANDLER = 'onSurveySubmit';

/**
 * An add-on may hold one trigger of each type per user per document (PRODUCT.md, "Platform
 * facts"), so one trigger serves every survey. If this user already has a form-submit trigger on
 * the spreadsheet it is kept when it runs our handler and replaced otherwise (an older version's
 * handler name); creating surveys again, or after a kill, converges on exactly one.
 */
export function ensureSubmitTrigger(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const existing = ScriptApp.getUserTriggers(spreadsheet).filter((t) => t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT);
  if (existing.some((t) => t.getHandlerFunction() === SUBMIT_HANDLER)) return;
  for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
  ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(spreadsheet).onFormSubmit().create();
}
