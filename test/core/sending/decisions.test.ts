// What a tick, "Send now" and a batch decide: continue, start, ask or wait; send, skip or fail one student; the teacher's summary.
import { mapColumns } from '../../../src/core/headers';
import type { Resource } from '../../../src/core/resources';
import { applyScheduleInput } from '../../../src/core/schedule/schedule';
import { SENT_LOG } from '../../../src/core/schema';
import { decideSend } from '../../../src/core/sending/compose';
import { appendToModel, cycleStudents, picksOf, planRows, sentLogModel, applyEvent } from '../../../src/core/sending/cycle-log';
import { cycleIdAt, newCycle, sendNowDecision, tickDecision } from '../../../src/core/sending/cycle-record';
import { cycleSummary } from '../../../src/core/sending/summary';
import type { Student } from '../../../src/core/students';
import { tabValues } from '../tables';

const NOW = Date.parse('2027-03-15T16:30:00Z');
const HOUR = 3_600_000;

const student: Student = {
  id: 'stu-1', row: 2, name: 'Ana Ruiz', firstName: 'Ana', lastName: 'Ruiz', email: 'ana@school.example', emailUsable: true, section: '', gradeOrMajor: '',
  interests: [], careerPath: '', preferredTypes: [], goals: '', howWeCanHelp: '', events: [], optOut: false, privateNotes: '',
};
const resource = (id: string, extra: Partial<Resource> = {}): Resource => ({ row: 2, id, title: id, url: `https://x.example/${id}`, urlSafe: true, type: 'article', tags: [], level: '', description: 'd', active: true, added: null, ...extra });

function planned() {
  const values = tabValues(SENT_LOG, []);
  const model = sentLogModel(mapColumns(SENT_LOG, values.header), values);
  appendToModel(model, 2, planRows(model.map, 'C1', [{ studentId: 'stu-1', email: 'ana@school.example', picks: ['res-1', 'res-2'].map((id) => ({ resourceId: id, title: id, url: 'u', reason: `because ${id}` })) }], new Date(NOW)));
  return { model, send: cycleStudents(model, 'C1')[0] };
}

describe('decideSend', () => {
  it('sends the active picks and drops a deactivated one', () => {
    const { model, send } = planned();
    const decision = decideSend(student, picksOf(model, send), new Map([['res-1', resource('res-1')], ['res-2', resource('res-2', { active: false })]]));
    expect(decision).toMatchObject({ kind: 'send', to: 'ana@school.example', picks: [{ resourceId: 'res-1', reason: 'because res-1' }], dropped: [{ row: 1, reason: 'The resource was deactivated.' }] });
  });

  it('skips an opted-out or removed student and one left with nothing; fails an invalid address', () => {
    const { model, send } = planned();
    const picks = picksOf(model, send);
    const library = new Map([['res-1', resource('res-1', { active: false })]]);
    expect(decideSend({ ...student, optOut: true }, picks, library)).toEqual({ kind: 'skip', reason: 'Opted out.' });
    expect(decideSend(undefined, picks, library)).toEqual({ kind: 'skip', reason: 'No longer on the Students tab.' });
    expect(decideSend(student, picks, library)).toEqual({ kind: 'skip', reason: 'The resource was deactivated.' });
    expect(decideSend({ ...student, email: 'ana@', emailUsable: false }, picks, library)).toMatchObject({ kind: 'fail' });
  });
});

