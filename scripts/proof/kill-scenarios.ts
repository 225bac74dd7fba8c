// The operations the kill sweep kills: a whole sending cycle, and set-up, a check-in, adding a resource, a survey response and a sync, each with its invariants.
import { createWorkspace } from '../../src/local/demo/workspace';
import type { Fault } from '../../src/local/runtime/faults';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { advanceClock, submitFormResponse, type StudentResponse } from '../../src/local/runtime/scheduler';
import type { CellValue } from '../../src/local/runtime/state';
import { BATCH_SIZE } from '../../src/server/sending/engine';
import type { Result } from '../../src/shared/rpc';
import { BENCH_NOW, benchClass } from '../bench/class';
import { CAREERS, HOUR, INTERESTS, mailByAddress, ok, rosterEmails, createSurveyOn, rosterResponse, runOk, scheduledClass, sendingState, tabRecords, tickUntilDone } from './class';
import type { Checked, KillScenario } from './kill-sweep';

/** A killed tick's lease lapses within 6.5 minutes; the next hourly ticks finish the cycle well within this many. */
const MAX_RESUME_TICKS = 6;

function finishCycle(runtime: LocalRuntime): void {
  tickUntilDone(runtime, MAX_RESUME_TICKS);
}

/**
 * The cycle's invariants after a kill and the ticks that followed: done; nobody mailed twice (the
 * teacher's summary included); everyone the unkilled cycle emails is emailed or listed unknown; at
 * most one batch unknown; and the Sent log agrees with the outbox: a student with sent rows got
 * exactly one email listing every sent resource, a student with only planned, skipped or failed
 * rows got none, and nobody got mail without a row.
 */
function checkCycle(runtime: LocalRuntime, outboxBefore: number, shouldBeEmailed: ReadonlySet<string>): Checked {
  const cycle = sendingState(runtime).cycle;
  if (!cycle) return { problems: ['no cycle was started'], figures: {} };
  const problems: string[] = cycle.status === 'done' ? [] : [`the cycle ended ${cycle.status}: ${cycle.problem ?? ''}`];
  const emails = rosterEmails(runtime);
  const mail = mailByAddress(runtime, outboxBefore);
  const unknown = new Set(cycle.unknown.map((u) => u.studentId));
  const figures = { duplicates: 0, neverEmailed: 0, unknown: unknown.size, disagreeing: 0 };
  for (const [id, email] of emails) {
    const received = mail.get(email)?.length ?? 0;
    figures.duplicates += Math.max(0, received - 1);
    if (received === 0 && shouldBeEmailed.has(id) && !unknown.has(id)) figures.neverEmailed += 1;
  }
  figures.duplicates += Math.max(0, (mail.get(runtime.state.user.email)?.length ?? 0) - 1);
  const rowsByStudent = new Map<string, Record<string, CellValue>[]>();
  for (const row of tabRecords(runtime, 'Sent log').filter((r) => r.Cycle === cycle.id)) {
    rowsByStudent.set(String(row['Student ID']), [...(rowsByStudent.get(String(row['Student ID'])) ?? []), row]);
  }
  for (const [id, email] of emails) {
    const received = mail.get(email) ?? [];
    const rows = rowsByStudent.get(id) ?? [];
    const sent = rows.filter((r) => r.Status === 'sent');
    const agrees =
      sent.length > 0
        ? received.length === 1 && sent.every((r) => received[0].body.includes(String(r.URL)))
        : rows.some((r) => r.Status === 'unknown') || received.length === 0;
    if (!agrees) figures.disagreeing += rows.length || 1;
  }
  if (figures.duplicates > 0) problems.push(`${figures.duplicates} duplicate emails`);
  if (figures.neverEmailed > 0) problems.push(`${figures.neverEmailed} students never emailed and not shown as unknown`);
  if (figures.unknown > BATCH_SIZE) problems.push(`${figures.unknown} unknown sends, more than one batch (${BATCH_SIZE})`);
  if (figures.disagreeing > 0) problems.push(`${figures.disagreeing} Sent log rows disagree with the outbox`);
  return { problems, figures };
}

