// Formats and validation set-up gives a Rapport column: plain text, date formats, lists and checkboxes.
import type { ColumnSpec } from '../core/schema';
import { FIRST_DATA_ROW } from '../core/table';
import type { Sheet } from './tabs';

/** '@' keeps student text exactly as written: no formulas, no numbers or dates guessed from text (APPS_SCRIPT_FACTS.md). */
const PLAIN_TEXT = '@';
const DATE_FORMAT = 'yyyy-mm-dd';
const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';

function validationFor(spec: ColumnSpec): GoogleAppsScript.Spreadsheet.DataValidation | null {
  switch (spec.kind) {
    case 'list':
      return SpreadsheetApp.newDataValidation().requireValueInList([...(spec.choices ?? [])], true).setAllowInvalid(false).build();
    case 'checkbox':
      return SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build();
    case 'date':
    case 'datetime':
      // Typed text is allowed (with a warning): Rapport reads "Nov 30" or "11/30/2026" itself.
      return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText('A date, e.g. 2026-11-30').build();
    default:
      return null;
  }
}

function formatFor(spec: ColumnSpec): string | null {
  if (spec.kind === 'text' || spec.kind === 'list') return PLAIN_TEXT;
  if (spec.kind === 'date') return DATE_FORMAT;
  if (spec.kind === 'datetime') return DATETIME_FORMAT;
  return null;
}

/** Formats and validates the data cells (row 2 to the sheet's last row) of a column set-up just added; `column` is 0-based. */
export function prepareColumn(sheet: Sheet, column: number, spec: ColumnSpec, maxRows: number): void {
  if (maxRows < FIRST_DATA_ROW) return;
  const cells = sheet.getRange(FIRST_DATA_ROW, column + 1, maxRows - FIRST_DATA_ROW + 1, 1);
  const format = formatFor(spec);
  if (format) cells.setNumberFormat(format);
  const validation = validationFor(spec);
  if (validation) cells.setDataValidation(validation);
}
