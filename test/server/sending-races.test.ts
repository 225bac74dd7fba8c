// Executions side by side with a send, started at its call boundaries with the runtime's runOverlapping: a second Send now, Send now during the hourly tick, a check-in.
import { deserializeState, serializeState } from '../../src/local/runtime/persistence';
import { callsOfFirstExecution, runOverlapping } from '../../src/local/runtime/overlap';
import { LocalRuntime, type Job, type RunResult } from '../../src/local/runtime/runtime';
import { advanceClock } from '../../src/local/runtime/scheduler';
import type { Result, SendingState } from '../../src/shared/rpc';
import { recordsOf } from './class-fixture';
import { HOUR, mailsByAddress, ok, sendingClass, state } from './sending-fixture';

/** Two batches (20, then 1): boundaries between batches are swept too. */
const STUDENTS = 21;
const TEACHER = 'teacher@example.edu';

const forkOf = (serialized: string) => () => new LocalRuntime(deserializeState(serialized, 'race'));
const freshClass = forkOf(serializeState(sendingClass(STUDENTS).state));
const scheduledClass = forkOf(
  (() => {
    const runtime = sendingClass(STUDENTS);
    // Monday at 10 in New York; the clock says Monday 09:00, so the tick at 10:00 starts the cycle.
    ok(runtime.run('saveSchedule', [{ everyWeeks: 1, weekday: 'Monday', hour: 10 }]).value as Result<SendingState>);
    return serializeState(runtime.state);
  })(),
);

const sendNowJob: Job<RunResult> = (rt) => rt.run('sendNow', []);
/** The hourly tick that starts the scheduled cycle (the first execution advanceClock runs). */
const dueTickJob: Job<RunResult> = (rt) => advanceClock(rt, HOUR + 30 * 60_000)[0];

/** One cycle, every student mailed exactly once, the teacher's summary once. */
function expectOneCycleEachStudentOnce(runtime: LocalRuntime): void {
  const received = mailsByAddress(runtime);
  for (let n = 1; n <= STUDENTS; n += 1) expect(received.get(`student${n}@school.example`)).toBe(1);
  expect(received.get(TEACHER)).toBe(1);
  expect(new Set(recordsOf(runtime, 'Sent log').map((row) => row.Cycle)).size).toBe(1);
  expect(state(runtime).cycle).toMatchObject({ status: 'done', counts: { sent: STUDENTS, planned: 0, unknown: 0 } });
}

const problemOf = (run: RunResult) => {
  const result = run.value as Result<SendingState>;
  return result.ok ? null : result.problems.map((p) => p.message).join(' ');
};

/**
 * Each overlap runs both jobs twice (runOverlapping probes each on a fork), so a sweep takes every
 * third call boundary of `first`, from `offset` (the three sweeps below start at 1, 2 and 3, so
 * together they cover every residue), to keep the file's time in bounds.
 */
const STRIDE = 3;

/** Runs `second` at call boundaries of `first` (see STRIDE), each on a fresh copy of the class, and checks the outcome. */
function sweep(fresh: () => LocalRuntime, first: Job<RunResult>, second: Job<RunResult>, offset: number, check: (runtime: LocalRuntime, runs: { first: RunResult; second: RunResult }) => void): void {
  const calls = callsOfFirstExecution(fresh(), first);
  expect(calls).toBeGreaterThan(STUDENTS);
  for (let atCall = offset; atCall <= calls; atCall += STRIDE) {
    const runtime = fresh();
    const overlap = runOverlapping(runtime, first, second, { atCall });
    expect(overlap.atCall).toBe(atCall);
    expect([overlap.first.record.outcome, overlap.second.record.outcome]).toEqual(['ok', 'ok']);
    check(runtime, overlap);
  }
}

describe('two overlapping runs', () => {
  it('a second Send now at a call boundary of the first never mails anyone twice or starts a second cycle; while the first sends, it exits and says so', () => {
    const said = new Set<string>();
    sweep(freshClass, sendNowJob, sendNowJob, 1, (runtime, { first, second }) => {
      expectOneCycleEachStudentOnce(runtime);
      const problems = [problemOf(first), problemOf(second)].filter((p): p is string => p !== null);
      expect(problems.length).toBeLessThanOrEqual(1);
      for (const problem of problems) said.add(problem.startsWith('Another Rapport run is sending') ? 'busy' : problem);
    });
    expect(said.has('busy')).toBe(true);
  });

  it('Send now at a call boundary of the hourly tick continues or leaves the tick’s cycle, never a second one', () => {
    let busy = 0;
    sweep(scheduledClass, dueTickJob, sendNowJob, 2, (runtime, { second }) => {
      expectOneCycleEachStudentOnce(runtime);
      if (problemOf(second)?.startsWith('Another Rapport run is sending')) busy += 1;
    });
    expect(busy).toBeGreaterThan(0);
  });
});

describe('the teacher logging a check-in during a send', () => {
  it('is logged at a call boundary of the send, never lost, and never waits on a batch (the lock is held only around short steps)', () => {
    let askedAt = 0;
    const checkIn: Job<RunResult> = (rt) => {
      // A check-in that waits for the lock runs again at the release: the first call is when the teacher asked.
      askedAt ||= rt.state.clock.now;
      return rt.run('logCheckIn', [{ studentId: 'stu-000003', kind: 'greeting', note: 'Said hello mid-send' }]);
    };
    let longestWait = 0;
    sweep(freshClass, sendNowJob, checkIn, 3, (runtime, { second }) => {
      expect((second.value as Result<unknown>).ok).toBe(true);
      expect(recordsOf(runtime, 'Check-ins').map((row) => row.Note)).toEqual(['Said hello mid-send']);
      longestWait = Math.max(longestWait, Date.parse(second.record.endedAt) - askedAt);
      askedAt = 0;
      const received = mailsByAddress(runtime);
      for (let n = 1; n <= STUDENTS; n += 1) expect(received.get(`student${n}@school.example`)).toBe(1);
    });
    // A batch of 20 emails takes 8 s of modelled time; the check-in waited at most for a short locked step.
    expect(longestWait).toBeLessThan(2_000);
  });
});
