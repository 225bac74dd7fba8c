// Spreadsheet and SpreadsheetApp: tabs, the selection, ranges by A1 with a tab name, toasts, openById, auth modes.
import { emptySheet } from '../../../../src/local/runtime/state';
import { createSpreadsheetApp } from '../../../../src/local/services/spreadsheet';
import { thrownBy } from '../../helpers/service-context';
import { newSpreadsheetFixture } from '../../helpers/spreadsheet';

describe('the add-on spreadsheet', () => {
  it('describes itself', () => {
    const { ss, app } = newSpreadsheetFixture();
    expect(ss.getId()).toBe('sheet-1');
    expect(ss.getName()).toBe('My class');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/sheet-1/edit');
    expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    expect(app.getActiveSpreadsheet().getId()).toBe('sheet-1');
  });

  it('is null when the script is bound to no spreadsheet', () => {
    const { ctx } = newSpreadsheetFixture();
    ctx.state.activeSpreadsheetId = null;
    const app = createSpreadsheetApp(ctx);
    expect(app.getActive()).toBeNull();
    expect(app.getActiveSheet()).toBeNull();
  });
});

describe('insertSheet', () => {
  it('adds a 1000 × 26 tab at the end, or at a 0-based index, and makes it active', () => {
    const { ss } = newSpreadsheetFixture();
    const students = ss.insertSheet('Students');
    ss.insertSheet('Resources', 0);
    expect(ss.getSheets().map((sheet) => sheet.getName())).toEqual(['Resources', 'Sheet1', 'Students']);
    expect([students.getMaxRows(), students.getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getActiveSheet().getName()).toBe('Resources');
    expect(new Set(ss.getSheets().map((sheet) => sheet.getSheetId())).size).toBe(3);
  });

  it("names an unnamed tab 'SheetN' with the first free N", () => {
    const { ss } = newSpreadsheetFixture();
    ss.insertSheet('Sheet2');
    expect(ss.insertSheet().getName()).toBe('Sheet3');
  });

  it("throws Apps Script's message for a name already taken", () => {
    const { ss } = newSpreadsheetFixture();
    ss.insertSheet('Students');
    const error = thrownBy(() => ss.insertSheet('Students'));
    expect(error.message).toBe('A sheet with the name "Students" already exists. Please enter another name.');
    expect(ss.getSheets()).toHaveLength(2);
  });
});

describe('getSheetByName and deleteSheet', () => {
  it('finds tabs by name in any case and answers null otherwise', () => {
    const { ss } = newSpreadsheetFixture();
    ss.insertSheet('Students');
    expect(ss.getSheetByName('Students')?.getName()).toBe('Students');
    expect(ss.getSheetByName('students')?.getName()).toBe('Students');
    expect(ss.getSheetByName('Resources')).toBeNull();
  });

  it('deletes a tab but never the last one', () => {
    const { ss, sheet } = newSpreadsheetFixture();
    const students = ss.insertSheet('Students');
    ss.deleteSheet(students);
    expect(ss.getSheetByName('Students')).toBeNull();
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    expect(thrownBy(() => ss.deleteSheet(sheet)).message).toBe("You can't remove all the sheets in a document.");
  });
});

describe('Spreadsheet.getRange', () => {
  it('reads a tab name, quoted or not, and uses the active tab without one', () => {
    const { ss } = newSpreadsheetFixture();
    ss.insertSheet('Sent log').getRange('B2').setValue('logged');
    expect(ss.getRange("'Sent log'!B2").getValue()).toBe('logged');
    expect(ss.getRange('B2').getSheet().getName()).toBe('Sent log');
    expect(ss.getRange('Sheet1!A1:B2').getA1Notation()).toBe('A1:B2');
  });

  it("answers 'Range not found' for an unknown tab", () => {
    const { ss } = newSpreadsheetFixture();
    expect(thrownBy(() => ss.getRange('Nope!A1')).message).toBe('Range not found');
  });
});

describe('the selection', () => {
  it('follows activate, setActiveRange and setActiveSelection', () => {
    const { ss, app, sheet, ctx } = newSpreadsheetFixture();
    const students = ss.insertSheet('Students');
    students.getRange('A3:C3').activate();
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A3:C3');
    expect(app.getActiveSheet().getName()).toBe('Students');
    ss.setActiveRange(sheet.getRange('B2'));
    expect(app.getActiveRange()!.getA1Notation()).toBe('B2');
    expect(ss.setActiveSelection('Students!D4').getA1Notation()).toBe('D4');
    expect(ctx.state.spreadsheets['sheet-1'].active).toEqual({ sheet: 'Students', row: 4, column: 4, numRows: 1, numColumns: 1 });
    ss.setActiveSheet(sheet);
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A1');
  });

  it('stays inside the sheet when the selected rows were deleted', () => {
    const { ss, sheet } = newSpreadsheetFixture();
    sheet.getRange('A1000').activate();
    sheet.deleteRows(900, 100);
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A900');
  });
});

describe('toast', () => {
  it('records the message, title and time', () => {
    const { ss, ctx } = newSpreadsheetFixture();
    ss.toast('Set-up done', 'Rapport');
    expect(ctx.state.ui.toasts).toEqual([{ title: 'Rapport', message: 'Set-up done', at: ctx.state.clock.now }]);
  });
});

describe('openById', () => {
  it('opens another spreadsheet of the workspace and throws for an unknown id', () => {
    const { ctx, app } = newSpreadsheetFixture();
    ctx.state.spreadsheets.other = { ...ctx.state.spreadsheets['sheet-1'], id: 'other', name: 'Other', sheets: [emptySheet(0, 'Data')] };
    expect(app.openById('other').getSheets()[0].getName()).toBe('Data');
    expect(thrownBy(() => app.openById('missing')).name).toBe('Exception');
  });
});

describe('authorization modes', () => {
  it('refuses to read the document in AuthMode.NONE, but lets onOpen build its menu', () => {
    const { app, ctx } = newSpreadsheetFixture({ authMode: 'NONE' });
    expect(thrownBy(() => app.getActiveSpreadsheet()).message).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
    app.getUi().createAddonMenu().addItem('Open Rapport', 'showSidebar').addToUi();
    expect(ctx.state.ui.menus).toHaveLength(1);
  });

  it('refuses openById outside full authorization', () => {
    const { app } = newSpreadsheetFixture({ authMode: 'LIMITED' });
    expect(thrownBy(() => app.openById('sheet-1')).message).toBe(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(app.getActive().getId()).toBe('sheet-1');
  });
});
