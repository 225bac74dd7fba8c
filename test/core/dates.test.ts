// Dates: Date cells, ISO strings and typed text become calendar dates in the spreadsheet's time zone.
import fc from 'fast-check';
import { addDays, calendarDateInZone, daysBetween, parseDateText, parseDateValue, startOfDayInZone } from '../../src/core/dates';

const NY = { timeZone: 'America/New_York', today: '2026-11-23' };

describe('calendarDateInZone', () => {
  it('gives the date on the wall calendar of the zone, not UTC', () => {
    const instant = new Date('2026-11-24T03:30:00Z');
    expect(calendarDateInZone(instant, 'America/New_York')).toBe('2026-11-23');
    expect(calendarDateInZone(instant, 'Europe/London')).toBe('2026-11-24');
    expect(calendarDateInZone(instant, 'Asia/Tokyo')).toBe('2026-11-24');
    expect(calendarDateInZone(new Date('2026-11-23T11:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-11-24');
  });

  it('reads a date-only cell (midnight in the spreadsheet zone) as that day, whatever the zone', () => {
    for (const zone of ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'UTC']) {
      expect(calendarDateInZone(startOfDayInZone('2026-03-08', zone), zone)).toBe('2026-03-08');
    }
  });
});

describe('startOfDayInZone', () => {
  it('is local midnight, also on daylight-saving change days', () => {
    expect(startOfDayInZone('2026-11-23', 'America/New_York').toISOString()).toBe('2026-11-23T05:00:00.000Z');
    expect(startOfDayInZone('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfDayInZone('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayInZone('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfDayInZone('2026-11-23', 'Asia/Tokyo').toISOString()).toBe('2026-11-22T15:00:00.000Z');
  });

  it('round-trips every day of 1990-2060 in several zones', () => {
    const zones = ['America/New_York', 'America/Sao_Paulo', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Apia'];
    fc.assert(
      fc.property(fc.integer({ min: 7300, max: 32870 }), fc.constantFrom(...zones), (day, zone) => {
        const date = addDays('1970-01-01', day);
        expect(calendarDateInZone(startOfDayInZone(date, zone), zone)).toBe(date);
      }),
    );
  });
});

describe('parseDateText', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['11/30/2026', '2026-11-30'],
    ['11/30/26', '2026-11-30'],
    ['11-30-2026', '2026-11-30'],
    ['2026/11/30', '2026-11-30'],
    ['Nov 30', '2026-11-30'],
    ['nov. 30', '2026-11-30'],
    ['November 30, 2026', '2026-11-30'],
    ['Nov 30 2026', '2026-11-30'],
    ['30 Nov 2026', '2026-11-30'],
    ['Mon, Nov 30', '2026-11-30'],
    ['Sept 3 2027', '2027-09-03'],
    ['12/5', '2026-12-05'],
    ['  Nov   30  ', '2026-11-30'],
  ])('reads %s as %s (today 2026-11-23, US order)', (text, date) => expect(parseDateText(text, NY)).toBe(date));

  it('takes the occurrence nearest today for a date typed without a year', () => {
    expect(parseDateText('Jan 5', NY)).toBe('2027-01-05');
    expect(parseDateText('Oct 1', NY)).toBe('2026-10-01');
    expect(parseDateText('Feb 29', { ...NY, today: '2027-12-20' })).toBe('2028-02-29');
  });

  it('reads day first when the spreadsheet locale does', () => {
    expect(parseDateText('11/12/2026', { ...NY, order: 'DMY' })).toBe('2026-12-11');
    expect(parseDateText('11/12/2026', NY)).toBe('2026-11-12');
  });

  it('converts an ISO instant with a zone to the calendar date in the spreadsheet zone', () => {
    expect(parseDateText('2026-11-24T02:00:00Z', NY)).toBe('2026-11-23');
    expect(parseDateText('2026-11-24T02:00:00Z', { ...NY, timeZone: 'Europe/Paris' })).toBe('2026-11-24');
    expect(parseDateText('2026-11-24T02:00', NY)).toBe('2026-11-24');
  });

  it.each(['2026-02-30', '13/01/2026', 'Feb 30', 'next Tuesday', 'soon', '30', 'Ma 3', '2026-11-30T25:00:00Z'])('refuses %s', (text) => {
    expect(parseDateText(text, NY)).toBeNull();
  });

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => {
      const result = parseDateText(text, NY);
      expect(result === null || /^\d{4}-\d{2}-\d{2}$/.test(result)).toBe(true);
    }));
  });
});

describe('parseDateValue', () => {
  it('reads Date cells in the spreadsheet zone, blank as null, and unreadable text as a message', () => {
    expect(parseDateValue(new Date('2026-11-23T05:00:00Z'), NY)).toEqual({ ok: true, date: '2026-11-23' });
    expect(parseDateValue('', NY)).toEqual({ ok: true, date: null });
    expect(parseDateValue('   ', NY)).toEqual({ ok: true, date: null });
    expect(parseDateValue('11/30/2026', NY)).toEqual({ ok: true, date: '2026-11-30' });
    const bad = parseDateValue('the day after the game', NY);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toContain('"the day after the game" is not a date');
    expect(parseDateValue(new Date(NaN), NY).ok).toBe(false);
    expect(parseDateValue(42, NY).ok).toBe(false);
  });

  it('refuses a time-only cell, which Sheets dates 1899-12-30, naming what is missing', () => {
    expect(parseDateValue(new Date('1899-12-30T20:15:00Z'), NY)).toEqual({ ok: false, message: 'holds a time but no day; type the day too (e.g. 2026-11-30)' });
    expect(parseDateValue(new Date('1899-12-31T05:00:00Z'), NY)).toEqual({ ok: true, date: '1899-12-31' });
  });
});

describe('calendar arithmetic', () => {
  it('counts whole days across month, year and DST boundaries', () => {
    expect(daysBetween('2026-11-23', '2026-12-07')).toBe(14);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
