// The send engine beside other executions and the teacher's own edits, interleaved at call boundaries with the runtime's runOverlapping.
import { deserializeState, serializeState } from '../../src/local/runtime/persistence';
import { callsOfFirstExecution, runOverlapping } from '../../src/local/runtime/overlap';
import { LocalRuntime, type Job, type RunResult } from '../../src/local/runtime/runtime';
import { setDailyEmailQuota } from '../../src/local/services/mail-app';
import type { CellValue } from '../../src/local/runtime/state';
import { addRows, recordsOf, tab } from './class-fixture';
import { cycleRows, editRows, mailsByAddress, mailsTo, ok, sendingClass, sendNow, state, studentMails } from './sending-fixture';

const STUDENTS = 24;
/** Sent by the first run: the next sends the other 22 in two batches of 20 and 2. */
const FIRST_RUN = 2;
const BATCH_SIZE = 20;
const idOf = (n: number) => `stu-${String(n).padStart(6, '0')}`;
const rowsOf = (n: number) => (row: Record<string, CellValue>) => row['Student ID'] === idOf(n) || row.ID === idOf(n);
const addressOf = (n: number) => `student${n}@school.example`;

/**
 * A cycle planned for everyone, the first few sent (a small quota), the quota then raised: the
 * next Send now sends the rest in two batches, to rows that exist before it starts. The Sent log
 * has a column of the teacher's own, between Rapport's.
 */
function midCycle(): string {
  const runtime = sendingClass(STUDENTS);
  const sentLog = tab(runtime, 'Sent log');
  for (const row of sentLog.cells) row.splice(8, 0, { v: '' });
  sentLog.cells[0][8] = { v: 'My note' };
  setDailyEmailQuota(runtime.state, FIRST_RUN);
  ok(sendNow(runtime));
  setDailyEmailQuota(runtime.state, 1_000);
  expect(studentMails(runtime)).toBe(FIRST_RUN);
  return serializeState(runtime.state);
}

const MID_CYCLE = midCycle();
const fork = () => new LocalRuntime(deserializeState(MID_CYCLE, 'mid-cycle'));
const sendNowJob: Job<RunResult> = (rt) => rt.run('sendNow', []);

/** The Sent log rows of one student in the current cycle, as "status: reason" by resource id. */
function outcomes(runtime: LocalRuntime, n: number): Record<string, string> {
  const cycle = state(runtime).cycle!;
  return Object.fromEntries(cycleRows(runtime, cycle.id).filter(rowsOf(n)).map((row) => [String(row['Resource ID']), `${row.Status}: ${row.Reason}`]));
}

