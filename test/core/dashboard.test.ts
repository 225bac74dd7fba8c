// Connection statistics: share connected per section, longest without a check-in, what is due this week.
import fc from 'fast-check';
import { parseCheckIns, type CheckIn } from '../../src/core/check-ins';
import { checkWindowDays, connectionDashboard } from '../../src/core/dashboard';
import { addDays } from '../../src/core/dates';
import type { Student } from '../../src/core/students';
import { mapColumns } from '../../src/core/headers';
import { CHECK_INS } from '../../src/core/schema';
import { NEW_YORK, TODAY, tabValues } from './tables';

function student(id: string, section: string, extra: Partial<Student> = {}): Student {
  return { row: Number(id.replace(/\D/g, '')) + 1, id, firstName: id, lastName: '', name: id, email: `${id}@x.org`, emailUsable: true, section, gradeOrMajor: '', interests: [], careerPath: '', preferredTypes: [], goals: '', howWeCanHelp: '', events: [], optOut: false, privateNotes: '', ...extra };
}

function checkIn(studentId: string, daysAgo: number, followUp: string | null = null, row = 2): CheckIn {
  return { row, date: addDays(TODAY, -daysAgo), at: new Date(`${addDays(TODAY, -daysAgo)}T12:00:00Z`), studentId, studentName: '', kind: 'greeting', note: '', followUp };
}

describe('connectionDashboard', () => {
  const students = [student('s1', 'P1'), student('s2', 'P1'), student('s3', 'P2'), student('s4', '')];

  it('counts a check-in within the last N days (N calendar days including today)', () => {
    const dashboard = connectionDashboard(students, [checkIn('s1', 13), checkIn('s2', 14), checkIn('s3', 0)], TODAY, 14);
    expect(dashboard.sections).toEqual([
      { section: 'No section', students: 1, connected: 0, share: 0 },
      { section: 'P1', students: 2, connected: 1, share: 0.5 },
      { section: 'P2', students: 1, connected: 1, share: 1 },
    ]);
    expect(dashboard).toMatchObject({ windowDays: 14, asOf: TODAY });
  });

  it('lists never-connected students first, then the longest waiting', () => {
    const dashboard = connectionDashboard(students, [checkIn('s1', 3), checkIn('s2', 30), checkIn('s3', 30)], TODAY, 14);
    expect(dashboard.longestWithout.map((s) => [s.id, s.daysSince])).toEqual([['s4', null], ['s2', 30], ['s3', 30], ['s1', 3]]);
    expect(dashboard.longestWithout[0]).toMatchObject({ section: 'No section', row: 5, name: 's4' });
  });

  it('has no sections and an empty list for an empty roster', () => {
    expect(connectionDashboard([], [], TODAY, 14)).toEqual({ windowDays: 14, asOf: TODAY, sections: [], longestWithout: [], dueThisWeek: [] });
  });

  it('shows events and open follow-ups from today through 7 days ahead, in date order', () => {
    const withEvents = [
      student('s1', 'P1', { events: [{ label: 'Concert', date: addDays(TODAY, 7), yearly: false }, { label: 'Game', date: addDays(TODAY, 8), yearly: false }] }),
      student('s2', 'P1', { events: [{ label: 'Birthday', date: '2010-11-25', yearly: true }, { label: 'Past', date: addDays(TODAY, -1), yearly: false }] }),
      student('s3', 'P2'),
    ];
    const checkIns = [checkIn('s3', 2, TODAY, 2), checkIn('s1', 5, addDays(TODAY, 1), 3), checkIn('s1', 1, null, 4)];
    const due = connectionDashboard(withEvents, checkIns, TODAY, 14).dueThisWeek;
    expect(due.map((d) => [d.id, d.kind, d.label, d.date])).toEqual([
      ['s3', 'follow-up', `Follow up on the greeting of ${addDays(TODAY, -2)}`, TODAY],
      ['s2', 'event', 'Birthday', '2026-11-25'],
      ['s1', 'event', 'Concert', addDays(TODAY, 7)],
    ]);
  });

  it('keeps a follow-up whose date has passed on the list, marked overdue, until a later check-in', () => {
    const roster = [student('s1', 'P1'), student('s2', 'P1')];
    const checkIns = [checkIn('s1', 20, addDays(TODAY, -3), 2), checkIn('s2', 20, addDays(TODAY, -3), 3), checkIn('s2', 1, null, 4)];
    const due = connectionDashboard(roster, checkIns, TODAY, 14).dueThisWeek;
    expect(due.map((d) => [d.id, d.label, d.date])).toEqual([['s1', `Overdue: follow up on the greeting of ${addDays(TODAY, -20)}`, addDays(TODAY, -3)]]);
  });

  it('keeps shares between 0 and 1 and counts every student once', () => {
    const arbitrary = fc.array(fc.tuple(fc.constantFrom('P1', 'P2', ''), fc.option(fc.integer({ min: -3, max: 60 }), { nil: null })), { maxLength: 60 });
    fc.assert(fc.property(arbitrary, fc.integer({ min: 1, max: 60 }), (rows, windowDays) => {
      const roster = rows.map(([section], i) => student(`s${i}`, section));
      const checkIns = rows.flatMap(([, days], i) => (days === null ? [] : [checkIn(`s${i}`, days)]));
      const dashboard = connectionDashboard(roster, checkIns, TODAY, windowDays);
      expect(dashboard.sections.reduce((n, s) => n + s.students, 0)).toBe(roster.length);
      for (const s of dashboard.sections) {
        expect(s.share).toBeGreaterThanOrEqual(0);
        expect(s.share).toBeLessThanOrEqual(1);
        expect(s.connected).toBe(rows.filter(([section, days]) => (section || 'No section') === s.section && days !== null && Math.max(0, days) < windowDays).length);
      }
      expect(dashboard.longestWithout.length).toBe(Math.min(10, roster.length));
    }));
  });
});

