// What changes between runs of a cycle is honoured: opt-outs, deactivated resources, a broken address, template or Sent log; a run after a killed one (sending-overlaps and sending-races land changes and runs inside a run).
import { advanceClock } from '../../src/local/runtime/scheduler';
import { setDailyEmailQuota } from '../../src/local/services/mail-app';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { Result, SendingState } from '../../src/shared/rpc';
import { addRows, SPREADSHEET_ID, student, tab } from './class-fixture';
import { cycleRows, editRows, HOUR, mailsByAddress, mailsTo, ok, sendingClass, sendNow, state, studentMails } from './sending-fixture';

const DAY = 24 * HOUR;
const isStudent = (n: number) => (row: Record<string, unknown>) => row.ID === `stu-${String(n).padStart(6, '0')}` || row['Student ID'] === `stu-${String(n).padStart(6, '0')}`;

/** 25 students, a quota of 10 a day: the first 10 go out now, the rest on the next days' ticks. */
function halfSent(): LocalRuntime {
  const runtime = sendingClass(25);
  setDailyEmailQuota(runtime.state, 10);
  ok(sendNow(runtime));
  expect(studentMails(runtime)).toBe(10);
  return runtime;
}

function reasonsOf(runtime: LocalRuntime, n: number): string[] {
  const cycle = state(runtime).cycle!;
  return cycleRows(runtime, cycle.id).filter(isStudent(n)).map((row) => `${row.Status}: ${row.Reason}`);
}

describe('mid-cycle changes', () => {
  it('skips a student who opted out before planning, with the reason', () => {
    const runtime = sendingClass(0);
    addRows(runtime, 'Students', [student(1), student(2, { 'Opt out': true })]);
    const value = ok(sendNow(runtime));
    expect(value.cycle!.counts).toMatchObject({ sent: 1, skipped: 1 });
    expect(mailsTo(runtime, 'student2@school.example')).toHaveLength(0);
    expect(reasonsOf(runtime, 2)).toEqual([expect.stringMatching(/^skipped: .*opted out/)]);
  });

  it('honours an opt-out, a deactivated resource and an address made invalid in the next batch', () => {
    const runtime = halfSent();
    editRows(runtime, 'Students', isStudent(15), 'Opt out', true);
    editRows(runtime, 'Students', isStudent(20), 'Email', 'student20@school');
    editRows(runtime, 'Resources', (row) => row.ID === 'res-1', 'Active', false);
    advanceClock(runtime, 3 * DAY);
    const cycle = state(runtime).cycle!;
    expect(cycle).toMatchObject({ status: 'done', counts: { sent: 23, skipped: 1, failed: 1, unknown: 0 } });
    expect(mailsTo(runtime, 'student15@school.example')).toHaveLength(0);
    expect(reasonsOf(runtime, 15).every((r) => r === 'skipped: Opted out.')).toBe(true);
    expect(reasonsOf(runtime, 20).every((r) => r.startsWith('failed: "student20@school" is not a valid email address'))).toBe(true);
    const later = runtime.state.mail.outbox.filter((m) => m.to[0].startsWith('student')).slice(10);
    expect(later.some((m) => m.body.includes('https://example.org/robot'))).toBe(false);
    expect(reasonsOf(runtime, 12)).toContain('skipped: The resource was deactivated.');
    const summary = runtime.state.mail.outbox.at(-1)!;
    expect(summary.body).toContain('Failed, and why:');
    expect(summary.body).toContain('Student15 Family15: Opted out.');
  });

  it('stops before sending when the template was made invalid after scheduling, and continues once it is fixed', () => {
    const runtime = sendingClass(3);
    const properties = runtime.state.properties.document;
    properties[SPREADSHEET_ID] = { ...properties[SPREADSHEET_ID], 'rapport.settings.email': JSON.stringify({ version: 1, value: { subject: 'Hi', body: 'No picks here' } }) };
    const stopped = ok(sendNow(runtime)).cycle!;
    expect(stopped.status).toBe('stopped');
    expect(stopped.problem).toContain('The email template has a problem');
    expect(studentMails(runtime)).toBe(0);
    delete properties[SPREADSHEET_ID]['rapport.settings.email'];
    expect(ok(sendNow(runtime)).cycle).toMatchObject({ id: stopped.id, status: 'done', counts: { sent: 3 } });
  });

  it('stops naming the column when the Sent log loses one mid-cycle; once it is back nothing is sent twice', () => {
    const runtime = halfSent();
    const header = tab(runtime, 'Sent log').cells[0];
    const status = header.findIndex((cell) => cell?.v === 'Status');
    header[status] = { v: 'State' };
    advanceClock(runtime, DAY + HOUR);
    const stopped = state(runtime);
    expect(stopped.cycle).toMatchObject({ status: 'stopped', problem: expect.stringContaining('"Status"') });
    expect(stopped.runNotes.at(-1)?.message).toContain('"Status"');
    expect(studentMails(runtime)).toBe(10);
    header[status] = { v: 'Status' };
    advanceClock(runtime, 3 * DAY);
    expect(studentMails(runtime)).toBe(25);
    expect([...mailsByAddress(runtime).values()].every((n) => n === 1)).toBe(true);
  });
});

