// Sheet names: found and kept unique without regard to case; empty and over-long names refused.
import { newSpreadsheetFixture } from '../../helpers/spreadsheet';
import { thrownBy } from '../../helpers/service-context';

describe('sheet names', () => {
  it('are found in any case, by getSheetByName and in A1 notation', () => {
    const { ss } = newSpreadsheetFixture();
    ss.insertSheet('Students');
    expect(ss.getSheetByName('students')!.getName()).toBe('Students');
    expect(ss.getRange('STUDENTS!A1').getSheet().getName()).toBe('Students');
  });

  it('refuse a second tab, or a rename, differing only in case', () => {
    const { ss, sheet } = newSpreadsheetFixture();
    ss.insertSheet('Students');
    expect(thrownBy(() => ss.insertSheet('STUDENTS')).message).toBe('A sheet with the name "STUDENTS" already exists. Please enter another name.');
    expect(() => sheet.setName('students')).toThrow('A sheet with the name "students" already exists.');
    expect(ss.getSheets().map((tab) => tab.getName())).toEqual(['Sheet1', 'Students']);
  });

  it('refuse an empty name and one over 100 characters; 100 is fine', () => {
    const { ss, sheet } = newSpreadsheetFixture();
    expect(thrownBy(() => ss.insertSheet('')).message).toBe('Invalid argument: name');
    expect(thrownBy(() => sheet.setName('   ')).message).toBe('Invalid argument: name');
    expect(thrownBy(() => ss.insertSheet('x'.repeat(101))).message).toBe('Invalid argument: name');
    expect(ss.insertSheet('x'.repeat(100)).getName()).toHaveLength(100);
  });
});
