// Apps Script's messages for the Spreadsheet service that carry details (the fixed ones are in runtime/errors.ts).

/** setValues with rows of the wrong length [C: APPS_SCRIPT_FACTS.md]. */
export function columnsMismatch(dataColumns: number, rangeColumns: number): string {
  return `The number of columns in the data does not match the number of columns in the range. The data has ${dataColumns} but the range has ${rangeColumns}.`;
}

/** setValues with the wrong number of rows [P: APPS_SCRIPT_FACTS.md]. */
export function rowsMismatch(dataRows: number, rangeRows: number): string {
  return `The number of rows in the data does not match the number of rows in the range. The data has ${dataRows} but the range has ${rangeRows}.`;
}

/** insertSheet or setName with a name already taken [C: APPS_SCRIPT_FACTS.md]. */
export function sheetExists(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

/** How Apps Script names a JavaScript argument's type in a signature message: '(String)', '(null)', '(number)' [C for these three]. */
const ARGUMENT_TYPE_NAMES: Record<string, string> = { string: 'String', number: 'number', boolean: 'Boolean', object: 'Object', undefined: 'undefined' };

/**
 * An argument of the wrong type, e.g. setValues('x'): `The parameters (String) don't match the
 * method signature for SpreadsheetApp.Range.setValues.` (quoted from scripts' error output, e.g.
 * for SpreadsheetApp.DataValidationBuilder.requireDate and SpreadsheetApp.Sheet.deleteRow) [C].
 */
export function signatureMismatch(value: unknown, method: string): string {
  const type = value === null ? 'null' : (ARGUMENT_TYPE_NAMES[typeof value] ?? typeof value);
  return `The parameters (${type}) don't match the method signature for ${method}.`;
}

/**
 * A call the execution's authorization does not allow, in Apps Script's format (seen for
 * SpreadsheetApp.openById and Ui.showSidebar from simple triggers, e.g. in
 * peterherrmann/BetterLog#21 and oshliaer/google-apps-script-snippets#18) [C format]; when any of
 * several scopes would do, they are listed as `(a || b)` (live output quoted in public scripts'
 * error logs) [C].
 */
export function noPermission(method: string, scopes: string | readonly string[]): string {
  const list = typeof scopes === 'string' ? [scopes] : scopes;
  const required = list.length === 1 ? list[0] : `(${list.join(' || ')})`;
  return `You do not have permission to call ${method}. Required permissions: ${required}`;
}

export const SPREADSHEET_MESSAGES = {
  /** getRange with zero columns: quoted as Apps Script output in public bug notes [P]. */
  zeroColumns: 'The number of columns in the range must be at least 1.',
  /** getUi from a trigger, which has no user interface [C: benlcollins/SheetSizer#1, davepar/gcalendarsync#93]. */
  noUi: 'Cannot call SpreadsheetApp.getUi() from this context.',
  /** deleteSheet on the only sheet: quoted as an 'Exception: ...' in public scripts' comments [P]. */
  lastSheet: "You can't remove all the sheets in a document.",
  /**
   * deleteRows that would leave no row below the frozen ones, quoted from live runs in public
   * scripts' comments [P]; the columns text is its twin [U].
   */
  allNonFrozenRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  allNonFrozenColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  /** openById with an id that names no spreadsheet: the text as recalled from scripts' reports, not found in a source [U]. */
  noSuchSpreadsheet: 'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
} as const;

/** Sheets' longest tab name: 100 characters [P: the Sheets UI refuses more]. */
export const MAX_SHEET_NAME_LENGTH = 100;

/**
 * Tab names are compared without regard to case, for lookup and for uniqueness: getSheetByName
 * ('students') finds 'Students', and a second tab differing only in case is refused (APPS_SCRIPT_FACTS.md,
 * Errors; socialpoint-labs/sheetfu PR #26) [P].
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** What is wrong with a new tab name, or null: empty, or longer than 100 characters [U text: 'Invalid argument: name']. */
export function badSheetName(name: string): string | null {
  return name.trim() === '' || name.length > MAX_SHEET_NAME_LENGTH ? 'Invalid argument: name' : null;
}
