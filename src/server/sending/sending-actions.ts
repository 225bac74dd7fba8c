// The schedule's and the cycle's use cases behind the entry points: save, take over, send now, approve, resolve an unknown send, the state, the hourly tick.
import type { Problem, Result, SendingState } from '../../shared/rpc';
import { applyScheduleInput, checkScheduleInput, nextRunAt } from '../../core/schedule/schedule';
import { applyEvent, cycleStudents, picksOf, swapPick, type SentLogModel, type StudentSend } from '../../core/sending/cycle-log';
import { cycleIdAt, newCycle, sendNowDecision, tickDecision, type CycleRecord } from '../../core/sending/cycle-record';
import { withDocumentLock } from '../document-lock';
import { openSpreadsheetContext, type SpreadsheetContext } from '../spreadsheet-context';
import { loadClassData, type ClassData } from './class-data';
import { runCycle, snapshot, takeLease, writeTouched, type RunResult } from './engine';
import { addRunNote, errorMessage, readCycle, readSendingStore, writeCycle, writeScheduleRecord, type SendingStore } from './store';
import { ensureTickTrigger, removeMyTickTrigger } from './tick-trigger';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function me(): string {
  return Session.getEffectiveUser().getEmail();
}

function refused(message: string): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [{ message }] };
}

function notOwner(owner: string): { ok: false; problems: Problem[] } {
  return refused(`The schedule runs from ${owner}'s account. Take it over to send from yours (their hourly trigger then stops).`);
}

/** What the sidebar shows, from the store as read (one getProperties) and the spreadsheet's zone. */
function stateFrom(context: SpreadsheetContext, store: SendingStore, you: string, message?: string): SendingState {
  const { schedule, owner } = store.scheduleRecord;
  const { cycle } = store;
  const next = schedule ? nextRunAt(schedule, cycle?.lastSlotAt ?? null, context.now.getTime(), context.timeZone) : null;
  return {
    schedule: schedule && { everyWeeks: schedule.everyWeeks, weekday: schedule.weekday, hour: schedule.hour, paused: schedule.paused, reviewBeforeSending: schedule.reviewBeforeSending },
    nextRunAt: iso(next),
    nextRunLocal: next === null ? null : Utilities.formatDate(new Date(next), context.timeZone, 'EEEE d MMMM yyyy, HH:mm'),
    owner,
    you,
    timeZone: context.timeZone,
    cycle: cycle && {
      id: cycle.id,
      status: cycle.status,
      counts: cycle.counts,
      unknown: cycle.unknown,
      problem: cycle.problem,
      startedAt: iso(cycle.createdAt)!,
      finishedAt: iso(cycle.finishedAt),
    },
    runNotes: store.runNotes.map((note) => ({ at: iso(note.at)!, message: note.message })),
    ...(message === undefined ? {} : { message }),
  };
}

export function readSendingState(): SendingState {
  return stateFrom(openSpreadsheetContext(), readSendingStore(), me());
}

/** Saves the schedule (the first save makes the caller its owner) and installs the owner's hourly trigger once. */
export function saveScheduleFor(input: unknown): Result<SendingState> {
  const checked = checkScheduleInput(input);
  if (!checked.ok) return checked;
  const context = openSpreadsheetContext();
  const you = me();
  return withDocumentLock(() => {
    const store = readSendingStore();
    const { owner, schedule } = store.scheduleRecord;
    if (owner && owner !== you) return notOwner(owner);
    const saved = writeScheduleRecord({ schedule: applyScheduleInput(schedule, checked.value, context.now.getTime(), context.timeZone), owner: you });
    if (!saved.ok) return saved;
    const record = saved.value;
    ensureTickTrigger(context.spreadsheet);
    return { ok: true, value: stateFrom(context, { ...store, scheduleRecord: record }, you) };
  });
}

/** A co-teacher takes the schedule over: their trigger sends from now on; the former owner's removes itself on its next tick. */
export function takeOverScheduleFor(): Result<SendingState> {
  const context = openSpreadsheetContext();
  const you = me();
  return withDocumentLock(() => {
    const store = readSendingStore();
    const saved = writeScheduleRecord({ schedule: store.scheduleRecord.schedule, owner: you });
    if (!saved.ok) return saved;
    const record = saved.value;
    ensureTickTrigger(context.spreadsheet);
    return { ok: true, value: stateFrom(context, { ...store, scheduleRecord: record }, you, `The schedule now runs from ${you}.`) };
  });
}

