// Schedule arithmetic across daylight-saving changes and odd offsets: each slot runs once, in the first hourly tick at or after it.
import { applyScheduleInput, checkScheduleInput, dueSlot, nextRunAt, type Schedule, type ScheduleInput } from '../../../src/core/schedule/schedule';
import { dayNumber } from '../../../src/core/dates';
import { slotInstant } from '../../../src/core/schedule/slots';
import { offsetAt } from '../../../src/core/time-zone';

const HOUR = 3_600_000;
const utc = (iso: string) => Date.parse(iso);

function scheduleFrom(input: ScheduleInput, savedAt: number, zone: string): Schedule {
  return applyScheduleInput(null, input, savedAt, zone);
}

/** Fires an hourly tick (at `minute` past each UTC hour) from `from` to `to`; returns the instants of ticks that started a cycle. */
function runTicks(schedule: Schedule, zone: string, from: number, to: number, minute: number): { tick: number; slot: number }[] {
  const runs: { tick: number; slot: number }[] = [];
  let lastSlotAt: number | null = null;
  for (let tick = Math.ceil(from / HOUR) * HOUR + minute * 60_000; tick <= to; tick += HOUR) {
    const slot = dueSlot(schedule, lastSlotAt, tick, zone);
    if (slot !== null) {
      runs.push({ tick, slot });
      lastSlotAt = slot;
    }
  }
  return runs;
}

