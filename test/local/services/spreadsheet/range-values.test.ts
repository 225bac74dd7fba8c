// Range reads and writes: shapes, types, typed-input parsing, formulas, display text, and the write buffer.
import { ExecutionKilled, MESSAGES } from '../../../../src/local/runtime/errors';
import { thrownBy } from '../../helpers/service-context';
import { newSpreadsheetFixture, nextExecution } from '../../helpers/spreadsheet';

describe('getValues', () => {
  it('returns the full rectangle with empty cells as the empty string', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('B2').setValue('x');
    expect(sheet.getRange(1, 1, 3, 3).getValues()).toEqual([
      ['', '', ''],
      ['', 'x', ''],
      ['', '', ''],
    ]);
  });

  it('returns numbers as numbers, booleans as booleans and Dates as Dates', () => {
    const { sheet } = newSpreadsheetFixture();
    const when = new Date('2027-01-02T05:00:00Z');
    sheet.getRange(1, 1, 1, 4).setValues([[3.5, true, when, 'text']]);
    const [row] = sheet.getRange(1, 1, 1, 4).getValues();
    expect(row).toEqual([3.5, true, when, 'text']);
    expect(row[2]).toBeInstanceOf(Date);
  });

  it('hands out copies of Dates, so changing one does not change the sheet', () => {
    const { sheet } = newSpreadsheetFixture();
    const when = new Date('2027-01-02T05:00:00Z');
    sheet.getRange('A1').setValue(when);
    when.setUTCFullYear(2030);
    (sheet.getRange('A1').getValue() as Date).setUTCFullYear(2031);
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2027-01-02T05:00:00Z'));
  });
});

describe('setValues', () => {
  it("throws Apps Script's message when a row has the wrong number of columns", () => {
    const { sheet } = newSpreadsheetFixture();
    const error = thrownBy(() => sheet.getRange(1, 1, 1, 4).setValues([[1, 2, 3, 4, 5]]));
    expect(error.name).toBe('Exception');
    expect(error.message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  it("throws Apps Script's message when the number of rows differs", () => {
    const { sheet } = newSpreadsheetFixture();
    expect(thrownBy(() => sheet.getRange(1, 1, 3, 1).setValues([[1], [2]])).message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it('rejects a value that is not a 2-D array', () => {
    const { sheet } = newSpreadsheetFixture();
    expect(thrownBy(() => sheet.getRange('A1').setValues('x' as never)).message).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('throws for a cell over 50,000 characters and writes nothing of that call', () => {
    const { sheet, ctx } = newSpreadsheetFixture();
    expect(thrownBy(() => sheet.getRange(1, 1, 1, 2).setValues([['ok', 'x'.repeat(50_001)]])).message).toBe(MESSAGES.cellTooLong);
    expect(thrownBy(() => sheet.getRange('A1').setValue('y'.repeat(50_001))).message).toBe(MESSAGES.cellTooLong);
    expect(ctx.exec.pendingWrites).toBe(0);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('parses strings as if typed: numerals, booleans, dates, formulas and apostrophes', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange(1, 1, 1, 5).setValues([['00123', 'TRUE', '2027-01-02', '=A1*2', "'00123"]]);
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([[123, true, new Date('2027-01-02T05:00:00Z'), '', '00123']]);
    expect(sheet.getRange(1, 1, 1, 5).getFormulas()).toEqual([['', '', '', '=A1*2', '']]);
    expect(sheet.getRange('D1').getFormula()).toBe('=A1*2');
  });

  it("keeps strings exactly in cells formatted '@'", () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1:A3').setNumberFormat('@');
    sheet.getRange('A1:A3').setValues([['00123'], ['=HYPERLINK("x")'], ['TRUE']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['00123'], ['=HYPERLINK("x")'], ['TRUE']]);
    expect(sheet.getRange('A1:A3').getFormulas()).toEqual([[''], [''], ['']]);
  });

  it("applies '@' only to writes after it, in the order the script made them", () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1').setValue('007');
    sheet.getRange('A1:A2').setNumberFormat('@');
    sheet.getRange('A2').setValue('007');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[7], ['007']]);
  });

  it('buffers a copy of the data: changing the arrays afterwards changes nothing', () => {
    const { sheet } = newSpreadsheetFixture();
    const data = [['a', new Date('2027-01-02T05:00:00Z')]];
    sheet.getRange(1, 1, 1, 2).setValues(data);
    data[0][0] = 'changed';
    (data[0][1] as Date).setUTCFullYear(2040);
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['a', new Date('2027-01-02T05:00:00Z')]]);
  });

  it('empties cells written with null or the empty string', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1:B1').setValues([['x', 'y']]);
    sheet.getRange('A1:B1').setValues([[null, '']]);
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('setValue', () => {
  it('sets every cell of the range', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1:B2').setValue('5');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      [5, 5],
      [5, 5],
    ]);
  });
});

describe('getDisplayValues', () => {
  it('shows text as the spreadsheet does: numbers as strings, dates M/d/yyyy in its zone, TRUE/FALSE', () => {
    const { sheet, ctx } = newSpreadsheetFixture();
    ctx.state.spreadsheets['sheet-1'].timeZone = 'Asia/Tokyo';
    sheet.getRange(1, 1, 1, 4).setValues([[12.5, new Date('2027-01-01T15:00:00Z'), false, 'hi']]);
    expect(sheet.getRange(1, 1, 1, 4).getDisplayValues()).toEqual([['12.5', '1/2/2027', 'FALSE', 'hi']]);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('1/2/2027');
  });

  it('uses the number format recorded on the cell', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1:A2').setValues([[0.5], [new Date('2027-01-02T05:00:00Z')]]);
    sheet.getRange('A1').setNumberFormat('0.00%');
    sheet.getRange('A2').setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange('A1:A2').getDisplayValues()).toEqual([['50.00%'], ['2027-01-02']]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.00%');
    expect(sheet.getRange('B1').getNumberFormat()).toBe('0.###############');
  });

  it('reads typed percent, currency and time-only cells as numbers and Dates, and shows them as typed', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange(1, 1, 1, 3).setValues([['25%', '$1,234.50', '9:30']]);
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([[0.25, 1234.5, new Date('1899-12-30T14:30:00.000Z')]]);
    expect(sheet.getRange(1, 1, 1, 3).getDisplayValues()).toEqual([['25%', '$1,234.50', '9:30:00 AM']]);
    expect(sheet.getRange(1, 1, 1, 3).getNumberFormats()).toEqual([['0%', '"$"#,##0.00', 'h:mm:ss am/pm']]);
    sheet.getRange('A1').setNumberFormat('0.0');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('0.3');
  });

  it("shows numbers and dates in the spreadsheet's locale", () => {
    const { sheet, ctx } = newSpreadsheetFixture();
    ctx.state.spreadsheets['sheet-1'].locale = 'de_DE';
    sheet.getRange(1, 1, 1, 2).setValues([[1234.5, new Date('2027-01-02T05:00:00Z')]]);
    sheet.getRange('A2').setValue(1234.5);
    sheet.getRange('A2').setNumberFormat('#,##0.00');
    expect(sheet.getRange('A1:B2').getDisplayValues()).toEqual([['1234,5', '02.01.2027'], ['1.234,50', '']]);
  });
});

describe('clearing', () => {
  it('clearContent empties values and formulas but keeps the plain-text format', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1:A2').setNumberFormat('@');
    sheet.getRange('A1:A2').setValues([['x'], ['y']]);
    sheet.getRange('B1').setValue('=A1');
    sheet.getRange('A1:B2').clearContent();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('A1').setValue('007');
    expect(sheet.getRange('A1').getValue()).toBe('007');
  });

  it('clear also drops number formats', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1:A2').setNumberFormat('@');
    sheet.getRange('A1:A2').clear();
    sheet.getRange('A1').setValue('007');
    expect(sheet.getRange('A1').getValue()).toBe(7);
  });
});

