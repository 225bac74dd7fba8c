// The plain functions other local code (CLI, local page, forms, demo) uses on spreadsheet state, outside an execution.
import { emptySheet, emptyWorkspace } from '../../../../src/local/runtime/state';
import {
  appendRowToSheet,
  findSheet,
  lastColumn,
  lastRow,
  readDisplayValues,
  readFormulas,
  readValues,
  writeCell,
  writeValues,
} from '../../../../src/local/services/spreadsheet/state-access';
import { setNumberFormat } from '../../../../src/local/services/spreadsheet/number-formats';
import { MESSAGES } from '../../../../src/local/runtime/errors';
import { thrownBy } from '../../helpers/service-context';

const NY = 'America/New_York';

describe('findSheet', () => {
  it('finds a tab by name in any case in a spreadsheet of the workspace, as Sheets does', () => {
    const state = emptyWorkspace(0);
    expect(findSheet(state, 'sheet-1', 'Sheet1')?.name).toBe('Sheet1');
    expect(findSheet(state, 'sheet-1', 'sheet1')?.name).toBe('Sheet1');
    expect(findSheet(state, 'sheet-1', 'Sheet2')).toBeNull();
    expect(findSheet(state, 'nope', 'Sheet1')).toBeNull();
  });
});

describe('reading a tab', () => {
  it('gives [] for an empty tab and the data rectangle otherwise', () => {
    const sheet = emptySheet(0, 'Students');
    expect(readValues(sheet)).toEqual([]);
    writeValues(sheet, 1, 1, [['Name', 'Born'], ['Ada', '1815-12-10']], NY);
    writeCell(sheet, 3, 3, '=B2', NY);
    expect([lastRow(sheet), lastColumn(sheet)]).toEqual([3, 3]);
    expect(readValues(sheet)).toEqual([
      ['Name', 'Born', ''],
      ['Ada', new Date('1815-12-10T04:56:02Z'), ''],
      ['', '', ''],
    ]);
    expect(readFormulas(sheet)).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', '', '=B2'],
    ]);
    expect(readDisplayValues(sheet, NY)[1]).toEqual(['Ada', '12/10/1815', '']);
  });
});

describe('appendRowToSheet', () => {
  it('appends after the last row, parses as if typed, honours plain-text cells and returns the row', () => {
    const sheet = emptySheet(0, 'Responses');
    writeValues(sheet, 1, 1, [['Email', 'Answer', 'Zip']], NY);
    setNumberFormat(sheet, { row: 2, column: 3, numRows: 999, numColumns: 1 }, '@');
    expect(appendRowToSheet(sheet, ['a@example.edu', '=IMPORTXML("x")', '02134'], NY)).toBe(2);
    expect(appendRowToSheet(sheet, ['b@example.edu', "'=not a formula", '02139'], NY)).toBe(3);
    expect(readValues(sheet).slice(1)).toEqual([
      ['a@example.edu', '', '02134'],
      ['b@example.edu', '=not a formula', '02139'],
    ]);
    expect(readFormulas(sheet)[1][1]).toBe('=IMPORTXML("x")');
  });

  it('refuses a value over 50,000 characters before writing anything', () => {
    const sheet = emptySheet(0, 'Responses');
    expect(thrownBy(() => appendRowToSheet(sheet, ['ok', 'x'.repeat(50_001)], NY)).message).toBe(MESSAGES.cellTooLong);
    expect(lastRow(sheet)).toBe(0);
  });
});