/**
 * A whole cycle of `students` on a Workspace quota, started by the hourly tick; the kill hits that
 * tick, and the next hourly ticks resume it until it is done.
 */
export function cycleScenario(students: number): KillScenario {
  const base = scheduledClass(students);
  const outboxBefore = base.state.mail.outbox.length;
  const job = (runtime: LocalRuntime, fault: Fault) => advanceClock(runtime, HOUR, fault);
  const reference = base.fork();
  job(reference, {});
  finishCycle(reference);
  const emailed = new Set(mailByAddress(reference, outboxBefore).keys());
  const shouldBeEmailed = new Set([...rosterEmails(reference)].filter(([, email]) => emailed.has(email)).map(([id]) => id));
  if (shouldBeEmailed.size === 0) throw new Error('The unkilled cycle emailed nobody: the scenario is wrong.');
  return { name: `a ${students}-student cycle`, base, job, resume: finishCycle, check: (runtime) => checkCycle(runtime, outboxBefore, shouldBeEmailed) };
}

/** Generated ids renumbered in order of appearance (UUID-based ids differ run to run), dates cut to the day. */
function normalised(value: unknown): string {
  const ids = new Map<string, string>();
  const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : v));
  return json.replace(/(stu|res)-[0-9a-f]{12}/g, (id, prefix: string) => {
    if (!ids.has(id)) ids.set(id, `${prefix}-#${ids.size}`);
    return ids.get(id)!;
  });
}

/** What set-up leaves: the whole spreadsheet and the document's properties. */
export function setupSignature(runtime: LocalRuntime): string {
  const id = runtime.state.activeSpreadsheetId!;
  return normalised({ spreadsheet: runtime.state.spreadsheets[id], properties: runtime.state.properties.document[id] });
}

/** The tabs' records, with the same normalising. */
function tabsSignature(runtime: LocalRuntime, tabs: readonly string[]): string {
  return normalised(tabs.map((tab) => tabRecords(runtime, tab)));
}

/**
 * An operation whose kill must leave, once resumed, exactly what the unkilled operation and the
 * same resumption leave (`signature`), plus `exactlyOnce`'s count of its own rows being 1.
 */
function convergingScenario(
  name: string,
  base: LocalRuntime,
  job: KillScenario['job'],
  resume: KillScenario['resume'],
  signature: (runtime: LocalRuntime) => string,
  exactlyOnce?: (runtime: LocalRuntime) => number,
): KillScenario {
  const reference = base.fork();
  job(reference, {});
  resume(reference);
  const expected = signature(reference);
  return {
    name,
    base,
    job,
    resume,
    check: (runtime) => {
      const copies = exactlyOnce?.(runtime) ?? 1;
      const diverged = signature(runtime) !== expected ? 1 : 0;
      const problems = [...(copies !== 1 ? [`saved ${copies} times`] : []), ...(diverged ? ['ended differently from an unkilled run'] : [])];
      return { problems, figures: { duplicates: Math.max(0, copies - 1), lost: copies === 0 ? 1 : 0, diverged } };
    },
  };
}

/** The class's set-up on a fresh spreadsheet, retried after the kill. */
export function setupScenario(): KillScenario {
  const { runtime } = createWorkspace({ now: BENCH_NOW, demo: false });
  const run = (rt: LocalRuntime, fault: Fault) => rt.run('setupClass', [], fault);
  return convergingScenario('set-up', runtime, run, (rt) => void runOk(rt, 'setupClass'), setupSignature);
}