describe('overlapping runs', () => {
  it('a run that finds another one sending exits and says so; the next tick after the lease expires finishes', () => {
    const runtime = sendingClass(30);
    runtime.run('sendNow', [], { failAt: 60 });
    const overlapping = sendNow(runtime) as Result<SendingState>;
    expect(!overlapping.ok && overlapping.problems[0].message).toContain('Another Rapport run is sending');
    advanceClock(runtime, HOUR + HOUR);
    const after = state(runtime);
    expect(after.cycle!.status).toBe('done');
    expect(after.runNotes.map((n) => n.message).join(' ')).toContain('A previous run stopped before it finished');
    expect([...mailsByAddress(runtime).values()].every((n) => n === 1)).toBe(true);
  });
});

describe('a failed tick', () => {
  it('is recorded where the sidebar shows it (add-on triggers send no failure email), and the next tick carries on', () => {
    const runtime = sendingClass(3);
    ok(runtime.run('saveSchedule', [{ everyWeeks: 1, weekday: 'Monday', hour: 10 }]).value as Result<SendingState>);
    // Another execution holds the document lock for the whole tick: the tick cannot take the cycle's lease.
    runtime.locks.set(`document:${SPREADSHEET_ID}`, -1);
    const [failed] = advanceClock(runtime, HOUR + 60_000);
    expect(failed.record.outcome).toBe('error');
    runtime.locks.delete(`document:${SPREADSHEET_ID}`);
    const notes = state(runtime).runNotes;
    expect(notes.at(-1)?.message).toContain('The hourly run failed: Another Rapport action');
    expect(runtime.state.mail.outbox).toHaveLength(0);
    advanceClock(runtime, HOUR);
    expect(studentMails(runtime)).toBe(3);
  });
});

describe('a damaged schedule setting', () => {
  it('is reported by the tick, which keeps its trigger and sends nothing until the teacher saves again', () => {
    const runtime = sendingClass(2);
    ok(runtime.run('saveSchedule', [{ everyWeeks: 1, weekday: 'Monday', hour: 10 }]).value as Result<SendingState>);
    runtime.state.properties.document[SPREADSHEET_ID]['rapport.settings.schedule'] = '{"version":1,"value":{"schedule":{"everyWeeks":"x"}}}';
    advanceClock(runtime, 2 * HOUR);
    expect(runtime.state.triggers.filter((t) => t.handler === 'onScheduleTick')).toHaveLength(1);
    expect(state(runtime).runNotes.at(-1)?.message).toContain('sending schedule');
    expect(studentMails(runtime)).toBe(0);
    ok(runtime.run('saveSchedule', [{ everyWeeks: 1, weekday: 'Monday', hour: 13 }]).value as Result<SendingState>);
    advanceClock(runtime, 2 * HOUR);
    expect(studentMails(runtime)).toBe(2);
  });
});

describe('a send that errors after it took effect', () => {
  it('is listed as unknown, not failed, and never resent silently', () => {
    const runtime = sendingClass(3);
    const outbox = runtime.state.mail.outbox;
    const push = outbox.push.bind(outbox);
    outbox.push = (...mails) => {
      const length = push(...mails);
      if (length === 2) throw new Error('Service error: Mail');
      return length;
    };
    const cycle = ok(sendNow(runtime)).cycle!;
    expect(cycle).toMatchObject({ status: 'done', counts: { sent: 2, unknown: 1 }, unknown: [{ studentId: 'stu-000002', email: 'student2@school.example' }] });
    expect(reasonsOf(runtime, 2)[0]).toContain('may or may not have sent it: Service error: Mail');
    expect(mailsTo(runtime, 'student2@school.example')).toHaveLength(1);
  });
});
