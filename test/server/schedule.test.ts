// The schedule through the bundle: one hourly trigger, cycles at the local hour, pause, review and approve, a co-teacher, bad input.
import { advanceClock } from '../../src/local/runtime/scheduler';
import { setDailyEmailQuota } from '../../src/local/services/mail-app';
import type { Result, SendingState } from '../../src/shared/rpc';
import { runOk } from '../helpers/runtime';
import { addRows } from './class-fixture';
import { CO_TEACHER, cycleRows, editRows, HOUR, mailsByAddress, ok, sendingClass, state, studentMails } from './sending-fixture';
import type { LocalRuntime } from '../../src/local/runtime/runtime';

/** TEST_NOW is Monday 2026-11-23 09:00 in New York, the spreadsheet's zone: Monday at 10 is an hour away. */
const MONDAY_AT_10 = { everyWeeks: 1, weekday: 'Monday', hour: 10 };

function save(runtime: LocalRuntime, input: unknown, user?: string): Result<SendingState> {
  const result = runtime.run('saveSchedule', [input], user ? { user } : {});
  expect(result.record.outcome).toBe('ok');
  return result.value as Result<SendingState>;
}

const clockTriggers = (runtime: LocalRuntime, owner?: string) => runtime.state.triggers.filter((t) => t.eventType === 'CLOCK' && (!owner || t.owner === owner));

describe('saveSchedule', () => {
  it('installs one hourly trigger, however often it is saved, and shows the next run in the spreadsheet zone', () => {
    const runtime = sendingClass(2);
    const value = ok(save(runtime, MONDAY_AT_10));
    ok(save(runtime, { ...MONDAY_AT_10, reviewBeforeSending: false }));
    expect(clockTriggers(runtime)).toHaveLength(1);
    expect(clockTriggers(runtime)[0]).toMatchObject({ handler: 'onScheduleTick', clock: { everyHours: 1 } });
    expect(value).toMatchObject({ owner: 'teacher@example.edu', timeZone: 'America/New_York', nextRunAt: '2026-11-23T15:00:00.000Z', nextRunLocal: 'Monday 23 November 2026, 10:00' });
  });

  it('refuses an hour of 24, a weekday of Funday and every 0 weeks, saving nothing', () => {
    const runtime = sendingClass(1);
    const result = save(runtime, { everyWeeks: 0, weekday: 'Funday', hour: 24 });
    expect(!result.ok && result.problems.map((p) => p.column)).toEqual(['everyWeeks', 'weekday', 'hour']);
    expect(clockTriggers(runtime)).toHaveLength(0);
    expect(state(runtime).schedule).toBeNull();
  });
});

