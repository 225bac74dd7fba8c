// The send engine through the bundle: one email per student per cycle, Sent log rows keyed by cycle and student, Send now's guard, the summary.
import { setDailyEmailQuota } from '../../src/local/services/mail-app';
import { advanceClock } from '../../src/local/runtime/scheduler';
import { runOk } from '../helpers/runtime';
import { addRows, recordsOf, tab } from './class-fixture';
import { cycleRows, HOUR, mailsByAddress, ok, sendingClass, sendNow, state, studentMails } from './sending-fixture';

describe('sendNow', () => {
  it('sends every student one email, logs each pick as sent under the cycle id, and mails the teacher a summary', () => {
    const runtime = sendingClass(25);
    const value = ok(sendNow(runtime));
    expect(value.cycle).toMatchObject({ status: 'done', counts: { planned: 0, sent: 25, skipped: 0, failed: 0, unknown: 0 }, unknown: [] });
    const counts = mailsByAddress(runtime);
    for (let i = 1; i <= 25; i += 1) expect(counts.get(`student${i}@school.example`)).toBe(1);
    const rows = cycleRows(runtime, value.cycle!.id);
    expect(new Set(rows.map((r) => r.Status))).toEqual(new Set(['sent']));
    expect(rows.every((r) => r['Sent at'] instanceof Date)).toBe(true);
    const summary = runtime.state.mail.outbox.at(-1)!;
    expect(summary.to).toEqual([runtime.state.user.email]);
    expect(summary.body).toContain('Sent: 25. Skipped: 0. Failed: 0. Unknown: 0.');
  });

  it('asks before a second cycle within a day, and starts one when asked again', () => {
    const runtime = sendingClass(3);
    const first = ok(sendNow(runtime)).cycle!.id;
    advanceClock(runtime, HOUR);
    const again = sendNow(runtime);
    expect(again.ok).toBe(false);
    expect(!again.ok && again.problems[0].message).toContain('finished less than a day ago');
    expect(studentMails(runtime)).toBe(3);
    const second = ok(sendNow(runtime, { again: true })).cycle!;
    expect(second.id).not.toBe(first);
    expect(second.counts.sent).toBe(3);
    expect(studentMails(runtime)).toBe(6);
  });

  it('sends 10 a day with a quota of 10 and 25 due, continuing on the hourly tick after the quota resets', () => {
    const runtime = sendingClass(25);
    setDailyEmailQuota(runtime.state, 10);
    const first = ok(sendNow(runtime));
    expect(first.cycle).toMatchObject({ status: 'sending', counts: { sent: 10, planned: 15 } });
    expect(first.cycle!.problem).toContain('quota');
    advanceClock(runtime, 5 * HOUR);
    expect(studentMails(runtime)).toBe(10);
    advanceClock(runtime, 20 * HOUR);
    expect(studentMails(runtime)).toBe(20);
    advanceClock(runtime, 25 * HOUR);
    expect(studentMails(runtime)).toBe(25);
    expect(state(runtime).cycle).toMatchObject({ status: 'done', counts: { sent: 25 } });
    expect([...mailsByAddress(runtime).values()].every((n) => n === 1)).toBe(true);
  });
});

describe('bad input and old rows', () => {
  it('with a quota of zero sends nothing and says why; the cycle waits for the quota', () => {
    const runtime = sendingClass(3);
    setDailyEmailQuota(runtime.state, 0);
    const value = ok(sendNow(runtime));
    expect(value.cycle).toMatchObject({ status: 'sending', counts: { planned: 3, sent: 0 }, problem: expect.stringContaining('quota is used up') });
    expect(runtime.state.mail.outbox).toHaveLength(0);
  });

  it('settles Sent log rows written before cycles: a cycle id and one of the five statuses, and never resends what they record', () => {
    const runtime = sendingClass(2);
    addRows(runtime, 'Sent log', [
      { 'Sent at': '2026-10-01', 'Student ID': 'stu-000001', 'Resource ID': 'res-1', Status: 'Sent' },
      { 'Sent at': '2026-10-01', 'Student ID': 'stu-000002', 'Resource ID': 'res-1', Status: 'emailed' },
    ]);
    const cycle = ok(sendNow(runtime)).cycle!;
    const old = recordsOf(runtime, 'Sent log').slice(0, 2);
    expect(old.map((r) => [r.Cycle, r.Status])).toEqual([['before-cycles 2026-10-01', 'sent'], ['before-cycles 2026-10-01', 'sent']]);
    expect(cycleRows(runtime, cycle.id).some((r) => r['Resource ID'] === 'res-1')).toBe(false);
    expect(new Set(recordsOf(runtime, 'Sent log').map((r) => r.Status))).toEqual(new Set(['sent']));
  });

  it('keeps sending after the Sent log tab is renamed (it is found by its sheet id)', () => {
    const runtime = sendingClass(25);
    setDailyEmailQuota(runtime.state, 10);
    ok(sendNow(runtime));
    tab(runtime, 'Sent log').name = 'Emails we sent';
    advanceClock(runtime, 3 * 24 * HOUR);
    expect(state(runtime).cycle).toMatchObject({ status: 'done', counts: { sent: 25 } });
    expect([...mailsByAddress(runtime).values()].every((n) => n === 1)).toBe(true);
  });
});

describe('getSendingState', () => {
  it('is empty before anything was scheduled or sent', () => {
    const runtime = sendingClass(1);
    expect(runOk(runtime, 'getSendingState')).toMatchObject({ schedule: null, nextRunAt: null, owner: null, cycle: null, timeZone: expect.any(String) });
  });
});