function afterRun(context: SpreadsheetContext, result: RunResult, you: string): Result<SendingState> {
  if (result.busy) return refused(result.message);
  return { ok: true, value: stateFrom(context, readSendingStore(), you, result.message) };
}

/**
 * "Send now": continues the cycle under way, never a second one; within a day of a finished cycle
 * it answers with a problem unless `again`. The caller becomes the owner if there is none, and
 * their hourly trigger continues what this run cannot finish (quota, time budget).
 */
export function sendNowFor(options: unknown): Result<SendingState> {
  const again = (options as { again?: unknown } | undefined)?.again === true;
  const context = openSpreadsheetContext();
  const you = me();
  const store = readSendingStore();
  const { owner, schedule } = store.scheduleRecord;
  if (owner && owner !== you) return notOwner(owner);
  const now = context.now.getTime();
  const first = sendNowDecision(store.cycle, now, again);
  if (first.kind === 'ask' || first.kind === 'waiting') return refused(first.message);
  // Under the lock: two first clicks side by side would both find no trigger, and the second create would throw.
  const claimed = withDocumentLock(() => {
    const saved = owner ? null : writeScheduleRecord({ schedule, owner: you });
    if (saved && !saved.ok) return saved;
    ensureTickTrigger(context.spreadsheet);
    return null;
  });
  if (claimed) return claimed;
  const result = runCycle(context, {
    settings: store.settings,
    reviewFirst: schedule?.reviewBeforeSending ?? false,
    prepare: (current) => {
      const decision = sendNowDecision(current, now, again);
      if (decision.kind === 'start') return newCycle(cycleIdAt(now, context.timeZone, current?.id ?? null), 'sendNow', now, current);
      return decision.kind === 'continue' ? current : null;
    },
  });
  return afterRun(context, result, you);
}

/** Approves the plan waiting for review and starts sending it in this run. */
export function approveCycleFor(): Result<SendingState> {
  const context = openSpreadsheetContext();
  const you = me();
  const store = readSendingStore();
  const { owner } = store.scheduleRecord;
  if (owner && owner !== you) return notOwner(owner);
  const approved = withDocumentLock(() => {
    const cycle = readCycle();
    if (cycle?.status !== 'review') return false;
    writeCycle({ ...cycle, status: 'sending' });
    return true;
  });
  if (!approved) return refused('No plan is waiting for approval.');
  return afterRun(context, runCycle(context, { settings: store.settings, reviewFirst: false, prepare: (current) => current }), you);
}

type PlanEdit = (model: SentLogModel, send: StudentSend, data: ClassData) => string | null;

/**
 * Changes one student's rows of the current cycle while holding the cycle's lease, so no run can
 * overwrite them with what it read before. `edit` returns a problem, or null once it changed the
 * model; the rows are written in one block and the cycle's counts updated.
 */
function editStudentRows(studentId: unknown, allowed: (cycle: CycleRecord, send: StudentSend) => string | null, edit: PlanEdit, done: string): Result<SendingState> {
  const context = openSpreadsheetContext();
  const lease = takeLease(Utilities.getUuid(), context.now.getTime(), (current) => current);
  if (lease.busy) return refused('A Rapport run is sending right now. Try again in a few minutes.');
  const cycle = lease.cycle;
  if (!cycle) return refused('There is no cycle yet.');
  let problem: string | null;
  const loaded = loadClassData(context);
  if (!loaded.ok) problem = loaded.problems.map((p) => p.message).join(' ');
  else {
    const students = cycleStudents(loaded.data.sentLog, cycle.id);
    const send = students.find((s) => s.studentId === String(studentId ?? ''));
    problem = send ? (allowed(cycle, send) ?? edit(loaded.data.sentLog, send, loaded.data)) : `Student ${JSON.stringify(studentId)} is not in cycle ${cycle.id}.`;
    if (!problem) {
      writeTouched(loaded.data.sentLog, loaded.data.sentLogSheet);
      snapshot(cycle, students);
      if (cycle.status === 'done' && students.some((s) => s.status === 'planned')) Object.assign(cycle, { status: 'sending', finishedAt: null });
    }
  }
  cycle.lease = null;
  writeCycle(cycle);
  if (problem) return refused(problem);
  return { ok: true, value: stateFrom(context, readSendingStore(), me(), done) };
}