describe('sendNowDecision and tickDecision', () => {
  const done = { ...newCycle('C1', 'schedule', NOW - 2 * HOUR, null), status: 'done' as const, finishedAt: NOW - HOUR, summary: 'sent' as const };

  it('continues a cycle under way, asks within a day of a finished one, starts after', () => {
    expect(sendNowDecision({ ...newCycle('C1', 'schedule', NOW, null), status: 'sending' }, NOW, false)).toEqual({ kind: 'continue' });
    expect(sendNowDecision({ ...newCycle('C1', 'schedule', NOW, null), status: 'sending' }, NOW, true)).toEqual({ kind: 'continue' });
    expect(sendNowDecision(done, NOW, false).kind).toBe('ask');
    expect(sendNowDecision(done, NOW, true)).toEqual({ kind: 'start' });
    expect(sendNowDecision(done, NOW + 24 * HOUR, false)).toEqual({ kind: 'start' });
    expect(sendNowDecision(null, NOW, false)).toEqual({ kind: 'start' });
    expect(sendNowDecision({ ...newCycle('C1', 'schedule', NOW, null), status: 'review' }, NOW, true).kind).toBe('waiting');
  });

  it('starts a due slot, passes it over while a plan waits for approval, continues a stopped cycle', () => {
    const zone = 'America/Los_Angeles';
    const schedule = applyScheduleInput(null, { everyWeeks: 1, weekday: 'Monday', hour: 9 }, NOW - 24 * HOUR, zone);
    const lastWeek = { ...done, createdAt: NOW - 7 * 24 * HOUR, finishedAt: NOW - 7 * 24 * HOUR + HOUR };
    expect(tickDecision(lastWeek, schedule, NOW, zone)).toEqual({ kind: 'start', slot: Date.parse('2027-03-15T16:00:00Z') });
    expect(tickDecision({ ...done, status: 'review' }, schedule, NOW, zone).kind).toBe('pass');
    expect(tickDecision({ ...done, status: 'stopped' }, schedule, NOW, zone)).toEqual({ kind: 'continue' });
    expect(tickDecision(done, { ...schedule, paused: true }, NOW, zone)).toEqual({ kind: 'idle' });
    expect(tickDecision({ ...done, status: 'sending' }, { ...schedule, paused: true }, NOW, zone)).toEqual({ kind: 'idle' });
    expect(tickDecision(null, null, NOW, zone)).toEqual({ kind: 'idle' });
    expect(tickDecision({ ...done, lastSlotAt: Date.parse('2027-03-15T16:00:00Z') }, schedule, NOW, zone)).toEqual({ kind: 'idle' });
    expect(tickDecision({ ...done, summary: 'none' }, schedule, NOW, zone)).toEqual({ kind: 'continue' });
    expect(newCycle('C2', 'sendNow', NOW, { ...done, lastSlotAt: 5 }).lastSlotAt).toBe(5);
  });

  it('passes over a slot less than a day after the last cycle began: a Send now just before the hour, or beside the tick', () => {
    const zone = 'America/Los_Angeles';
    const schedule = applyScheduleInput(null, { everyWeeks: 1, weekday: 'Monday', hour: 9 }, NOW - 24 * HOUR, zone);
    const slot = Date.parse('2027-03-15T16:00:00Z');
    const sentNow = (createdAt: number) => ({ ...newCycle('C2', 'sendNow', createdAt, null), status: 'done' as const, finishedAt: createdAt + HOUR, summary: 'sent' as const });
    expect(tickDecision(sentNow(slot - 23 * HOUR), schedule, NOW, zone)).toMatchObject({ kind: 'pass', slot, message: expect.stringContaining('less than a day before it') });
    expect(tickDecision(sentNow(slot + 60_000), schedule, NOW, zone)).toMatchObject({ kind: 'pass', slot });
    expect(tickDecision(sentNow(slot - 25 * HOUR), schedule, NOW, zone)).toEqual({ kind: 'start', slot });
  });

  it('names a cycle by its local start, distinct from the previous one', () => {
    expect(cycleIdAt(NOW, 'Asia/Kathmandu', null)).toBe('Cycle 2027-03-15 22:15');
    expect(cycleIdAt(NOW, 'Asia/Kathmandu', 'Cycle 2027-03-15 22:15')).toBe('Cycle 2027-03-15 22:15:00');
  });
});

describe('cycleSummary', () => {
  it('counts and explains', () => {
    const { model, send } = planned();
    applyEvent(model, send, 'skip', { reason: 'Opted out.' });
    const summary = cycleSummary('C1', model, [send], new Map([['stu-1', 'Ana Ruiz']]));
    expect(summary.subject).toBe('Rapport: C1 — 0 sent');
    expect(summary.body).toContain('Sent: 0. Skipped: 1. Failed: 0. Unknown: 0.');
    expect(summary.body).toContain('- Ana Ruiz: Opted out.');
  });
});
