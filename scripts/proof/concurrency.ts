// The concurrency sweep: the hourly tick, Send now, a check-in and two form submissions overlapping in seeded orders and call boundaries; nobody emailed twice, no response or check-in lost.
import { seededRandom } from '../../src/local/demo/random';
import { runOverlapping } from '../../src/local/runtime/overlap';
import type { Job, LocalRuntime } from '../../src/local/runtime/runtime';
import { advanceClock, submitFormResponse, type StudentResponse } from '../../src/local/runtime/scheduler';
import { createSurveyOn, INTERESTS, mailByAddress, rosterEmails, rosterResponse, scheduledClass, sendingState, tabRecords, tickUntilDone } from './class';
import type { Section } from './report';

/** The due tick comes a second after the class's clock (scheduledClass); this window fires it and no other. */
const TICK_WINDOW_MS = 2000;
/** After the overlap, the next hourly ticks finish what the cycle has left. */
const FOLLOW_UP_TICKS = 4;
const CHECK_IN = { studentId: 'stu-00003', kind: 'one-on-one', note: 'Asked about summer programs', requestId: 'overlap-check-in-1' };

interface Workload {
  base: LocalRuntime;
  jobs: Record<string, Job>;
  responses: { email: string; interest: string }[];
  outboxBefore: number;
}

/** The class a second before its scheduled tick, with the survey created, and the five jobs that will overlap. */
export function concurrencyWorkload(students: number): Workload {
  let formId = '';
  const base = scheduledClass(students, undefined, (runtime) => {
    formId = createSurveyOn(runtime);
  });
  const returning = rosterResponse(base, 5, { [INTERESTS]: 'volcanoes' });
  const newcomer: StudentResponse = { email: 'newcomer@students.example.edu', answers: { 'First name': 'Noor', 'Last name': 'Haddad', [INTERESTS]: 'bridges' } };
  return {
    base,
    outboxBefore: base.state.mail.outbox.length,
    responses: [
      { email: returning.email.toLowerCase(), interest: 'volcanoes' },
      { email: newcomer.email, interest: 'bridges' },
    ],
    jobs: {
      'the hourly tick': (rt) => advanceClock(rt, TICK_WINDOW_MS),
      'Send now': (rt) => rt.run('sendNow', []),
      'a check-in': (rt) => rt.run('logCheckIn', [CHECK_IN]),
      "a returning student's response": (rt) => submitFormResponse(rt, formId, returning),
      "a new student's response": (rt) => submitFormResponse(rt, formId, newcomer),
    },
  };
}

/** A seeded order of the jobs (Fisher–Yates). */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface OverlapOutcome {
  /** The jobs in the order they started: the first hosts the others, which start at its call `atCall` (null: after it ended). */
  order: string[];
  atCall: number | null;
  duplicates: number;
  lostResponses: number;
  lostCheckIns: number;
  incompleteCycles: number;
  /** Executions that ended in an error (a lock timeout, an exception), by entry point. */
  errors: string[];
}

/**
 * One seed: the jobs in a seeded order, the first running while the others start, one after
 * another, at a seeded boundary between its service calls (runOverlapping: a job asking for a
 * lock the first holds waits for it); then the next ticks. Checked: nobody emailed twice (the
 * teacher's summary included), the cycle done, both responses merged, the check-in logged once.
 */
export function overlapOnce(workload: Workload, seed: number): OverlapOutcome {
  const runtime = workload.base.fork();
  const order = shuffled(Object.keys(workload.jobs), seededRandom(seed * 7919 + 1));
  const [host, ...guests] = order;
  const firstExecution = runtime.state.nextId;
  const { atCall } = runOverlapping(runtime, workload.jobs[host], (rt) => guests.forEach((name) => workload.jobs[name](rt)), { seed });
  tickUntilDone(runtime, FOLLOW_UP_TICKS);
  const mail = mailByAddress(runtime, workload.outboxBefore);
  const duplicates = [...mail.values()].reduce((sum, sent) => sum + Math.max(0, sent.length - 1), 0);
  const students = tabRecords(runtime, 'Students');
  const lostResponses = workload.responses.filter((r) => {
    const rows = students.filter((s) => String(s.Email).toLowerCase() === r.email);
    return rows.length !== 1 || !String(rows[0].Interests).includes(r.interest);
  }).length;
  const checkIns = tabRecords(runtime, 'Check-ins').filter((r) => r['Request ID'] === CHECK_IN.requestId).length;
  const cycle = sendingState(runtime).cycle;
  const emailed = [...rosterEmails(runtime).values()].filter((email) => mail.has(email)).length;
  const incomplete = cycle?.status === 'done' && emailed === cycle.counts.sent ? 0 : 1;
  const errors = runtime.state.executions.filter((e) => e.id >= firstExecution && e.outcome !== 'ok').map((e) => `${e.entryPoint}: ${e.message ?? e.outcome}`);
  return { order, atCall, duplicates, lostResponses, lostCheckIns: checkIns === 1 ? 0 : 1, incompleteCycles: incomplete, errors };
}

export function concurrencySection(students: number, seeds: number): Section {
  const workload = concurrencyWorkload(students);
  const outcomes = Array.from({ length: seeds }, (_, seed) => overlapOnce(workload, seed + 1));
  const sum = (figure: (o: OverlapOutcome) => number) => outcomes.reduce((n, o) => n + figure(o), 0);
  const distinct = new Set(outcomes.map((o) => `${o.order.join('>')}@${o.atCall}`)).size;
  const problems = outcomes.flatMap((o, i) => {
    const what = `seed ${i + 1} (${o.order.join(' ⟶ ')} at call ${o.atCall ?? 'end'})`;
    return [
      ...(o.duplicates ? [`${what}: ${o.duplicates} duplicate emails`] : []),
      ...(o.lostResponses ? [`${what}: ${o.lostResponses} responses not merged`] : []),
      ...(o.lostCheckIns ? [`${what}: the check-in was lost or logged twice`] : []),
      ...(o.incompleteCycles ? [`${what}: the cycle did not finish, or its sent count is not the students emailed`] : []),
      ...o.errors.map((e) => `${what}: ${e}`),
    ];
  });
  return {
    title: `Concurrency: the tick, Send now, a check-in and two responses overlapping (${students} students)`,
    header: ['seeds', 'distinct orders × boundaries', 'overlapped (not after the end)', 'duplicates', 'responses lost', 'check-ins lost', 'cycles unfinished or miscounted', 'executions in error'],
    rows: [[seeds, distinct, outcomes.filter((o) => o.atCall !== null).length, sum((o) => o.duplicates), sum((o) => o.lostResponses), sum((o) => o.lostCheckIns), sum((o) => o.incompleteCycles), sum((o) => o.errors.length)]],
    problems,
  };
}
