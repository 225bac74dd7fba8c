// Calendar-date helpers behind trigger schedules and time-driven events.
import { addDays, isKnownTimeZone, isoWeekOfYear } from '../../../src/local/services/calendar-dates';

describe('calendar dates', () => {
  it('numbers weeks as ISO 8601 does, including week 53 and year edges', () => {
    expect(isoWeekOfYear({ year: 2026, month: 1, day: 1 })).toBe(1); // a Thursday
    expect(isoWeekOfYear({ year: 2026, month: 11, day: 24 })).toBe(48);
    expect(isoWeekOfYear({ year: 2026, month: 12, day: 31 })).toBe(53);
    expect(isoWeekOfYear({ year: 2027, month: 1, day: 3 })).toBe(53); // Sunday, still 2026's last week
    expect(isoWeekOfYear({ year: 2027, month: 1, day: 4 })).toBe(1);
  });

  it('adds days across month and year ends, and back', () => {
    expect(addDays({ year: 2026, month: 12, day: 30 }, 3)).toEqual({ year: 2027, month: 1, day: 2 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('knows IANA time zones and refuses made-up ones', () => {
    expect(isKnownTimeZone('America/New_York')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
