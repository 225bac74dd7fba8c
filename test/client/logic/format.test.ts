// Tests the sidebar's text for counts, shares, days and dates.
import { countOf, daysSinceText, formatDay, listOf, percent, shareText } from '../../../src/client/logic/format';

describe('format', () => {
  test('countOf picks singular or plural', () => {
    expect(countOf(1, 'row')).toBe('1 row');
    expect(countOf(3, 'row')).toBe('3 rows');
    expect(countOf(0, 'entry', 'entries')).toBe('0 entries');
  });

  test('listOf joins names with commas and a final "and"', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['Maya'])).toBe('Maya');
    expect(listOf(['Maya', 'Leo'])).toBe('Maya and Leo');
    expect(listOf(['Maya', 'Leo', 'Ana'])).toBe('Maya, Leo and Ana');
  });

  test('percent rounds and clamps so a bar never overflows', () => {
    expect(percent(0.6)).toBe(60);
    expect(percent(3 / 18)).toBe(17);
    expect(percent(1.4)).toBe(100);
    expect(percent(-0.2)).toBe(0);
    expect(percent(Number.NaN)).toBe(0);
  });

  test('shareText reads "connected of students (percent)"', () => {
    expect(shareText({ section: 'P2', students: 20, connected: 12, share: 0.6 })).toBe('12 of 20 (60%)');
    expect(shareText({ section: 'Empty', students: 0, connected: 0, share: 0 })).toBe('0 of 0 (0%)');
  });

  test('daysSinceText', () => {
    expect(daysSinceText(null)).toBe('never');
    expect(daysSinceText(0)).toBe('today');
    expect(daysSinceText(1)).toBe('yesterday');
    expect(daysSinceText(21)).toBe('21 days ago');
  });

  test('formatDay shows the calendar date as given, whatever the machine time zone', () => {
    expect(formatDay('2026-11-26')).toBe('Thu, Nov 26');
    expect(formatDay('2026-01-01')).toBe('Thu, Jan 1');
    expect(formatDay('next Tuesday')).toBe('next Tuesday');
  });

  test('formatDay shows the year only when it is not the year of today', () => {
    expect(formatDay('2026-11-26', '2026-11-23')).toBe('Thu, Nov 26');
    expect(formatDay('2027-11-08', '2026-11-23')).toBe('Mon, Nov 8, 2027');
    expect(formatDay('2027-01-02', '2026-12-29')).toBe('Sat, Jan 2, 2027');
  });
});
