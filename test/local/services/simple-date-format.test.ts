// Java SimpleDateFormat patterns in a time zone: every supported letter, quoting, DST changes, zone fallbacks.
import { formatJavaDate } from '../../../src/local/services/simple-date-format';
import { thrownBy } from '../helpers/service-context';

/** Monday 2026-11-23 14:05:09.007 UTC: 09:05 in New York (EST), 19:35 in Kolkata. */
const INSTANT = Date.UTC(2026, 10, 23, 14, 5, 9, 7);
const NY = 'America/New_York';

describe('formatJavaDate', () => {
  it('formats the same instant in two time zones', () => {
    const pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
    expect(formatJavaDate(INSTANT, NY, pattern)).toBe('2026-11-23T09:05:09.007-05:00');
    expect(formatJavaDate(INSTANT, 'Asia/Kolkata', pattern)).toBe('2026-11-23T19:35:09.007+05:30');
  });

  it('follows New York across the spring-forward and fall-back changes', () => {
    const pattern = 'yyyy-MM-dd HH:mm:ss z Z';
    expect(formatJavaDate(Date.UTC(2026, 2, 8, 6, 59, 59), NY, pattern)).toBe('2026-03-08 01:59:59 EST -0500');
    expect(formatJavaDate(Date.UTC(2026, 2, 8, 7, 0, 0), NY, pattern)).toBe('2026-03-08 03:00:00 EDT -0400');
    expect(formatJavaDate(Date.UTC(2026, 10, 1, 5, 59, 59), NY, pattern)).toBe('2026-11-01 01:59:59 EDT -0400');
    expect(formatJavaDate(Date.UTC(2026, 10, 1, 6, 0, 0), NY, pattern)).toBe('2026-11-01 01:00:00 EST -0500');
  });

  it('follows Paris across its own, different, DST change with European abbreviations', () => {
    const pattern = 'd MMM HH:mm z';
    expect(formatJavaDate(Date.UTC(2026, 2, 29, 0, 59), 'Europe/Paris', pattern)).toBe('29 Mar 01:59 CET');
    expect(formatJavaDate(Date.UTC(2026, 2, 29, 1, 0), 'Europe/Paris', pattern)).toBe('29 Mar 03:00 CEST');
    expect(formatJavaDate(Date.UTC(2026, 6, 1, 12), 'Europe/London', 'HH:mm z')).toBe('13:00 BST');
  });

  it('writes names and numbers for month, weekday, year and day', () => {
    expect(formatJavaDate(INSTANT, NY, 'EEE, d MMM yyyy')).toBe('Mon, 23 Nov 2026');
    expect(formatJavaDate(INSTANT, NY, 'EEEE MMMM dd yy')).toBe('Monday November 23 26');
    expect(formatJavaDate(INSTANT, NY, 'E M/d/y')).toBe('Mon 11/23/2026');
    expect(formatJavaDate(INSTANT, NY, 'D G LLL')).toBe('327 AD Nov');
    expect(formatJavaDate(INSTANT, NY, 'u')).toBe('1');
    expect(formatJavaDate(Date.UTC(2026, 10, 22, 15), NY, 'u EEEE')).toBe('7 Sunday');
  });

  it('writes the four hour styles and AM/PM', () => {
    expect(formatJavaDate(INSTANT, NY, 'H:m:s h a')).toBe('9:5:9 9 AM');
    const halfPastMidnight = Date.UTC(2026, 10, 23, 5, 30); // 00:30 in New York
    expect(formatJavaDate(halfPastMidnight, NY, 'HH hh a kk KK')).toBe('00 12 AM 24 00');
    const afternoon = Date.UTC(2026, 10, 23, 18, 30); // 13:30 in New York
    expect(formatJavaDate(afternoon, NY, 'HH hh a kk KK S')).toBe('13 01 PM 13 01 0');
  });

  it('writes offsets as Z, X, XX and XXX, with Z for UTC in the ISO forms', () => {
    expect(formatJavaDate(INSTANT, NY, 'Z|X|XX|XXX')).toBe('-0500|-05|-0500|-05:00');
    expect(formatJavaDate(INSTANT, 'UTC', 'Z|X|XXX')).toBe('+0000|Z|Z');
    expect(formatJavaDate(INSTANT, NY, 'zzzz')).toBe('Eastern Standard Time');
  });

  it('keeps quoted text literal and reads two single quotes as one', () => {
    expect(formatJavaDate(INSTANT, NY, "h 'o''clock' a")).toBe("9 o'clock AM");
    expect(formatJavaDate(INSTANT, NY, "''yy''")).toBe("'26'");
    expect(formatJavaDate(INSTANT, NY, "'Today is' EEEE")).toBe('Today is Monday');
    expect(formatJavaDate(INSTANT, NY, 'yyyy/MM/dd - HH.mm')).toBe('2026/11/23 - 09.05');
  });

  it('rejects an unknown pattern letter with Java\'s message, as an Exception', () => {
    expect(thrownBy(() => formatJavaDate(INSTANT, NY, 'yyyy-MM-ddTHH:mm'))).toMatchObject({
      name: 'Exception',
      message: "Illegal pattern character 'T'",
    });
    expect(() => formatJavaDate(INSTANT, NY, "yyyy 'open")).toThrow('Unterminated quote');
  });

  it('formats an unknown zone as GMT, like Java, and accepts custom GMT offsets', () => {
    expect(formatJavaDate(INSTANT, 'Mars/Olympus', 'HH:mm z')).toBe('14:05 GMT');
    expect(formatJavaDate(INSTANT, 'GMT+05:30', 'HH:mm z XXX')).toBe('19:35 GMT+05:30 +05:30');
    expect(formatJavaDate(INSTANT, 'GMT-8', 'HH:mm Z')).toBe('06:05 -0800');
  });

  it('falls back to a GMT offset for a zone without an English abbreviation', () => {
    expect(formatJavaDate(INSTANT, 'Asia/Kolkata', 'z')).toBe('GMT+05:30');
  });
});