describe('the hourly tick', () => {
  it('runs each cycle once, in the first tick at or after the local hour, every N weeks', () => {
    const runtime = sendingClass(5);
    ok(save(runtime, { ...MONDAY_AT_10, everyWeeks: 2 }));
    advanceClock(runtime, 2 * HOUR);
    expect(studentMails(runtime)).toBe(5);
    const first = state(runtime);
    expect(first.cycle).toMatchObject({ id: 'Cycle 2026-11-23 10:00', status: 'done' });
    expect(first.nextRunAt).toBe('2026-12-07T15:00:00.000Z');
    advanceClock(runtime, 13 * 24 * HOUR);
    expect(studentMails(runtime)).toBe(5);
    addRows(runtime, 'Resources', [{ ID: 'res-5', Title: 'Robot arm kit', URL: 'https://example.org/arm', Type: 'article', Tags: 'robotics', Active: true }]);
    advanceClock(runtime, 22 * HOUR);
    expect(studentMails(runtime)).toBe(5);
    advanceClock(runtime, 2 * HOUR);
    expect(studentMails(runtime)).toBe(10);
    expect(state(runtime).cycle?.id).toBe('Cycle 2026-12-07 10:00');
  });

  it('runs the missed cycle once, not once per missed week, after the trigger was off for weeks', () => {
    const runtime = sendingClass(5);
    ok(save(runtime, MONDAY_AT_10));
    runtime.state.triggers = [];
    advanceClock(runtime, 22 * 24 * HOUR);
    expect(studentMails(runtime)).toBe(0);
    ok(save(runtime, MONDAY_AT_10));
    advanceClock(runtime, 3 * HOUR);
    expect(studentMails(runtime)).toBe(5);
    expect(state(runtime).cycle?.id).toBe('Cycle 2026-12-14 10:00');
    advanceClock(runtime, 24 * HOUR);
    expect(studentMails(runtime)).toBe(5);
  });

  it('pauses a cycle mid-way and continues it on resume, nobody mailed twice', () => {
    const runtime = sendingClass(25);
    setDailyEmailQuota(runtime.state, 10);
    ok(save(runtime, MONDAY_AT_10));
    advanceClock(runtime, 2 * HOUR);
    expect(studentMails(runtime)).toBe(10);
    ok(save(runtime, { ...MONDAY_AT_10, paused: true }));
    advanceClock(runtime, 3 * 24 * HOUR);
    expect(studentMails(runtime)).toBe(10);
    expect(state(runtime)).toMatchObject({ nextRunAt: null, cycle: { status: 'sending', counts: { sent: 10, planned: 15 } } });
    ok(save(runtime, MONDAY_AT_10));
    advanceClock(runtime, 2 * 24 * HOUR);
    expect(studentMails(runtime)).toBe(25);
    expect([...mailsByAddress(runtime).values()].every((n) => n === 1)).toBe(true);
  });

  it('waits for approval when review is on; a student skipped (in the Sent log or the sidebar) gets nothing, a swapped pick is sent instead', () => {
    const runtime = sendingClass(4);
    ok(save(runtime, { ...MONDAY_AT_10, reviewBeforeSending: true }));
    advanceClock(runtime, 2 * HOUR);
    const waiting = state(runtime).cycle!;
    expect(waiting).toMatchObject({ status: 'review', counts: { planned: 4 } });
    expect(studentMails(runtime)).toBe(0);
    expect(cycleRows(runtime, waiting.id).every((row) => row.Status === 'planned')).toBe(true);
    editRows(runtime, 'Sent log', (row) => row['Student ID'] === 'stu-000002', 'Status', 'skipped');
    expect(ok(runOk<Result<SendingState>>(runtime, 'skipPlannedStudent', 'stu-000003')).cycle?.counts).toMatchObject({ planned: 2, skipped: 2 });
    const swapped = runOk<Result<SendingState>>(runtime, 'swapPlannedPick', 'stu-000001', 'res-1', 'res-3');
    expect(swapped.ok).toBe(true);
    expect(runOk<Result<SendingState>>(runtime, 'swapPlannedPick', 'stu-000001', 'res-2', 'res-missing').ok).toBe(false);
    advanceClock(runtime, 5 * HOUR);
    expect(studentMails(runtime)).toBe(0);
    const approved = ok(runOk<Result<SendingState>>(runtime, 'approveCycle'));
    expect(approved.cycle).toMatchObject({ status: 'done', counts: { sent: 2, skipped: 2 } });
    expect(mailsByAddress(runtime).get('student2@school.example')).toBeUndefined();
    expect(mailsByAddress(runtime).get('student3@school.example')).toBeUndefined();
    const first = runtime.state.mail.outbox.find((m) => m.to[0] === 'student1@school.example')!;
    expect(first.body).toContain('https://example.org/finals');
    expect(first.body).not.toContain('https://example.org/robot');
    expect(runOk<Result<SendingState>>(runtime, 'approveCycle').ok).toBe(false);
    expect(runOk<Result<SendingState>>(runtime, 'skipPlannedStudent', 'stu-000001').ok).toBe(false);
  });

  it('lets a co-teacher see the owner and take over; the former owner’s trigger removes itself and nothing is doubled', () => {
    const runtime = sendingClass(6);
    ok(save(runtime, MONDAY_AT_10));
    const refused = save(runtime, MONDAY_AT_10, CO_TEACHER);
    expect(!refused.ok && refused.problems[0].message).toContain('teacher@example.edu');
    expect(runtime.run('getSendingState', [], { user: CO_TEACHER }).value).toMatchObject({ owner: 'teacher@example.edu', you: CO_TEACHER });
    const taken = runtime.run('takeOverSchedule', [], { user: CO_TEACHER }).value as Result<SendingState>;
    expect(ok(taken).owner).toBe(CO_TEACHER);
    expect(clockTriggers(runtime)).toHaveLength(2);
    advanceClock(runtime, 2 * HOUR);
    expect(clockTriggers(runtime).map((t) => t.owner)).toEqual([CO_TEACHER]);
    expect(studentMails(runtime)).toBe(6);
    expect(runtime.state.mail.outbox.filter((m) => m.to[0].startsWith('student')).every((m) => m.from === CO_TEACHER)).toBe(true);
  });
});