describe('a teacher editing the sheet during a send', () => {
  /** Students of the first and the second batch of the run. */
  const FIRST_BATCH = FIRST_RUN + 1;
  const OPTED_OUT = STUDENTS - 1;
  const SECOND_BATCH = STUDENTS;
  const DEACTIVATED = 'res-1';

  /**
   * What the teacher does at one moment of the run: edits a title and a note of their own on a
   * row of each batch and a student's goals (cells Rapport never writes), opts a student of the
   * second batch out and deactivates a resource everyone was planned. Returns how many students
   * had been mailed when it happened.
   */
  function teacherEdits(): { job: Job; mailedBefore: () => number } {
    let mailedBefore = -1;
    const job: Job = (rt) => {
      mailedBefore = studentMails(rt);
      for (const n of [FIRST_BATCH, SECOND_BATCH]) {
        editRows(rt, 'Sent log', rowsOf(n), 'Resource title', `Title edited for ${n}`);
        editRows(rt, 'Sent log', rowsOf(n), 'My note', `Called home about ${n}`);
      }
      editRows(rt, 'Students', rowsOf(10), 'Goals', 'Edited goals');
      editRows(rt, 'Students', rowsOf(OPTED_OUT), 'Opt out', true);
      editRows(rt, 'Resources', (row) => row.ID === DEACTIVATED, 'Active', false);
    };
    return { job, mailedBefore: () => mailedBefore };
  }

  function expectEditsKept(runtime: LocalRuntime): void {
    const cycle = state(runtime).cycle!;
    for (const n of [FIRST_BATCH, SECOND_BATCH]) {
      const rows = cycleRows(runtime, cycle.id).filter(rowsOf(n));
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.map((row) => [row['Resource title'], row['My note']])).toEqual(rows.map(() => [`Title edited for ${n}`, `Called home about ${n}`]));
    }
    expect(recordsOf(runtime, 'Students').find(rowsOf(10))?.Goals).toBe('Edited goals');
  }

  it('keeps every edit, and the next batch honours the opt-out and the deactivated resource, whatever call boundary they land at', () => {
    const calls = callsOfFirstExecution(fork(), sendNowJob);
    expect(calls).toBeGreaterThan(STUDENTS);
    const honouredBetweenBatches: number[] = [];
    for (let atCall = 1; atCall <= calls; atCall += 1) {
      const runtime = fork();
      const edits = teacherEdits();
      const overlap = runOverlapping(runtime, sendNowJob, edits.job, { atCall });
      expect(overlap.atCall).toBe(atCall);
      expect(overlap.first.record.outcome).toBe('ok');
      expectEditsKept(runtime);
      const received = mailsByAddress(runtime);
      for (let n = 1; n <= STUDENTS; n += 1) if (n !== OPTED_OUT) expect(received.get(addressOf(n))).toBe(1);
      expect(received.get(addressOf(OPTED_OUT)) ?? 0).toBeLessThanOrEqual(1);
      const cycle = state(runtime).cycle!;
      expect(cycle).toMatchObject({ status: 'done', counts: { planned: 0, unknown: 0, failed: 0 } });
      expect(cycle.counts.sent + cycle.counts.skipped).toBe(STUDENTS);
      const duringFirstBatch = edits.mailedBefore() < FIRST_RUN + BATCH_SIZE;
      const honoured = !received.has(addressOf(OPTED_OUT));
      if (edits.mailedBefore() === FIRST_RUN + BATCH_SIZE && honoured) honouredBetweenBatches.push(atCall);
      if (!duringFirstBatch && !honoured) continue;
      // Landed while the first batch was going out, or between the batches: the second batch honours both.
      expect(honoured).toBe(true);
      expect(new Set(Object.values(outcomes(runtime, OPTED_OUT)))).toEqual(new Set(['skipped: Opted out.']));
      expect(outcomes(runtime, SECOND_BATCH)[DEACTIVATED]).toBe('skipped: The resource was deactivated.');
      expect(Object.entries(outcomes(runtime, SECOND_BATCH)).filter(([id]) => id !== DEACTIVATED).every(([, outcome]) => outcome.startsWith('sent'))).toBe(true);
      expect(mailsTo(runtime, addressOf(SECOND_BATCH))[0].body).not.toContain('https://example.org/robot');
      expect(cycle.counts).toMatchObject({ sent: STUDENTS - 1, skipped: 1 });
    }
    // The boundaries after the first batch's last email and before the second batch's read: honoured too.
    expect(honouredBetweenBatches.length).toBeGreaterThan(0);
  });
});

describe('a teacher adding a row to the Sent log while a cycle is planned', () => {
  it('keeps the row: the plan goes after the tab’s last row as it is when the plan is written, except inside the few calls that write it', () => {
    const base = serializeState(sendingClass(3).state);
    const fresh = () => new LocalRuntime(deserializeState(base, 'planning'));
    const byHand: Job = (rt) => addRows(rt, 'Sent log', [{ 'Sent at': '2026-11-20', Cycle: 'By hand', 'Student ID': 'stu-000001', 'Resource ID': 'res-9', Status: 'sent' }]);
    const calls = callsOfFirstExecution(fresh(), sendNowJob);
    const lostAt: number[] = [];
    // Every other boundary: a planning run's calls are mostly its constant part, each one a full run twice over.
    for (let atCall = 1; atCall <= calls; atCall += 2) {
      const runtime = fresh();
      expect(runOverlapping(runtime, sendNowJob, byHand, { atCall }).first.record.outcome).toBe('ok');
      const rows = recordsOf(runtime, 'Sent log');
      if (!rows.some((row) => row.Cycle === 'By hand')) lostAt.push(atCall);
      expect(rows.filter((row) => row.Cycle === state(runtime).cycle!.id && row.Status === 'sent')).toHaveLength(rows.filter((row) => row.Cycle !== 'By hand').length);
      expect([...mailsByAddress(runtime).entries()].filter(([to]) => to.startsWith('student')).map(([, n]) => n)).toEqual([1, 1, 1]);
    }
    // Only inside the locked append (getLastRow, getMaxRows, getRange, setValues, then flush) does a row typed by hand land where the plan's rows go.
    expect(lostAt.length).toBeLessThanOrEqual(2);
    expect(lostAt.every((n, i) => i === 0 || n === lostAt[i - 1] + 2)).toBe(true);
  });
});
