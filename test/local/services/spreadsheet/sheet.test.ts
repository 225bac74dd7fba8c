// Sheet: ranges and their errors, last row and data range, appendRow, rows and columns, frozen rows, renaming.
import { MESSAGES } from '../../../../src/local/runtime/errors';
import { thrownBy } from '../../helpers/service-context';
import { newSpreadsheetFixture } from '../../helpers/spreadsheet';

describe('getRange errors', () => {
  const { sheet } = newSpreadsheetFixture();

  it('rejects a start before row or column 1, and negative sizes', () => {
    expect(thrownBy(() => sheet.getRange(0, 1)).message).toBe(MESSAGES.badCoordinates);
    expect(thrownBy(() => sheet.getRange(1, 0)).message).toBe(MESSAGES.badCoordinates);
    expect(thrownBy(() => sheet.getRange(1, 1, -1, 1)).message).toBe(MESSAGES.badCoordinates);
  });

  it('rejects zero rows (and zero columns) with their own messages', () => {
    expect(thrownBy(() => sheet.getRange(1, 1, 0, 1)).message).toBe(MESSAGES.zeroRows);
    expect(thrownBy(() => sheet.getRange(1, 1, 1, 0)).message).toBe('The number of columns in the range must be at least 1.');
  });

  it('rejects a rectangle reaching past the sheet', () => {
    expect(thrownBy(() => sheet.getRange(1001, 1)).message).toBe(MESSAGES.rangeOutside);
    expect(thrownBy(() => sheet.getRange(1, 20, 1, 10)).message).toBe(MESSAGES.rangeOutside);
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  it("answers 'Range not found' for bad A1 text, another tab's name, or cells past the sheet", () => {
    for (const bad of ['nonsense', 'A0', 'Other!A1', 'A1001']) expect(thrownBy(() => sheet.getRange(bad)).message).toBe(MESSAGES.rangeNotFound);
    expect(sheet.getRange('Sheet1!B2:C3').getA1Notation()).toBe('B2:C3');
  });
});

describe('range geometry', () => {
  it('reports its position and size, and its own last row', () => {
    const { sheet } = newSpreadsheetFixture();
    const range = sheet.getRange('B3:D7');
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([3, 2, 5, 3]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([7, 4]);
    expect(range.getSheet().getName()).toBe('Sheet1');
    expect(range.offset(1, 1).getA1Notation()).toBe('C4:E8');
    expect(range.getCell(2, 3).getA1Notation()).toBe('D4');
  });
});

describe('last row and data range', () => {
  it('gives 0 and A1 for an empty sheet', () => {
    const { sheet } = newSpreadsheetFixture();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
  });

  it('spans to the last row and column with content, formulas included', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('B2').setValue('x');
    sheet.getRange('D5').setValue('=B2');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D5');
  });
});

describe('appendRow', () => {
  it('writes after the last row with content, parsing strings as if typed', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1:C1').setValues([['Name', 'Id', 'Formula']]);
    sheet.appendRow(['Ada', '00123', '=1+1']);
    sheet.appendRow(['Grace', "'00124", '-A1']);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Name', 'Id', 'Formula'],
      ['Ada', 123, ''],
      ['Grace', '00124', ''],
    ]);
    expect(sheet.getRange('C2:C3').getFormulas()).toEqual([['=1+1'], ['=-A1']]);
  });

  it('grows the sheet when the row or its width is past the edge', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(Array.from({ length: 30 }, (_, i) => i));
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange(1001, 30).getValue()).toBe(29);
  });

  it('throws for a value over 50,000 characters', () => {
    const { sheet } = newSpreadsheetFixture();
    expect(thrownBy(() => sheet.appendRow(['x'.repeat(50_001)])).message).toBe(MESSAGES.cellTooLong);
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('rows and columns', () => {
  it('insertRowsAfter moves later rows down and grows the sheet', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['a'], [''], [''], ['b'], ['c']]);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it('insertColumnsAfter moves later columns right', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1:B1').setValues([['a', 'b']]);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['a', '', 'b']]);
    expect(sheet.getMaxColumns()).toBe(27);
  });

  it('deleteRow removes the row and moves later ones up', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.deleteRow(2);
    expect(sheet.getDataRange().getValues()).toEqual([['a'], ['c']]);
    expect(sheet.getMaxRows()).toBe(999);
    expect(thrownBy(() => sheet.deleteRow(1000)).message).toBe(MESSAGES.rangeOutside);
  });

  it('refuses to delete every row below the frozen ones', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.setFrozenRows(1);
    expect(thrownBy(() => sheet.deleteRows(2, 999)).message).toBe('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.deleteRows(2, 998);
    expect(sheet.getMaxRows()).toBe(2);
  });

  it('unfreezes a frozen row that is deleted', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.setFrozenRows(2);
    sheet.deleteRow(1);
    expect(sheet.getFrozenRows()).toBe(1);
  });

  it('commits buffered writes before rows move, so they land where the script aimed', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A2').setValue('written before the insert');
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange('A3').getValue()).toBe('written before the insert');
  });

  it('carries a plain-text column format into rows inserted at its end', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange(2, 1, 999, 1).setNumberFormat('@');
    sheet.insertRowsAfter(1000, 10);
    sheet.getRange(1005, 1).setValue('007');
    expect(sheet.getRange(1005, 1).getValue()).toBe('007');
  });
});

describe('frozen rows and columns', () => {
  it('records and reads them back', () => {
    const { sheet, state } = newSpreadsheetFixture();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect([state.frozenRows, state.frozenColumns]).toEqual([1, 2]);
  });
});

describe('names and ids', () => {
  it('renames a tab, following the selection, and refuses a taken name', () => {
    const { ss, sheet } = newSpreadsheetFixture();
    ss.insertSheet('Students');
    sheet.activate();
    sheet.setName('Roster');
    expect(ss.getActiveSheet().getName()).toBe('Roster');
    expect(thrownBy(() => sheet.setName('Students')).message).toBe('A sheet with the name "Students" already exists. Please enter another name.');
    expect([sheet.getSheetId(), sheet.getIndex()]).toEqual([0, 1]);
  });
});

describe('Sheet.clear', () => {
  it('empties the tab and its formats but keeps its size', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1').setNumberFormat('@');
    sheet.getRange('A1:B2').setValue('x');
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    expect(sheet.getMaxRows()).toBe(1000);
  });
});

describe('hiding a tab', () => {
  it('hides and shows it again, keeping its content', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1').setValue('kept');
    expect(sheet.isSheetHidden()).toBe(false);
    expect(sheet.hideSheet().isSheetHidden()).toBe(true);
    expect(sheet.getRange('A1').getValue()).toBe('kept');
    expect(sheet.showSheet().isSheetHidden()).toBe(false);
  });
});