const unknownOnly = (cycle: CycleRecord, send: StudentSend) => (send.status === 'unknown' ? null : `Student ${send.studentId} has no send of unknown outcome in cycle ${cycle.id}.`);
const beforeApproval = (cycle: CycleRecord, send: StudentSend) =>
  cycle.status !== 'review' ? 'The plan can be changed only while it waits for your approval.' : send.status !== 'planned' ? `Student ${send.studentId} is not planned in this cycle.` : null;

/** The teacher's decision on a send whose outcome is unknown: `resend` plans it again (the next run sends it), `drop` marks it skipped. */
export function resolveUnknownSendFor(studentId: unknown, choice: unknown): Result<SendingState> {
  if (choice !== 'resend' && choice !== 'drop') return refused(`Choose 'resend' or 'drop' (got ${JSON.stringify(choice)}).`);
  const reason = choice === 'resend' ? 'Resend chosen by the teacher after an unknown outcome.' : 'Not resent: the teacher dropped it after an unknown outcome.';
  return editStudentRows(studentId, unknownOnly, (model, send) => (applyEvent(model, send, choice, { reason }), null), choice === 'resend' ? 'It will be sent on the next run (or Send now).' : 'Dropped.');
}

/** Before approval: the student gets no email this cycle. */
export function skipPlannedStudentFor(studentId: unknown): Result<SendingState> {
  return editStudentRows(studentId, beforeApproval, (model, send) => (applyEvent(model, send, 'skip', { reason: 'Skipped by the teacher before approval.' }), null), 'Skipped.');
}

/** Before approval: one of the student's picks replaced by another active resource from the library. */
export function swapPlannedPickFor(studentId: unknown, fromResourceId: unknown, toResourceId: unknown): Result<SendingState> {
  return editStudentRows(
    studentId,
    beforeApproval,
    (model, send, data) => {
      const resource = data.resources.find((r) => r.id === String(toResourceId ?? '') && r.id !== '');
      if (!resource || !resource.active || !resource.urlSafe) return `${JSON.stringify(toResourceId)} is not an active resource in the Resources tab.`;
      const pick = picksOf(model, send).find((p) => p.resourceId === String(fromResourceId ?? ''));
      if (!pick) return `${JSON.stringify(fromResourceId)} is not one of this student's picks.`;
      swapPick(model, send, pick.row, { resourceId: resource.id, title: resource.title, url: resource.url, reason: 'chosen for you by your teacher' });
      return null;
    },
    'Pick swapped.',
  );
}

function note(store: SendingStore, message: string): void {
  addRunNote(store.runNotes, { at: Date.now(), message });
  store.runNotes = [...store.runNotes, { at: Date.now(), message }];
}

/**
 * The hourly tick, run as the trigger's owner. A trigger whose owner no longer owns the schedule
 * removes itself. Otherwise it continues a cycle under way, or starts the slot that is due; what
 * went wrong or stopped early is noted where the sidebar shows it.
 */
export function scheduleTick(): void {
  const store = readSendingStore();
  if (store.scheduleProblem) {
    // Not knowing the owner is no reason to delete a trigger: the teacher saves the schedule again.
    note(store, store.scheduleProblem);
    return;
  }
  const { owner, schedule } = store.scheduleRecord;
  if (owner !== me()) {
    removeMyTickTrigger();
    return;
  }
  const context = openSpreadsheetContext();
  const now = context.now.getTime();
  const decision = tickDecision(store.cycle, schedule, now, context.timeZone);
  if (decision.kind === 'idle') return;
  if (decision.kind === 'pass') {
    withDocumentLock(() => {
      const current = readCycle();
      if (current) writeCycle({ ...current, lastSlotAt: decision.slot });
    });
    note(store, decision.message);
    return;
  }
  const result = runCycle(context, {
    settings: store.settings,
    reviewFirst: schedule?.reviewBeforeSending ?? false,
    prepare: (current: CycleRecord | null) => {
      const fresh = tickDecision(current, schedule, now, context.timeZone);
      if (fresh.kind === 'start') return newCycle(cycleIdAt(fresh.slot, context.timeZone, current?.id ?? null), 'schedule', now, current, fresh.slot);
      return fresh.kind === 'continue' ? current : null;
    },
  });
  if (result.previousRunLost) note(store, 'A previous run stopped before it finished (Apps Script’s time limit or an error); this run settled what it left.');
  if (result.busy || result.cycle?.status === 'stopped') note(store, result.message);
}

/** Records a tick that failed, where the sidebar shows it (add-on triggers send no failure email). */
export function recordFailedTick(error: unknown): void {
  const store = readSendingStore();
  note(store, `The hourly run failed: ${errorMessage(error)}`);
}