describe('slotInstant', () => {
  it.each([
    ['America/Los_Angeles spring-forward 02:00 (skipped): the jump to 03:00 PDT', 'America/Los_Angeles', [2027, 3, 14], 2, '2027-03-14T10:00:00Z'],
    ['America/Los_Angeles fall-back 01:00 (twice): the first, PDT', 'America/Los_Angeles', [2027, 11, 7], 1, '2027-11-07T08:00:00Z'],
    ['Europe/London spring-forward 01:00 (skipped)', 'Europe/London', [2027, 3, 28], 1, '2027-03-28T01:00:00Z'],
    ['Europe/London fall-back 01:00 (twice): the first, BST', 'Europe/London', [2027, 10, 31], 1, '2027-10-31T00:00:00Z'],
    ['Australia/Lord_Howe half-hour spring-forward: 02:00 is skipped, 02:30 comes first', 'Australia/Lord_Howe', [2027, 10, 3], 2, '2027-10-02T15:30:00Z'],
    ['Australia/Lord_Howe half-hour fall-back: 02:00 comes once, after 01:30-02:00 repeats', 'Australia/Lord_Howe', [2027, 4, 4], 2, '2027-04-03T15:30:00Z'],
    ['Asia/Kathmandu +05:45', 'Asia/Kathmandu', [2027, 3, 15], 9, '2027-03-15T03:15:00Z'],
  ])('%s', (_label, zone, [y, m, d], hour, expected) => {
    expect(new Date(slotInstant(dayNumber(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`), hour, zone)).toISOString()).toBe(new Date(expected).toISOString());
  });
});

describe('slotInstant on every day of a year', () => {
  const wall = (t: number, zone: string) => t + offsetAt(t, zone);
  it.each(['America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns'])('%s: the first instant the local clock reads the hour or later', (zone) => {
    const first = dayNumber('2027-01-01');
    const wrong: string[] = [];
    for (let day = first; day < first + 365; day += 1) {
      for (const hour of [0, 1, 2, 3, 9, 23]) {
        const target = day * 24 * HOUR + hour * HOUR;
        const slot = slotInstant(day, hour, zone);
        const ok = wall(slot, zone) >= target && wall(slot - 1, zone) < target && wall(slot, zone) - target <= HOUR;
        if (!ok) wrong.push(`${new Date(target).toISOString()} -> ${new Date(slot).toISOString()}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('a due cycle runs once, in the first tick at or after its local hour', () => {
  it.each([
    ['America/Los_Angeles', { everyWeeks: 1, weekday: 'Sunday', hour: 2 }, '2027-03-08T12:00:00Z', '2027-03-14T10:00:00Z'],
    ['America/Los_Angeles', { everyWeeks: 1, weekday: 'Sunday', hour: 1 }, '2027-11-01T00:00:00Z', '2027-11-07T08:00:00Z'],
    ['Europe/London', { everyWeeks: 2, weekday: 'Sunday', hour: 1 }, '2027-03-22T00:00:00Z', '2027-03-28T01:00:00Z'],
    ['Australia/Lord_Howe', { everyWeeks: 1, weekday: 'Sunday', hour: 2 }, '2027-09-27T00:00:00Z', '2027-10-02T15:30:00Z'],
    ['Australia/Lord_Howe', { everyWeeks: 1, weekday: 'Sunday', hour: 1 }, '2027-03-29T00:00:00Z', '2027-04-03T14:00:00Z'],
    ['Asia/Kathmandu', { everyWeeks: 3, weekday: 'Monday', hour: 9 }, '2027-03-10T00:00:00Z', '2027-03-15T03:15:00Z'],
  ] as const)('%s %o', (zone, input, savedAt, slot) => {
    for (const minute of [0, 14, 15, 29, 30, 45, 59]) {
      const schedule = scheduleFrom(input, utc(savedAt), zone);
      const runs = runTicks(schedule, zone, utc(savedAt), utc(savedAt) + 7 * 24 * HOUR * input.everyWeeks, minute);
      expect(runs.map((r) => r.slot)).toEqual([utc(slot)]);
      const tick = runs[0].tick;
      expect(tick).toBeGreaterThanOrEqual(utc(slot));
      expect(tick - HOUR).toBeLessThan(utc(slot));
    }
  });

  it('repeats every N weeks at the same local hour across a daylight-saving change', () => {
    const zone = 'America/Los_Angeles';
    const schedule = scheduleFrom({ everyWeeks: 2, weekday: 'Monday', hour: 9 }, utc('2027-02-20T00:00:00Z'), zone);
    const runs = runTicks(schedule, zone, utc('2027-02-20T00:00:00Z'), utc('2027-04-10T00:00:00Z'), 20);
    expect(runs.map((r) => new Date(r.slot).toISOString())).toEqual(['2027-02-22T17:00:00.000Z', '2027-03-08T17:00:00.000Z', '2027-03-22T16:00:00.000Z', '2027-04-05T16:00:00.000Z']);
  });

  it('runs a missed cycle once after the trigger was off for weeks or the clock jumped', () => {
    const zone = 'Europe/London';
    const schedule = scheduleFrom({ everyWeeks: 1, weekday: 'Wednesday', hour: 8 }, utc('2027-01-01T00:00:00Z'), zone);
    const late = utc('2027-02-20T12:00:00Z');
    const slot = dueSlot(schedule, null, late, zone);
    expect(new Date(slot!).toISOString()).toBe('2027-02-17T08:00:00.000Z');
    expect(dueSlot(schedule, slot, late + HOUR, zone)).toBeNull();
    expect(new Date(nextRunAt(schedule, slot, late, zone)!).toISOString()).toBe('2027-02-24T08:00:00.000Z');
  });

  it('never runs while paused, nor the slots missed while paused after resuming', () => {
    const zone = 'Asia/Kathmandu';
    const input: ScheduleInput = { everyWeeks: 1, weekday: 'Friday', hour: 7 };
    const saved = scheduleFrom(input, utc('2027-01-01T00:00:00Z'), zone);
    const paused = applyScheduleInput(saved, { ...input, paused: true }, utc('2027-01-02T00:00:00Z'), zone);
    expect(dueSlot(paused, null, utc('2027-01-20T00:00:00Z'), zone)).toBeNull();
    expect(nextRunAt(paused, null, utc('2027-01-20T00:00:00Z'), zone)).toBeNull();
    const resumed = applyScheduleInput(paused, input, utc('2027-01-20T00:00:00Z'), zone);
    expect(dueSlot(resumed, null, utc('2027-01-20T00:00:00Z'), zone)).toBeNull();
    expect(new Date(nextRunAt(resumed, null, utc('2027-01-20T00:00:00Z'), zone)!).toISOString()).toBe('2027-01-22T01:15:00.000Z');
  });

  it('keeps its rhythm when only the review setting changes, and restarts when the timing changes', () => {
    const zone = 'Europe/London';
    const input: ScheduleInput = { everyWeeks: 4, weekday: 'Monday', hour: 9 };
    const saved = scheduleFrom(input, utc('2027-01-01T00:00:00Z'), zone);
    const last = utc('2027-01-04T09:00:00Z');
    const reviewed = applyScheduleInput(saved, { ...input, reviewBeforeSending: true }, utc('2027-01-12T00:00:00Z'), zone);
    expect(new Date(nextRunAt(reviewed, last, utc('2027-01-12T00:00:00Z'), zone)!).toISOString()).toBe('2027-02-01T09:00:00.000Z');
    const moved = applyScheduleInput(saved, { ...input, weekday: 'Thursday' }, utc('2027-01-12T00:00:00Z'), zone);
    expect(new Date(nextRunAt(moved, last, utc('2027-01-12T00:00:00Z'), zone)!).toISOString()).toBe('2027-01-14T09:00:00.000Z');
  });
});

describe('checkScheduleInput', () => {
  it('names every bad field', () => {
    const result = checkScheduleInput({ everyWeeks: 0, weekday: 'Funday', hour: 24, paused: 'yes' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.column)).toEqual(['everyWeeks', 'weekday', 'hour', 'paused']);
    expect(!result.ok && result.problems[1].message).toContain('"Funday"');
    expect(checkScheduleInput({ everyWeeks: 9, weekday: 'Monday', hour: 1.5 }).ok).toBe(false);
    expect(checkScheduleInput(null).ok).toBe(false);
  });

  it('accepts the full range', () => {
    expect(checkScheduleInput({ everyWeeks: 8, weekday: 'Sunday', hour: 0, reviewBeforeSending: true })).toEqual({
      ok: true,
      value: { everyWeeks: 8, weekday: 'Sunday', hour: 0, paused: false, reviewBeforeSending: true },
    });
  });
});
