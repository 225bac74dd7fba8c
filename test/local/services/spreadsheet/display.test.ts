// getDisplayValues' text: numbers, booleans and Dates through their number format in the spreadsheet's zone.
import { displayText, formatDatePattern } from '../../../../src/local/services/spreadsheet/display';

const NY = 'America/New_York';

describe('displayText without a number format', () => {
  it('shows strings as they are and booleans as TRUE/FALSE', () => {
    expect(displayText('hello', undefined, NY)).toBe('hello');
    expect(displayText(true, undefined, NY)).toBe('TRUE');
    expect(displayText(false, undefined, NY)).toBe('FALSE');
  });

  it('shows numbers plainly, with at most 10 decimals and no float noise', () => {
    expect(displayText(123, undefined, NY)).toBe('123');
    expect(displayText(0.1 + 0.2, undefined, NY)).toBe('0.3');
    expect(displayText(1 / 3, undefined, NY)).toBe('0.3333333333');
    expect(displayText(-0, undefined, NY)).toBe('0');
    expect(displayText(2e21, undefined, NY)).toBe('2E+21');
  });

  it('shows a midnight Date as M/d/yyyy and another time with H:mm:ss, in the given zone', () => {
    expect(displayText(new Date('2027-01-02T05:00:00Z'), undefined, NY)).toBe('1/2/2027');
    expect(displayText(new Date('2027-01-02T18:45:07Z'), undefined, NY)).toBe('1/2/2027 13:45:07');
    expect(displayText(new Date('2027-01-02T05:00:00Z'), undefined, 'Asia/Tokyo')).toBe('1/2/2027 14:00:00');
  });
});

describe('displayText with a number format', () => {
  it('applies fixed decimals, grouping and percent', () => {
    expect(displayText(3.14159, '0.00', NY)).toBe('3.14');
    expect(displayText(1234567.891, '#,##0.00', NY)).toBe('1,234,567.89');
    expect(displayText(0.256, '0%', NY)).toBe('26%');
    expect(displayText(2.5, '0.###', NY)).toBe('2.5');
  });

  it("shows numbers in a plain-text ('@') cell as they are", () => {
    expect(displayText(42, '@', NY)).toBe('42');
  });

  it('applies a date format to a Date', () => {
    expect(displayText(new Date('2027-01-02T05:00:00Z'), 'yyyy-mm-dd', NY)).toBe('2027-01-02');
  });
});

describe('formatDatePattern', () => {
  const at = new Date('2027-03-04T17:05:09Z').getTime();

  it("reads 'mm' as minutes next to hours or seconds and as the month elsewhere", () => {
    expect(formatDatePattern(at, 'yyyy-mm-dd hh:mm:ss', NY)).toBe('2027-03-04 12:05:09');
    expect(formatDatePattern(at, 'm/d/yy', NY)).toBe('3/4/27');
  });

  it('writes names of months and days, 12-hour clocks and quoted text', () => {
    expect(formatDatePattern(at, 'dddd, mmmm d', NY)).toBe('Thursday, March 4');
    expect(formatDatePattern(at, 'ddd mmm d h:mm am/pm', NY)).toBe('Thu Mar 4 12:05 PM');
    expect(formatDatePattern(at, '"on" d', NY)).toBe('on 4');
  });
});