describe('checkWindowDays', () => {
  it.each([[14, 14], [7, 7], ['30', 30], [' 30 ', 30], [1, 1], [366, 366], ['366', 366]])('accepts %p as %p days', (input, days) => {
    expect(checkWindowDays(input)).toEqual({ ok: true, value: days });
  });

  it.each([0, -1, Number.NaN, undefined, null, 367, 1000, 3.7, '1.5', '1e2', '', 'two weeks', [14], { days: 14 }])('refuses %p, naming the window', (input) => {
    expect(checkWindowDays(input)).toEqual({ ok: false, problems: [{ column: 'Check-in window', message: 'The check-in window is a whole number of days from 1 to 366.' }] });
  });
});

describe('the N-day window across a daylight-saving change', () => {
  it('counts calendar days in the spreadsheet zone, not 24-hour spans, when the clocks went back in between', () => {
    // New York left daylight saving on 2026-11-01; today is 2026-11-02, so 14 days reach back to 2026-10-20.
    const values = tabValues(CHECK_INS, [
      { date: new Date('2026-10-20T04:30:00Z'), studentId: 's1', kind: 'greeting' }, // 00:30 on Oct 20, EDT
      { date: new Date('2026-10-20T03:30:00Z'), studentId: 's2', kind: 'greeting' }, // 23:30 on Oct 19, EDT
    ]);
    const { checkIns } = parseCheckIns(values.rows, mapColumns(CHECK_INS, values.header), { timeZone: NEW_YORK, today: '2026-11-02' });
    const dashboard = connectionDashboard([student('s1', 'P1'), student('s2', 'P1')], checkIns, '2026-11-02', 14);
    expect(dashboard.sections).toEqual([{ section: 'P1', students: 2, connected: 1, share: 0.5 }]);
    expect(dashboard.longestWithout.map((s) => [s.id, s.daysSince])).toEqual([['s2', 14], ['s1', 13]]);
  });
});