describe('the write buffer', () => {
  it('holds writes out of the sheet until a read commits them', () => {
    const { sheet, state, ctx } = newSpreadsheetFixture();
    sheet.getRange('A1').setValue('x');
    sheet.appendRow(['y']);
    expect(state.cells).toEqual([]);
    expect(ctx.exec.pendingWrites).toBe(2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['x'], ['y']]);
    expect(ctx.exec.pendingWrites).toBe(0);
  });

  it('is not committed by calls whose answer buffered writes cannot change', () => {
    const { ss, sheet, ctx } = newSpreadsheetFixture();
    sheet.getRange('A1').setValue('x');
    ss.getSheets();
    ss.getSheetByName('Sheet1');
    ss.insertSheet('Log');
    sheet.setFrozenRows(1);
    sheet.protect().setDescription('log');
    expect(ctx.exec.pendingWrites).toBe(1);
  });

  it('keeps structural changes but loses buffered writes when the execution is killed', () => {
    const fixture = newSpreadsheetFixture();
    fixture.ss.insertSheet('Log').getRange('A1').setValue('lost');
    expect(() => fixture.ctx.exec.advance(7 * 60 * 1000)).toThrow(ExecutionKilled);
    const log = nextExecution(fixture).getActive().getSheetByName('Log');
    expect(log?.getLastRow()).toBe(0);
  });

  it('commits on SpreadsheetApp.flush()', () => {
    const { app, sheet, state } = newSpreadsheetFixture();
    sheet.getRange('A1').setValue('x');
    app.flush();
    expect(state.cells[0][0]).toEqual({ v: 'x' });
  });

  it('loses unflushed writes when the execution is killed, and keeps flushed ones', () => {
    const fixture = newSpreadsheetFixture();
    const { app, sheet, ctx } = fixture;
    sheet.getRange('A1').setValue('kept');
    app.flush();
    sheet.getRange('A2').setValue('lost');
    expect(() => ctx.exec.advance(7 * 60 * 1000)).toThrow(ExecutionKilled);
    expect(() => sheet.getRange('A3')).toThrow(ExecutionKilled);
    const later = nextExecution(fixture).getActive().getSheets()[0];
    expect(later.getRange('A1:A2').getValues()).toEqual([['kept'], ['']]);
  });
});

describe('arguments of the wrong type', () => {
  it("name the argument's type as Apps Script does", () => {
    const { sheet } = newSpreadsheetFixture();
    expect(thrownBy(() => sheet.getRange('A1').setValues(null as never)).message).toBe(
      "The parameters (null) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(thrownBy(() => sheet.appendRow(5 as never)).message).toBe(
      "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
    );
  });
});
