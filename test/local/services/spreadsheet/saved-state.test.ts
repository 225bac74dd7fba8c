// What the Spreadsheet service leaves in the workspace saves to JSON and loads back identically.
import { deserializeState, serializeState } from '../../../../src/local/runtime/persistence';
import { newSpreadsheetFixture } from '../../helpers/spreadsheet';

describe('spreadsheet state after the service has worked on it', () => {
  it('round-trips through the state file: sparse writes, Dates, formulas, formats, rules, protections, Ui', () => {
    const { app, ss, sheet, ctx } = newSpreadsheetFixture();
    sheet.getRange('C5').setValue('2027-01-02');
    sheet.getRange('E2').setValue('=C5+1');
    sheet.getRange('A1:A3').setNumberFormat('@');
    sheet.getRange('B2:B9').setDataValidation(app.newDataValidation().requireValueInList(['a', 'b']).build());
    sheet.protect().setWarningOnly(true);
    ss.insertSheet('Log').appendRow(['x', new Date('2027-01-02T05:00:00Z'), true, 3]);
    app.getUi().createAddonMenu().addItem('Open', 'showSidebar').addSeparator().addToUi();
    ss.toast('done');
    app.flush();
    const reloaded = deserializeState(serializeState(ctx.state), 'test');
    expect(reloaded).toEqual(ctx.state);
    expect(reloaded.spreadsheets['sheet-1'].sheets[0].cells[4][2]?.v).toBeInstanceOf(Date);
    expect(JSON.stringify(reloaded)).toBe(JSON.stringify(ctx.state));
  });
});

describe('rows and columns deleted under recorded formats', () => {
  it('moves a plain-text column left when a column before it is deleted', () => {
    const { sheet, state } = newSpreadsheetFixture();
    sheet.getRange('C1:C10').setNumberFormat('@');
    sheet.deleteColumn(1);
    expect(Object.keys(state.numberFormats)).toEqual(['B1:B10']);
    sheet.getRange('B3').setValue('007');
    expect(sheet.getRange('B3').getValue()).toBe('007');
  });

  it('drops a format whose rows were all deleted', () => {
    const { sheet, state } = newSpreadsheetFixture();
    sheet.getRange('A5').setNumberFormat('@');
    sheet.deleteRows(4, 3);
    expect(state.numberFormats).toEqual({});
  });
});