/** A sidebar write with a request id, retried by the sidebar with the same id. */
function sidebarWriteScenario(name: string, base: LocalRuntime, entryPoint: string, input: { requestId: string }, tab: string): KillScenario {
  const retry = (rt: LocalRuntime) => void ok(runOk<Result<unknown>>(rt, entryPoint, input), entryPoint);
  const copies = (rt: LocalRuntime) => tabRecords(rt, tab).filter((r) => r['Request ID'] === input.requestId).length;
  return convergingScenario(name, base, (rt, fault) => rt.run(entryPoint, [input], fault), retry, (rt) => tabsSignature(rt, ['Students', tab]), copies);
}

export function checkInScenario(students: number): KillScenario {
  const input = { studentId: 'stu-00002', kind: 'one-on-one', note: 'Talked about the robotics club', requestId: 'c7a1f0e2-5b8d-4c3e-9f6a-2d1b0e9c8a77' };
  return sidebarWriteScenario('a check-in', benchClass(students), 'logCheckIn', input, 'Check-ins');
}

export function addResourceScenario(students: number): KillScenario {
  const input = { title: 'Trail maps', url: 'https://maps.example.org/trails', type: 'tool', tags: 'hiking, maps', level: 'intro', description: 'Maps of the state trails.', requestId: 'r-0001' };
  return sidebarWriteScenario('adding a resource', benchClass(students), 'addResource', input, 'Resources');
}

/** A student's submission whose form-submit trigger is killed; the next student's submission (its trigger) merges both. */
export function surveyResponseScenario(students: number): KillScenario {
  const runtime = benchClass(students);
  const formId = createSurveyOn(runtime);
  const first = rosterResponse(runtime, 4, { [CAREERS]: 'marine biologist', [INTERESTS]: 'oceans, sailing' });
  const next: StudentResponse = { email: 'new.student@students.example.edu', answers: { 'First name': 'Noor', 'Last name': 'Haddad', [CAREERS]: 'architect' } };
  const merged = (rt: LocalRuntime) => tabRecords(rt, 'Students').filter((r) => String(r.Email).toLowerCase() === next.email).length;
  return convergingScenario(
    'a survey response',
    runtime,
    (rt, fault) => submitFormResponse(rt, formId, first, fault),
    (rt) => void submitFormResponse(rt, formId, next),
    (rt) => tabsSignature(rt, ['Students']),
    merged,
  );
}

/** Three responses stored while the form-submit trigger was missing; the teacher's sync merges them, retried after the kill. */
export function syncScenario(students: number): KillScenario {
  const runtime = benchClass(students);
  const formId = createSurveyOn(runtime);
  const triggers = runtime.state.triggers;
  runtime.state.triggers = triggers.filter((t) => t.eventType !== 'ON_FORM_SUBMIT');
  submitFormResponse(runtime, formId, rosterResponse(runtime, 1, { [CAREERS]: 'nurse' }));
  submitFormResponse(runtime, formId, rosterResponse(runtime, 7, { [INTERESTS]: 'chess, robotics' }));
  submitFormResponse(runtime, formId, { email: 'new.student@students.example.edu', answers: { 'First name': 'Noor', 'Last name': 'Haddad', [CAREERS]: 'architect' } });
  runtime.state.triggers = triggers;
  const sync = (rt: LocalRuntime) => void ok(runOk<Result<unknown>>(rt, 'syncSurveyResponses'), 'syncSurveyResponses');
  return convergingScenario('a sync of three responses', runtime, (rt, fault) => rt.run('syncSurveyResponses', [], fault), sync, (rt) => tabsSignature(rt, ['Students']));
}

/** Every operation the kill sweep covers, for a class of `students`, built one at a time (each holds a snapshot). */
export function killScenarios(students: number): { name: string; make: () => KillScenario }[] {
  return [
    { name: `a ${students}-student cycle`, make: () => cycleScenario(students) },
    { name: 'set-up', make: setupScenario },
    { name: 'a check-in', make: () => checkInScenario(students) },
    { name: 'adding a resource', make: () => addResourceScenario(students) },
    { name: 'a survey response', make: () => surveyResponseScenario(students) },
    { name: 'a sync of three responses', make: () => syncScenario(students) },
  ];
}
