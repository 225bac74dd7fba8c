// Protections and data-validation rules: what is recorded, read back, and moved with rows.
import { newSpreadsheetFixture } from '../../helpers/spreadsheet';

describe('sheet protection', () => {
  it('records a warning-only protection with its description', () => {
    const { sheet, state, app } = newSpreadsheetFixture();
    const protection = sheet.protect().setWarningOnly(true).setDescription('Rapport log');
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection.getDescription()).toBe('Rapport log');
    expect(state.protections).toEqual([{ description: 'Rapport log', warningOnly: true }]);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  it('returns the existing protection when the sheet is protected again', () => {
    const { sheet, state } = newSpreadsheetFixture();
    sheet.protect().setDescription('first');
    expect(sheet.protect().getDescription()).toBe('first');
    expect(state.protections).toHaveLength(1);
  });

  it('removes a protection, and lists range protections across the spreadsheet', () => {
    const { ss, sheet, app } = newSpreadsheetFixture();
    sheet.getRange('A1:B1').protect().setDescription('headers');
    sheet.protect().remove();
    const ranges = ss.getProtections(app.ProtectionType.RANGE);
    expect(ranges.map((protection) => protection.getDescription())).toEqual(['headers']);
    expect(ranges[0].getProtectionType()).toBe(app.ProtectionType.RANGE);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });
});

describe('data validation', () => {
  it('records a list rule with its dropdown, help text and strictness, and reads it back', () => {
    const { app, sheet, state } = newSpreadsheetFixture();
    const rule = app.newDataValidation().requireValueInList(['article', 'video'], true).setAllowInvalid(false).setHelpText('Pick a type').build();
    sheet.getRange('C2:C1000').setDataValidation(rule);
    expect(state.validations).toEqual([]);
    const read = sheet.getRange('C5').getDataValidation();
    expect(state.validations).toEqual([
      { range: 'C2:C1000', kind: 'list', values: ['article', 'video'], showDropdown: true, allowInvalid: false, helpText: 'Pick a type' },
    ]);
    expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(read?.getCriteriaValues()).toEqual([['article', 'video'], true]);
    expect(read?.getAllowInvalid()).toBe(false);
    expect(read?.getHelpText()).toBe('Pick a type');
    expect(sheet.getRange('C1').getDataValidation()).toBeNull();
  });

  it('records checkbox, date, email and URL rules, allowing invalid input by default', () => {
    const { app, sheet, state } = newSpreadsheetFixture();
    const builders = [
      app.newDataValidation().requireCheckbox(),
      app.newDataValidation().requireDate(),
      app.newDataValidation().requireTextIsEmail(),
      app.newDataValidation().requireTextIsUrl(),
    ];
    builders.forEach((builder, i) => sheet.getRange(2, i + 1, 10, 1).setDataValidation(builder.build()));
    const rules = sheet.getRange('A2:D2').getDataValidations()[0];
    expect(rules.map((rule) => rule?.getCriteriaType())).toEqual(['CHECKBOX', 'DATE_IS_VALID_DATE', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL']);
    expect(rules.map((rule) => rule?.getHelpText())).toEqual([null, null, null, null]);
    expect(state.validations.map((validation) => [validation.kind, validation.allowInvalid])).toEqual([
      ['checkbox', true],
      ['date', true],
      ['email', true],
      ['url', true],
    ]);
  });

  it('replaces the rules inside a range and clears them with null', () => {
    const { app, sheet, state } = newSpreadsheetFixture();
    sheet.getRange('A2:A10').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange('A1:A20').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange('A5').getValue();
    expect(state.validations.map((validation) => validation.range)).toEqual(['A1:A20']);
    sheet.getRange('A1:A20').setDataValidation(null);
    expect(sheet.getRange('A5').getDataValidation()).toBeNull();
  });

  it('does not stop a script writing a value the rule rejects (Sheets checks typed input only)', () => {
    const { app, sheet } = newSpreadsheetFixture();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInList(['yes']).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue('no');
    expect(sheet.getRange('A1').getValue()).toBe('no');
  });

  it('moves with rows: a column rule grows when rows are inserted at its end and shrinks on delete', () => {
    const { app, sheet, state } = newSpreadsheetFixture();
    sheet.getRange(2, 3, 999, 1).setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.insertRowsAfter(1000, 100);
    expect(state.validations[0].range).toBe('C2:C1100');
    sheet.deleteRow(1);
    expect(state.validations[0].range).toBe('C1:C1099');
  });

  it('copies a rule into a new builder', () => {
    const { app } = newSpreadsheetFixture();
    const rule = app.newDataValidation().requireValueInList(['a']).setHelpText('h').build();
    expect(rule.copy().setAllowInvalid(false).build().getHelpText()).toBe('h');
  });
});
