// The spreadsheet an action works on, with its time zone, today's date there, and how its locale orders dates.
import type { DateContext } from '../core/dates';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SpreadsheetContext {
  spreadsheet: Spreadsheet;
  timeZone: string;
  /** The moment the action started. */
  now: Date;
  dates: DateContext;
}

/** Locales that write 11/12/2026 month first; others are read day first. */
const MONTH_FIRST_LOCALES = /^en_(US|PH)$|^en$/;

/**
 * Opens the spreadsheet the add-on runs in. "Today" is computed in the spreadsheet's time zone
 * (getSpreadsheetTimeZone), not the script's: Google calls the difference a frequent source of
 * scripting bugs (APPS_SCRIPT_FACTS.md, "Time").
 */
export function openSpreadsheetContext(): SpreadsheetContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Rapport works inside a spreadsheet: open it from Extensions → Rapport in your class sheet.');
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = new Date();
  const today = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
  const order = MONTH_FIRST_LOCALES.test(spreadsheet.getSpreadsheetLocale()) ? 'MDY' : 'DMY';
  return { spreadsheet, timeZone, now, dates: { timeZone, today, order } };
}
