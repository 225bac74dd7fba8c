// A form's response destination: the "Form Responses N" tab in a spreadsheet, its headers, and one row per response.
import { emptySheet, type FormState, type FormResponseState, type SheetState, type SpreadsheetState, type WorkspaceState } from '../runtime/state';
import { isQuestion } from './form-items';
import { lastColumn, readDisplayInRange, readRange, appendRowToSheet, writeCell, writeValues, findSpreadsheet } from './spreadsheet/state-access';

export const TIMESTAMP_HEADER = 'Timestamp';
export const EMAIL_HEADER = 'Email Address';
const RESPONSES_TAB_PREFIX = 'Form Responses ';

/** What a response row holds, as the form-submit event reports it. */
export interface ResponseRow {
  spreadsheetId: string;
  sheetId: number;
  /** 1-based row of the response. */
  row: number;
  /** The tab's header row. */
  headers: string[];
  /** The row's display text, one per header. */
  values: string[];
}

export function collectsEmail(form: FormState): boolean {
  return form.emailCollection !== 'DO_NOT_COLLECT';
}

/** One answer as a cell shows it: checkbox answers joined with ', ' as Forms writes them [P]. */
export function answerText(answer: string | string[] | undefined): string {
  if (answer === undefined) return '';
  return Array.isArray(answer) ? answer.join(', ') : answer;
}

/** The tab linked to the form: found by the link, so that the teacher may rename it. */
export function destinationSheet(state: WorkspaceState, form: FormState): { spreadsheet: SpreadsheetState; sheet: SheetState } | null {
  if (!form.destination) return null;
  const spreadsheet = findSpreadsheet(state, form.destination.spreadsheetId);
  const sheet = spreadsheet?.sheets.find((candidate) => candidate.formId === form.id);
  return spreadsheet && sheet ? { spreadsheet, sheet } : null;
}

/**
 * Models Form.setDestination(SPREADSHEET, id) [C]: a new tab named `Form Responses 1` (2, 3, ...
 * when taken) [P] is inserted first in the spreadsheet [U], with the header row Timestamp, Email
 * Address when the form collects addresses, then the question titles [P], frozen [U]. Linking the
 * spreadsheet the form already writes to keeps its tab [U]; a previous destination's tab stays,
 * unlinked.
 */
export function linkDestination(state: WorkspaceState, form: FormState, spreadsheet: SpreadsheetState): void {
  const current = destinationSheet(state, form);
  if (current && current.spreadsheet.id === spreadsheet.id) return;
  unlinkDestination(state, form);
  let n = 1;
  while (spreadsheet.sheets.some((sheet) => sheet.name === `${RESPONSES_TAB_PREFIX}${n}`)) n += 1;
  const sheetId = Math.max(0, ...spreadsheet.sheets.map((sheet) => sheet.sheetId)) + 1;
  const sheet = emptySheet(sheetId, `${RESPONSES_TAB_PREFIX}${n}`);
  sheet.formId = form.id;
  sheet.frozenRows = 1;
  const headers = [TIMESTAMP_HEADER, ...(collectsEmail(form) ? [EMAIL_HEADER] : []), ...form.items.filter(isQuestion).map((item) => item.title)];
  writeValues(sheet, 1, 1, [headers], spreadsheet.timeZone, spreadsheet.locale);
  spreadsheet.sheets.unshift(sheet);
  form.destination = { spreadsheetId: spreadsheet.id, sheetName: sheet.name };
}

/** Models Form.removeDestination [C]: the tab and its rows stay, no longer linked. */
export function unlinkDestination(state: WorkspaceState, form: FormState): void {
  const current = destinationSheet(state, form);
  if (current) delete current.sheet.formId;
  delete form.destination;
}

function headerRow(sheet: SheetState): string[] {
  const width = lastColumn(sheet);
  if (width === 0) return [];
  return readRange(sheet, { row: 1, column: 1, numRows: 1, numColumns: width })[0].map((value) => String(value));
}

/**
 * Appends a response to the destination tab, or returns null when the form has none. Columns are
 * found by header, so a question added after the link gets a new column at the end [P] and a
 * deleted one leaves its column, empty in later rows [U]. Values are written as if typed, as Forms
 * writes them: '00123' arrives as 123 and '+1 555' may become a formula [P].
 */
export function appendResponseRow(state: WorkspaceState, form: FormState, response: FormResponseState): ResponseRow | null {
  const target = destinationSheet(state, form);
  if (!target) return null;
  const { spreadsheet, sheet } = target;
  const headers = headerRow(sheet);
  const cells: unknown[] = [];
  const put = (header: string, value: unknown) => {
    let index = headers.indexOf(header);
    if (index < 0) {
      headers.push(header);
      index = headers.length - 1;
      writeCell(sheet, 1, index + 1, header, spreadsheet.timeZone, spreadsheet.locale);
    }
    cells[index] = value;
  };
  put(TIMESTAMP_HEADER, new Date(response.timestamp));
  if (collectsEmail(form)) put(EMAIL_HEADER, response.email);
  for (const item of form.items.filter(isQuestion)) put(item.title, answerText(response.answers[String(item.id)]));
  const padded = headers.map((_header, index) => cells[index] ?? '');
  const row = appendRowToSheet(sheet, padded, spreadsheet.timeZone, spreadsheet.locale);
  const values = readDisplayInRange(sheet, { row, column: 1, numRows: 1, numColumns: headers.length }, spreadsheet.timeZone, spreadsheet.locale)[0];
  return { spreadsheetId: spreadsheet.id, sheetId: sheet.sheetId, row, headers, values };
}
