// Important events: "Label date" entries separated by ';', read leniently; birthdays recur yearly.
import { nextOccurrence, parseEvents } from '../../src/core/events';
import { DATES } from './tables';

describe('parseEvents', () => {
  it('reads labels with dates at the end or the start, in several forms', () => {
    const { events, unreadable } = parseEvents('Regional final 2026-12-05; 12/12 Winter concert;\nB-day: Jan 3; Science fair on Nov 30 2026; 2026-12-24', DATES);
    expect(events).toEqual([
      { label: 'Regional final', date: '2026-12-05', yearly: false },
      { label: 'Winter concert', date: '2026-12-12', yearly: false },
      { label: 'B-day', date: '2027-01-03', yearly: true },
      { label: 'Science fair', date: '2026-11-30', yearly: false },
      { label: 'Event', date: '2026-12-24', yearly: false },
    ]);
    expect(unreadable).toEqual([]);
  });

  it('returns entries without a date instead of dropping them', () => {
    expect(parseEvents('Prom; ;Play 2026-13-01', DATES)).toEqual({ events: [], unreadable: ['Prom', 'Play 2026-13-01'] });
  });
});

describe('nextOccurrence', () => {
  it('is the next anniversary for a birthday and the date itself otherwise', () => {
    expect(nextOccurrence({ label: 'Birthday', date: '2010-11-23', yearly: true }, '2026-11-23')).toBe('2026-11-23');
    expect(nextOccurrence({ label: 'Birthday', date: '2010-11-22', yearly: true }, '2026-11-23')).toBe('2027-11-22');
    expect(nextOccurrence({ label: 'Birthday', date: '2008-02-29', yearly: true }, '2026-11-23')).toBe('2027-02-28');
    expect(nextOccurrence({ label: 'Game', date: '2026-01-01', yearly: false }, '2026-11-23')).toBe('2026-01-01');
  });
});
