// When clock triggers fire: daily at a stable minute within the hour, in the trigger's zone, across DST.
import { firingMinute, firstRun, nextRunAfter, type ClockSchedule } from '../../../src/local/services/trigger-schedule';
import { wallClockAt } from '../../../src/core/time-zone';

const NEW_YORK = 'America/New_York';
const HOUR = 3600_000;

/** The first `count` runs of a schedule created at `now`. */
function runs(schedule: ClockSchedule, uid: string, now: number, timeZone: string, count: number): number[] {
  const times = [firstRun(schedule, uid, now, timeZone)];
  while (times.length < count) times.push(nextRunAfter(schedule, uid, times[times.length - 1], timeZone) as number);
  return times;
}

describe('daily atHour triggers', () => {
  it('fire between 9 and 10 in their zone, at the same minute each day, across the autumn DST change', () => {
    // Created Wednesday 2026-10-28, 12:00 in New York; clocks fall back on Sunday 2026-11-01.
    const created = Date.UTC(2026, 9, 28, 16, 0);
    const times = runs({ everyDays: 1, atHour: 9 }, '4711', created, NEW_YORK, 7);
    const walls = times.map((t) => wallClockAt(t, NEW_YORK));
    expect(walls.map((w) => w.day)).toEqual([29, 30, 31, 1, 2, 3, 4]);
    expect(walls.every((w) => w.hour === 9)).toBe(true);
    expect(new Set(walls.map((w) => w.minute)).size).toBe(1);
    // The UTC hour moves from 13 (EDT) to 14 (EST): the wall clock is what stays put.
    expect(times.map((t) => new Date(t).getUTCHours())).toEqual([13, 13, 13, 14, 14, 14, 14]);
  });

  it('stay between 9 and 10 across the spring DST change too', () => {
    const created = Date.UTC(2027, 2, 5, 20, 0); // Friday 2027-03-05; clocks spring forward on 2027-03-14
    const walls = runs({ everyDays: 1, atHour: 9 }, '99', created, NEW_YORK, 14).map((t) => wallClockAt(t, NEW_YORK));
    expect(walls.every((w) => w.hour === 9)).toBe(true);
    expect(walls.at(-1)?.day).toBe(19);
  });

  it('fire today when the hour is still ahead, tomorrow when it has passed', () => {
    const before = Date.UTC(2026, 10, 23, 12, 0); // 07:00 in New York
    const after = Date.UTC(2026, 10, 23, 16, 0); // 11:00 in New York
    expect(wallClockAt(firstRun({ everyDays: 1, atHour: 9 }, '1', before, NEW_YORK), NEW_YORK).day).toBe(23);
    expect(wallClockAt(firstRun({ everyDays: 1, atHour: 9 }, '1', after, NEW_YORK), NEW_YORK).day).toBe(24);
  });

  it('pick different minutes for different triggers, each stable', () => {
    const minutes = ['1', '2', '3', '4', '5', '6'].map((uid) => firingMinute(uid, undefined));
    expect(new Set(minutes).size).toBeGreaterThan(1);
    expect(firingMinute('3', undefined)).toBe(minutes[2]);
  });

  it('keep nearMinute within 15 minutes and inside the hour', () => {
    for (const uid of ['10', '11', '12', '13', '14', '15', '16']) {
      expect(Math.abs(firingMinute(uid, 30) - 30)).toBeLessThanOrEqual(15);
      expect(firingMinute(uid, 0)).toBeGreaterThanOrEqual(0);
      expect(firingMinute(uid, 59)).toBeLessThanOrEqual(59);
    }
  });

  it('read the hour in the trigger\'s own zone', () => {
    const created = Date.UTC(2026, 10, 23, 14, 0);
    const run = firstRun({ everyDays: 1, atHour: 9 }, '7', created, 'Asia/Tokyo');
    expect(wallClockAt(run, 'Asia/Tokyo').hour).toBe(9);
  });

  it('step by n days for everyDays(n)', () => {
    const times = runs({ everyDays: 3, atHour: 6 }, '8', Date.UTC(2026, 10, 23, 14, 0), NEW_YORK, 3);
    expect(times.map((t) => wallClockAt(t, NEW_YORK).day)).toEqual([24, 27, 30]);
  });
});

describe('weekly, hourly and one-off triggers', () => {
  it('fire weekly on the weekday at the hour, every n weeks', () => {
    const created = Date.UTC(2026, 10, 23, 14, 0); // Monday 09:00 in New York
    const times = runs({ everyWeeks: 2, weekDay: 3, atHour: 15 }, '5', created, NEW_YORK, 3);
    const walls = times.map((t) => wallClockAt(t, NEW_YORK));
    expect(walls.map((w) => [w.weekday, w.hour, w.day])).toEqual([
      [3, 15, 25],
      [3, 15, 9],
      [3, 15, 23],
    ]);
  });

  it('fire every n hours from creation', () => {
    const created = Date.UTC(2026, 10, 23, 14, 7);
    expect(runs({ everyHours: 2 }, '6', created, NEW_YORK, 3)).toEqual([created + 2 * HOUR, created + 4 * HOUR, created + 6 * HOUR]);
  });

  it('fire a one-off at its moment and then never again', () => {
    const at = Date.UTC(2026, 11, 1, 12, 0);
    expect(firstRun({ at }, '9', Date.UTC(2026, 10, 23), NEW_YORK)).toBe(at);
    expect(nextRunAfter({ at }, '9', at, NEW_YORK)).toBeUndefined();
  });
});
