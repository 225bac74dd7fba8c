// Wall-clock conversions in IANA zones, across daylight-saving changes.
import { instantOf, wallClockAt } from '../../src/core/time-zone';

describe('time zones', () => {
  it('reads the wall clock of an instant in a zone, with the weekday', () => {
    expect(wallClockAt(Date.UTC(2026, 10, 23, 14, 0, 0), 'America/New_York')).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      hour: 9,
      minute: 0,
      second: 0,
      weekday: 1,
    });
  });

  it('finds the instant of a wall-clock time on both sides of a daylight-saving change', () => {
    expect(new Date(instantOf('America/New_York', 2027, 3, 13)).toISOString()).toBe('2027-03-13T05:00:00.000Z');
    expect(new Date(instantOf('America/New_York', 2027, 3, 15)).toISOString()).toBe('2027-03-15T04:00:00.000Z');
    expect(new Date(instantOf('Europe/London', 2027, 7, 1, 9, 30)).toISOString()).toBe('2027-07-01T08:30:00.000Z');
  });

  it('round-trips every hour of a day that changes its offset', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      if (hour === 2) continue; // 02:00-03:00 does not exist on 2027-03-14 in New York
      const wall = wallClockAt(instantOf('America/New_York', 2027, 3, 14, hour, 15), 'America/New_York');
      expect([wall.day, wall.hour, wall.minute]).toEqual([14, hour, 15]);
    }
  });
});
