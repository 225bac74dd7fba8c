// The send engine beside other executions and the teacher's own edits, interleaved at call boundaries with the runtime's runOverlapping.
import { deserializeState, serializeState } from '../../src/local/runtime/persistence';
import { callsOfFirstExecution, runOverlapping } from '../../src/local/runtime/overlap';
import { LocalRuntime, type Job, type RunResult } from '../../src/local/runtime/runtime';
import { setDailyEmailQuota } from '../../src/local/services/mail-app';
import type { CellValue } from '../../src/local/runtime/state';
import { recordsOf, tab } from './class-fixture';
import { cycleRows, editRows, mailsByAddress, ok, sendingClass, sendNow, state, studentMails } from './sending-fixture';

const STUDENTS = 24;
/** Sent by the first run: the rest, 21, go in two batches of the next (20, then 1). */
const FIRST_RUN = 3;
const idOf = (n: number) => `stu-${String(n).padStart(6, '0')}`;
const rowsOf = (n: number) => (row: Record<string, CellValue>) => row['Student ID'] === idOf(n) || row.ID === idOf(n);

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

/** Every student got exactly one email and the cycle is done. */
function expectEveryoneOnce(runtime: LocalRuntime): void {
  const received = mailsByAddress(runtime);
  for (let n = 1; n <= STUDENTS; n += 1) expect(received.get(`student${n}@school.example`)).toBe(1);
  expect(state(runtime).cycle).toMatchObject({ status: 'done', counts: { sent: STUDENTS, planned: 0, unknown: 0 } });
}

describe('a teacher editing the sheet during a send', () => {
  /** A student of each batch of the run. */
  const EDITED = [FIRST_RUN + 1, STUDENTS];
  /** What the teacher types: a title and a note on a row of each batch, and a student's goals. */
  const teacherEdits: Job = (rt) => {
    for (const n of EDITED) {
      editRows(rt, 'Sent log', rowsOf(n), 'Resource title', `Title edited for ${n}`);
      editRows(rt, 'Sent log', rowsOf(n), 'My note', `Called home about ${n}`);
    }
    editRows(rt, 'Students', rowsOf(10), 'Goals', 'Edited goals');
  };

  function expectEditsKept(runtime: LocalRuntime): void {
    const cycle = state(runtime).cycle!;
    for (const n of EDITED) {
      const rows = cycleRows(runtime, cycle.id).filter(rowsOf(n));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((row) => [row['Resource title'], row['My note'], row.Status])).toEqual(rows.map(() => [`Title edited for ${n}`, `Called home about ${n}`, 'sent']));
    }
    expect(recordsOf(runtime, 'Students').find(rowsOf(10))?.Goals).toBe('Edited goals');
  }

  it('is kept whatever call boundary of the run it lands at: the engine writes only the cells it changed', () => {
    const calls = callsOfFirstExecution(fork(), sendNowJob);
    expect(calls).toBeGreaterThan(STUDENTS);
    for (let atCall = 1; atCall <= calls; atCall += 1) {
      const runtime = fork();
      const overlap = runOverlapping(runtime, sendNowJob, teacherEdits, { atCall });
      expect(overlap.atCall).toBe(atCall);
      expect(overlap.first.record.outcome).toBe('ok');
      expectEditsKept(runtime);
      expectEveryoneOnce(runtime);
    }
  });
});
