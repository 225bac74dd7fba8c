// The sandbox's Date reads the virtual clock, is the same kind as the runtime's Dates, and keeps local time in the script's zone whatever the machine's TZ.
import { virtualDateClass } from '../../../src/local/runtime/virtual-date';

describe('virtual Date', () => {
  const clock = { now: Date.UTC(2026, 10, 23, 9) };
  const VirtualDate = virtualDateClass(() => clock.now, 'America/New_York');

  it('reads "now" from the virtual clock', () => {
    expect(new VirtualDate().getTime()).toBe(clock.now);
    expect(VirtualDate.now()).toBe(clock.now);
    clock.now += 3_600_000;
    expect(new VirtualDate().toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });

  it('behaves as Date for explicit values, and Dates from cells are instances of it', () => {
    expect(new VirtualDate(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(new VirtualDate('2027-01-02T00:00:00Z').getUTCFullYear()).toBe(2027);
    expect(new Date(5) instanceof VirtualDate).toBe(true);
    expect(({} as object) instanceof VirtualDate).toBe(false);
  });
});

describe("virtual Date in the script's time zone", () => {
  const NewYork = virtualDateClass(() => Date.UTC(2026, 10, 23, 14), 'America/New_York');
  const Tokyo = virtualDateClass(() => Date.UTC(2026, 10, 23, 14), 'Asia/Tokyo');
  const Pacific = virtualDateClass(() => 0, 'America/Los_Angeles');

  it('builds dates from local fields in the zone, with Date overflow and two-digit years', () => {
    expect(new NewYork(2026, 0, 1).toISOString()).toBe('2026-01-01T05:00:00.000Z');
    expect(new Tokyo(2026, 0, 1).toISOString()).toBe('2025-12-31T15:00:00.000Z');
    expect(new NewYork(2026, 6, 1, 9, 30).toISOString()).toBe('2026-07-01T13:30:00.000Z');
    expect(new NewYork(2026, 0, 32).toISOString()).toBe('2026-02-01T05:00:00.000Z');
    expect(new NewYork(99, 0).getFullYear()).toBe(1999);
    expect(new NewYork(2026, Number.NaN).getTime()).toBeNaN();
  });

  it('reads every local field, the weekday and the offset in the zone', () => {
    const now = new NewYork(); // 14:00 UTC on Monday 23 November 2026
    expect([now.getFullYear(), now.getMonth(), now.getDate(), now.getDay(), now.getHours(), now.getMinutes()]).toEqual([2026, 10, 23, 1, 9, 0]);
    expect(now.getTimezoneOffset()).toBe(300);
    expect(new NewYork(2026, 6, 1).getTimezoneOffset()).toBe(240);
    const tokyo = new Tokyo();
    expect([tokyo.getDate(), tokyo.getDay(), tokyo.getHours(), tokyo.getTimezoneOffset()]).toEqual([23, 1, 23, -540]);
  });

  it('skips the hour a daylight-saving change removes and takes the first of a repeated one, as Date does', () => {
    const skipped = new NewYork(2026, 2, 8, 2, 30);
    expect(skipped.getHours()).toBe(3);
    expect(skipped.toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(new NewYork(2026, 2, 9).getTime() - new NewYork(2026, 2, 8).getTime()).toBe(23 * 3_600_000);
    expect(new NewYork(2026, 10, 1, 1, 30).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('sets local fields in the zone', () => {
    const date = new NewYork(2026, 0, 31);
    date.setHours(9, 30);
    expect(date.toISOString()).toBe('2026-01-31T14:30:00.000Z');
    date.setDate(date.getDate() + 1);
    expect([date.getMonth(), date.getDate(), date.getHours()]).toEqual([1, 1, 9]);
    date.setFullYear(2026, 6, 4);
    expect(date.toISOString()).toBe('2026-07-04T13:30:00.000Z');
    expect(date.setMinutes(Number.NaN)).toBeNaN();
  });

  it('prints as V8 does in the zone', () => {
    expect(String(new NewYork(2026, 0, 1))).toBe('Thu Jan 01 2026 00:00:00 GMT-0500 (Eastern Standard Time)');
    expect(new NewYork(2026, 6, 1, 9).toTimeString()).toBe('09:00:00 GMT-0400 (Eastern Daylight Time)');
    expect(new Tokyo(2026, 0, 1).toDateString()).toBe('Thu Jan 01 2026');
    expect(new NewYork(Number.NaN).toString()).toBe('Invalid Date');
    expect(new NewYork(2026, 0, 1).toLocaleString('en-US')).toBe('1/1/2026, 12:00:00 AM');
    expect(new NewYork(2026, 0, 1).toLocaleDateString('en-US', { timeZone: 'UTC' })).toBe('1/1/2026');
  });

  it('parses local strings in the zone and strings that name a zone as they say', () => {
    // The source's own example: a project set to Pacific time.
    expect(String(new Pacific('02/26/2023'))).toBe('Sun Feb 26 2023 00:00:00 GMT-0800 (Pacific Standard Time)');
    expect(new Pacific('2023-02-26').toISOString()).toBe('2023-02-26T00:00:00.000Z');
    expect(new Pacific('2023-02-26 00:00:00').toISOString()).toBe('2023-02-26T08:00:00.000Z');
    expect(Pacific.parse('2023-02-26T09:15:30.5')).toBe(Date.UTC(2023, 1, 26, 17, 15, 30, 500));
    expect(Pacific.parse('Feb 26 2023 10:00')).toBe(Date.UTC(2023, 1, 26, 18));
    expect(Pacific.parse('2023-02-26T09:00:00Z')).toBe(Date.UTC(2023, 1, 26, 9));
    expect(Pacific.parse('2023-02-26T09:00:00+09:00')).toBe(Date.UTC(2023, 1, 26, 0));
    expect(Pacific.parse('Sun Feb 26 2023 00:00:00 GMT-0500 (Eastern Standard Time)')).toBe(Date.UTC(2023, 1, 26, 5));
    expect(Pacific.parse('not a date')).toBeNaN();
  });
});
