// Formats and validation set-up gives a Rapport column: plain text, date formats, lists and checkboxes.
import type { ColumnSpec } from '../core/schema';
import { formatFor } from '../core/setup-marks';
import { FIRST_DATA_ROW } from '../core/table';
import type { Sheet } from './tabs';

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

/** Which of a column's two marks to set; a new column gets both, a repaired one only what it lacks. */
export interface ColumnMarks {
  format: boolean;
  validation: boolean;
}

const BOTH: ColumnMarks = { format: true, validation: true };

/** Formats and validates the data cells (row 2 to the sheet's last row) of a Rapport column; `column` is 0-based. */
export function prepareColumn(sheet: Sheet, column: number, spec: ColumnSpec, maxRows: number, marks: ColumnMarks = BOTH): void {
  if (maxRows < FIRST_DATA_ROW) return;
  const cells = sheet.getRange(FIRST_DATA_ROW, column + 1, maxRows - FIRST_DATA_ROW + 1, 1);
  const format = marks.format && formatFor(spec.kind);
  if (format) cells.setNumberFormat(format);
  const validation = marks.validation && validationFor(spec);
  if (validation) cells.setDataValidation(validation);
}
