// Range.setFormula(s), notes, insertCheckboxes; Spreadsheet.setSpreadsheetTimeZone; getFormUrl on a spreadsheet and a tab.
import { createFormApp } from '../../../../src/local/services/form-app';
import { newSpreadsheetFixture } from '../../helpers/spreadsheet';
import { thrownBy } from '../../helpers/service-context';

describe('formulas', () => {
  it('setFormula and setFormulas store formulas (read as \'\' locally), buffered until a read', () => {
    const { sheet, state } = newSpreadsheetFixture();
    sheet.getRange('A1:A2').setFormula('=NOW()');
    sheet.getRange('B1:C1').setFormulas([['=SUM(A1:A2)', '=A1']]);
    expect(state.cells).toEqual([]);
    expect(sheet.getRange('A1:C2').getFormulas()).toEqual([['=NOW()', '=SUM(A1:A2)', '=A1'], ['=NOW()', '', '']]);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  it('setFormulas checks the shape with setValues\' messages', () => {
    const { sheet } = newSpreadsheetFixture();
    expect(thrownBy(() => sheet.getRange('A1:B1').setFormulas([['=1']])).message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });
});

describe('notes', () => {
  it('setNote sets each cell\'s note, kept when the value changes or is cleared; clearNote removes it', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('A1:B1').setNote('Sent by Rapport');
    sheet.getRange('A1').setValue('x');
    sheet.getRange('B1').clearContent();
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['Sent by Rapport', 'Sent by Rapport']]);
    expect(sheet.getLastRow()).toBe(1);
    sheet.getRange('A1').clearNote();
    expect(sheet.getRange('A1').getNote()).toBe('');
    expect(sheet.getRange('A1').getValue()).toBe('x');
  });

  it('a note alone does not count as content', () => {
    const { sheet } = newSpreadsheetFixture();
    sheet.getRange('C5').setNote('later');
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('insertCheckboxes', () => {
  it('sets every cell to false under a checkbox rule', () => {
    const { sheet, state } = newSpreadsheetFixture();
    sheet.getRange('D2:D3').insertCheckboxes();
    expect(sheet.getRange('D2:D3').getValues()).toEqual([[false], [false]]);
    expect(state.validations).toEqual([{ range: 'D2:D3', kind: 'checkbox', allowInvalid: false }]);
  });
});

describe('setSpreadsheetTimeZone', () => {
  it('changes the zone dates are shown in, and refuses a zone that does not exist', () => {
    const { ss, sheet } = newSpreadsheetFixture();
    sheet.getRange('A1').setValue(new Date(Date.UTC(2027, 0, 2, 3, 0)));
    sheet.getRange('A1').setNumberFormat('yyyy-MM-dd HH:mm');
    ss.setSpreadsheetTimeZone('Asia/Tokyo');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2027-01-02 12:00');
    expect(thrownBy(() => ss.setSpreadsheetTimeZone('Mars/Olympus')).message).toBe('Invalid argument: timeZone');
  });
});

describe('getFormUrl', () => {
  it('is null until a form sends responses here, then names that form on the spreadsheet and on its tab', () => {
    const { ctx, ss } = newSpreadsheetFixture();
    expect(ss.getFormUrl()).toBeNull();
    const formApp = createFormApp(ctx);
    const form = formApp.create('Survey');
    form.setDestination(formApp.DestinationType.SPREADSHEET, ss.getId());
    expect(formApp.openByUrl(ss.getFormUrl()!).getId()).toBe(form.getId());
    expect(ss.getSheetByName('Form Responses 1')!.getFormUrl()).toBe(ss.getFormUrl());
    expect(ss.getSheetByName('Sheet1')!.getFormUrl()).toBeNull();
  });
});
