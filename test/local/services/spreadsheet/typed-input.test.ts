// USER_ENTERED parsing: what a written value becomes in the cell.
import { MESSAGES } from '../../../../src/local/runtime/errors';
import { typedCell, type TypingContext } from '../../../../src/local/services/spreadsheet/typed-input';
import { thrownBy } from '../../helpers/service-context';

const NEW_YORK: TypingContext = { plainText: false, timeZone: 'America/New_York', locale: 'en_US' };
const typed = (input: unknown, context: Partial<TypingContext> = {}) => typedCell(input, { ...NEW_YORK, ...context });

describe('typedCell', () => {
  it('stores numbers, booleans and Dates as they are, copying the Date', () => {
    const date = new Date(Date.UTC(2027, 0, 2, 15));
    expect(typed(42)).toEqual({ v: 42 });
    expect(typed(false)).toEqual({ v: false });
    const cell = typed(date);
    expect(cell?.v).toEqual(date);
    expect(cell?.v).not.toBe(date);
  });

  it('empties the cell for null, undefined and the empty string', () => {
    expect(typed(null)).toBeNull();
    expect(typed(undefined)).toBeNull();
    expect(typed('')).toBeNull();
  });

  it("makes '=' text a formula whose local value is ''", () => {
    expect(typed('=SUM(A1:A3)')).toEqual({ v: '', f: '=SUM(A1:A3)' });
  });

  it("keeps text after a leading apostrophe as text, without the apostrophe", () => {
    expect(typed("'=1+1")).toEqual({ v: '=1+1' });
    expect(typed("'00123")).toEqual({ v: '00123' });
    expect(typed("'TRUE")).toEqual({ v: 'TRUE' });
  });

  it("keeps strings exactly as written in a cell formatted '@'", () => {
    for (const text of ['=1+1', '00123', 'TRUE', '2027-01-02', "'quoted", '-A1']) {
      expect(typed(text, { plainText: true })).toEqual({ v: text });
    }
  });

  it('turns numerals into numbers, losing leading zeros', () => {
    expect(typed('00123')).toEqual({ v: 123 });
    expect(typed('-4.5')).toEqual({ v: -4.5 });
    expect(typed('+7')).toEqual({ v: 7 });
    expect(typed(' 12 ')).toEqual({ v: 12 });
    expect(typed('1,234.5')).toEqual({ v: 1234.5 });
    expect(typed('1e3')).toEqual({ v: 1000 });
  });

  it('leaves text that only looks partly numeric alone', () => {
    for (const text of ['555-1234', '12 apples', '1,23', '1e999', 'Room 101']) expect(typed(text)).toEqual({ v: text });
  });

  it("turns 'TRUE'/'FALSE' in any case into booleans", () => {
    expect(typed('TRUE')).toEqual({ v: true });
    expect(typed('false')).toEqual({ v: false });
    expect(typed('True')).toEqual({ v: true });
  });

  it('turns an ISO date into midnight in the spreadsheet time zone', () => {
    expect(typed('2027-01-02')?.v).toEqual(new Date('2027-01-02T05:00:00.000Z'));
    expect(typed('2027-07-02')?.v).toEqual(new Date('2027-07-02T04:00:00.000Z'));
    expect(typed('2027-01-02', { timeZone: 'Asia/Tokyo' })?.v).toEqual(new Date('2027-01-01T15:00:00.000Z'));
  });

  it('reads a date with a time, and en_US month-first dates', () => {
    expect(typed('2027-01-02 13:45')?.v).toEqual(new Date('2027-01-02T18:45:00.000Z'));
    expect(typed('1/2/2027')?.v).toEqual(new Date('2027-01-02T05:00:00.000Z'));
  });

  it('reads slash dates day first where the locale puts the day first, and leaves them as text in an unknown locale', () => {
    expect(typed('1/2/2027', { locale: 'en_GB' })?.v).toEqual(new Date('2027-02-01T05:00:00.000Z'));
    expect(typed('13/2/2027', { locale: 'de_DE' })?.v).toEqual(new Date('2027-02-13T05:00:00.000Z'));
    expect(typed('13/2/2027')).toEqual({ v: '13/2/2027' });
    expect(typed('1/2/2027', { locale: 'xx_XX' })).toEqual({ v: '1/2/2027' });
    expect(typed('13.02.2027', { locale: 'de_DE' })?.v).toEqual(new Date('2027-02-13T05:00:00.000Z'));
    expect(typed('13.02.2027')).toEqual({ v: '13.02.2027' });
  });

  it("reads numerals with the locale's decimal comma and thousands mark", () => {
    expect(typed('1.234,5', { locale: 'de_DE' })).toEqual({ v: 1234.5 });
    expect(typed('0,25', { locale: 'es_ES' })).toEqual({ v: 0.25 });
    expect(typed('12,5%', { locale: 'fr_FR' })).toEqual({ v: 0.125, n: '0.0%' });
    expect(typed('1\u202f234,5', { locale: 'fr_FR' })).toEqual({ v: 1234.5 });
    expect(typed('1,5')).toEqual({ v: '1,5' });
  });

  it('turns percent text into its fraction, with a percent format for display', () => {
    expect(typed('25%')).toEqual({ v: 0.25, n: '0%' });
    expect(typed('12.5%')).toEqual({ v: 0.125, n: '0.0%' });
  });

  it('turns currency text into the number, with a currency format for display', () => {
    expect(typed('$1,234.50')).toEqual({ v: 1234.5, n: '"$"#,##0.00' });
    expect(typed('-$5')).toEqual({ v: -5, n: '"$"#,##0.00' });
    expect(typed('$ five')).toEqual({ v: '$ five' });
  });

  it('turns a time alone into a Date on 1899-12-30 at that time in the spreadsheet zone', () => {
    expect(typed('9:30')).toEqual({ v: new Date('1899-12-30T14:30:00.000Z'), n: 'h:mm:ss am/pm' });
    expect(typed('9:30 PM')?.v).toEqual(new Date('1899-12-31T02:30:00.000Z'));
    expect(typed('21:30:15', { timeZone: 'UTC' })?.v).toEqual(new Date('1899-12-30T21:30:15.000Z'));
    expect(typed('12:05 am', { timeZone: 'UTC' })?.v).toEqual(new Date('1899-12-30T00:05:00.000Z'));
    for (const text of ['25:00', '9:75', '13:00 pm', '9:3']) expect(typed(text)).toEqual({ v: text });
  });

  it('keeps impossible dates as text', () => {
    expect(typed('2027-02-30')).toEqual({ v: '2027-02-30' });
    expect(typed('2027-13-01')).toEqual({ v: '2027-13-01' });
    expect(typed('2027-01-02 25:00')).toEqual({ v: '2027-01-02 25:00' });
  });

  it("makes '+' or '-' followed by an expression a formula, as typing it in Sheets does", () => {
    expect(typed('+A1')).toEqual({ v: '', f: '=+A1' });
    expect(typed('-SUM(B:B)')).toEqual({ v: '', f: '=-SUM(B:B)' });
  });

  it("keeps a sign followed by a space, a lone sign, and '@' text as text", () => {
    expect(typed('- milk')).toEqual({ v: '- milk' });
    expect(typed('-')).toEqual({ v: '-' });
    expect(typed('@teacher')).toEqual({ v: '@teacher' });
  });

  it('throws Apps Script\'s message for a string over 50,000 characters, and accepts exactly 50,000', () => {
    expect(thrownBy(() => typed('x'.repeat(50_001))).message).toBe(MESSAGES.cellTooLong);
    expect(typed('x'.repeat(50_000))?.v).toHaveLength(50_000);
  });
});
