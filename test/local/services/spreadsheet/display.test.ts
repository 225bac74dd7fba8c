// getDisplayValues' text: numbers, booleans and Dates through their number format in the spreadsheet's zone and locale.
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

  it('writes currency and quoted text around the number, the sign first', () => {
    expect(displayText(1234.5, '"$"#,##0.00', NY)).toBe('$1,234.50');
    expect(displayText(-5, '[$$]#,##0.00', NY)).toBe('-$5.00');
    expect(displayText(12, '[$€-407]0.00', NY)).toBe('€12.00');
    expect(displayText(3, '0" pts"', NY)).toBe('3 pts');
    expect(displayText(-0.001, '"$"0.00', NY)).toBe('$0.00');
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

describe('displayText in a locale', () => {
  const date = new Date('2027-01-02T05:00:00Z');

  it('writes the default date in the locale\'s order and separators', () => {
    expect(displayText(date, undefined, NY, 'en_US')).toBe('1/2/2027');
    expect(displayText(date, undefined, NY, 'en_GB')).toBe('02/01/2027');
    expect(displayText(date, undefined, NY, 'de_DE')).toBe('02.01.2027');
    expect(displayText(new Date('2027-01-02T18:45:07Z'), undefined, NY, 'en_GB')).toBe('02/01/2027 13:45:07');
  });

  it('writes decimal marks and thousands separators as the locale does', () => {
    expect(displayText(1234567.891, '#,##0.00', NY, 'de_DE')).toBe('1.234.567,89');
    expect(displayText(1234.5, '#,##0.00', NY, 'fr_FR')).toBe('1\u202f234,50');
    expect(displayText(0.5, undefined, NY, 'es_ES')).toBe('0,5');
  });

  it('shows an unknown locale as en_US', () => {
    expect(displayText(date, undefined, NY, 'xx_XX')).toBe('1/2/2027');
    expect(displayText(1234.5, '#,##0.0', NY, 'xx_XX')).toBe('1,234.5');
  });
});
