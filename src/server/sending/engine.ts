// One sending run: take the cycle's lease, settle what a killed run left, plan if needed, send batches within quota and time, finish with the teacher's summary.
import { appendToModel, applyEvent, countStudents, cycleStudents, nextBatch, picksOf, planRows, touchedBlocks, type PlanEntry, type SentLogModel, type StudentSend } from '../../core/sending/cycle-log';
import { decideSend, type RenderEmail } from '../../core/sending/compose';
import { LEASE_MS, leaseHeld, type CycleRecord } from '../../core/sending/cycle-record';
import { migrateLegacyRows } from '../../core/sending/migration';
import { cycleSummary } from '../../core/sending/summary';
import { parseSentLog } from '../../core/sent-log';
import { withDocumentLock } from '../document-lock';
import type { SpreadsheetContext } from '../spreadsheet-context';
import { forgetCardSummary } from '../card-summary';
import type { Sheet } from '../tabs';
import { appendRows, writeBlock } from '../writes';
import { loadClassData, type ClassData } from './class-data';
import { asRead, readFreshClass, type FreshClass } from './fresh-columns';
import type { Settings } from '../../core/settings/settings';
import { cycleEmailSettings, cycleRenderer, planClass } from './matching';
import { errorMessage, readCycle, writeCycle } from './store';

/** Students per batch: one in-flight mark and one Sent log write for each, small enough that a kill leaves few unknowns. */
export const BATCH_SIZE = 20;
/** No batch starts after this long into the run, and no send after HARD_STOP_MS: well inside Apps Script's 6 minutes. */
export const BATCH_BUDGET_MS = 4 * 60 * 1000;
const HARD_STOP_MS = 5 * 60 * 1000;

/** Apps Script's daily-quota text: the send did not happen, so the student stays planned. */
const QUOTA_MESSAGE = /too many times for one day: email/i;
/** Refusals MailApp makes before sending anything (APPS_SCRIPT_FACTS.md): that student failed. Any other error leaves the outcome unknown. */
const REFUSED_MESSAGE = /^(Invalid email|Limit Exceeded|Failed to send email: no recipient)/i;

export interface RunResult {
  cycle: CycleRecord | null;
  /** What this run did or why it stopped, for the sidebar, the tick's notes and the CLI. */
  message: string;
  /** A previous run's lease had expired without being released: it was killed or failed. */
  previousRunLost: boolean;
  /** Another run held the lease, so this one did nothing. */
  busy: boolean;
}

/**
 * Takes the cycle's lease under the document lock: `busy` if another run holds it (an overlapping
 * run exits), else the cycle as `prepare` makes it (a new one, the current one, or none), written
 * with the lease in one property write, so two runs can never both start or both send. `lost`: the
 * previous holder's lease expired unreleased (it was killed or failed).
 */
export function takeLease(runId: string, now: number, prepare: (current: CycleRecord | null) => CycleRecord | null): { cycle: CycleRecord | null; busy: boolean; lost: boolean } {
  return withDocumentLock(() => {
    const current = readCycle();
    if (leaseHeld(current, now)) return { cycle: current, busy: true, lost: false };
    const lost = !!current?.lease;
    const cycle = prepare(current);
    if (!cycle) return { cycle: current, busy: false, lost };
    cycle.lease = { runId, until: now + LEASE_MS };
    writeCycle(cycle);
    return { cycle, busy: false, lost };
  });
}

/**
 * Writes the cells the run changed, and only those (touchedBlocks), then flushes: a batch's
 * statuses are on the sheet before the next batch's in-flight mark replaces this one's. No
 * document lock: the cycle's lease makes this run the only writer of its rows (the review edits
 * take the lease too), so a teacher's check-in never waits on a batch, and their edits of other
 * cells, made at any moment of the run, are never written over. The card's summary of the logs
 * is forgotten before (a kill after the writes leaves no stamp vouching for old statuses) and
 * again after the flush (a card rebuilt from the old statuses meanwhile would otherwise stay
 * stamped, since statuses change in place and the Sent log's length does not move).
 */
export function writeTouched(model: SentLogModel, sheet: Sheet): void {
  const blocks = touchedBlocks(model);
  if (blocks.length === 0) return;
  forgetCardSummary();
  for (const block of blocks) writeBlock(sheet, block.firstRow, block.firstColumn, block.values);
  SpreadsheetApp.flush();
  forgetCardSummary();
  model.touched.clear();
}

export function snapshot(cycle: CycleRecord, students: readonly StudentSend[]): void {
  cycle.counts = countStudents(students);
  cycle.unknown = students.filter((s) => s.status === 'unknown').map((s) => ({ studentId: s.studentId, email: s.email }));
}

/** Sends still in flight when a run died: whatever the sheet does not show as sent or failed became unknown. */
function settleInflight(cycle: CycleRecord, model: SentLogModel, students: StudentSend[]): void {
  for (const send of students) if (cycle.inflight.includes(send.studentId)) applyEvent(model, send, 'lost');
  cycle.inflight = [];
}

/**
 * Appends the plan's rows under the document lock, after the tab's last row as it is then: rows a
 * teacher added since the run read the tab are kept, not written over.
 */
function plan(cycle: CycleRecord, data: ClassData, entries: () => PlanEntry[], reviewFirst: boolean): void {
  const model = data.sentLog;
  const alreadyWritten = cycleStudents(model, cycle.id).length > 0;
  const rows = alreadyWritten ? [] : planRows(model.map, cycle.id, entries(), new Date());
  if (rows.length > 0) {
    const sheet = data.sentLogSheet;
    const firstRow = withDocumentLock(() => appendRows(sheet, Math.max(data.sentLogLastRow, sheet.getLastRow()), rows));
    appendToModel(model, firstRow, rows);
  }
  cycle.status = reviewFirst ? 'review' : 'sending';
}

interface BatchOutcome {
  stop: string | null;
}

/**
 * One batch: each student decided on the Students and Resources tabs as they are now (`fresh`,
 * read just before), so an opt-out, a new address or a resource deactivated since the run began is
 * honoured here, the skip or the dropped pick recorded with its reason.
 */
function sendBatch(cycle: CycleRecord, batch: StudentSend[], data: ClassData, fresh: FreshClass, render: RenderEmail, startedAt: number): BatchOutcome {
  const model = data.sentLog;
  const { roster, library } = fresh;
  const sends: { send: StudentSend; decision: Extract<ReturnType<typeof decideSend>, { kind: 'send' }> }[] = [];
  for (const send of batch) {
    const decision = decideSend(roster.get(send.studentId), picksOf(model, send), library);
    if (decision.kind === 'skip') applyEvent(model, send, 'skip', { reason: decision.reason, at: new Date() });
    else if (decision.kind === 'fail') applyEvent(model, send, 'failed', { reason: decision.reason, at: new Date() });
    else sends.push({ send, decision });
  }
  // The durable mark: written (at once) before any of these emails can go out.
  cycle.inflight = sends.map(({ send }) => send.studentId);
  if (sends.length > 0) writeCycle(cycle);
  let stop: string | null = null;
  for (const { send, decision } of sends) {
    if (Date.now() - startedAt > HARD_STOP_MS) {
      stop = 'This run reached its time budget; the next run continues.';
      break;
    }
    const student = roster.get(send.studentId)!;
    try {
      const email = render(student, decision.picks);
      MailApp.sendEmail({ to: decision.to, subject: email.subject, body: email.body, htmlBody: email.htmlBody });
    } catch (error) {
      const message = errorMessage(error);
      if (QUOTA_MESSAGE.test(message)) {
        stop = 'The daily email quota is used up; sending continues when it resets.';
        break;
      }
      if (REFUSED_MESSAGE.test(message)) applyEvent(model, send, 'failed', { reason: `Not sent: ${message}`, at: new Date() });
      else applyEvent(model, send, 'lost', { reason: `MailApp failed and may or may not have sent it: ${message}`, at: new Date() });
      continue;
    }
    const at = new Date();
    for (const dropped of decision.dropped) applyEvent(model, send, 'skip', { rows: [dropped.row], reason: dropped.reason, at });
    applyEvent(model, send, 'sent', { at });
  }
  writeTouched(model, data.sentLogSheet);
  return { stop };
}

function finish(cycle: CycleRecord, data: ClassData, students: readonly StudentSend[]): void {
  cycle.status = 'done';
  cycle.finishedAt ??= Date.now();
  if (cycle.summary !== 'none' || MailApp.getRemainingDailyQuota() < 1) return;
  cycle.summary = 'pending';
  writeCycle(cycle);
  const names = new Map(data.students.map((s) => [s.id, s.name]));
  const summary = cycleSummary(cycle.id, data.sentLog, students, names);
  MailApp.sendEmail(Session.getEffectiveUser().getEmail(), summary.subject, summary.body);
  cycle.summary = 'sent';
}

/**
 * The body of a run holding the lease. Order matters for exactly-once: a batch's students are
 * marked in flight in the properties (durable at once) before any send; the Sent log statuses are
 * written and flushed after; a run that finds students still in flight marks their planned rows
 * unknown. So a kill at any call, with the sheet's buffered writes lost or kept, never resends.
 */
function runWithLease(cycle: CycleRecord, context: SpreadsheetContext, settings: Settings, reviewFirst: boolean, startedAt: number): string {
  const loaded = loadClassData(context);
  if (!loaded.ok) {
    cycle.status = cycle.status === 'planning' ? 'planning' : 'stopped';
    cycle.problem = `Sending stopped: ${loaded.problems.map((p) => p.message).join(' ')} Nothing is sent twice once it is fixed.`;
    return cycle.problem;
  }
  const { data } = loaded;
  const model = data.sentLog;
  // The planner must see legacy rows as settled ("emailed" is sent), or it would send their resources again.
  if (migrateLegacyRows(model) > 0) data.sent = parseSentLog(model.rows, model.map, context.dates);
  if (cycle.inflight.length > 0) settleInflight(cycle, model, cycleStudents(model, cycle.id));
  // The settings as this run read them, once: the planner and the renderer see the same template.
  const email = cycleEmailSettings(settings);
  writeTouched(model, data.sentLogSheet);
  if (cycle.status === 'planning') plan(cycle, data, () => planClass(data, email), reviewFirst);
  const students = cycleStudents(model, cycle.id);
  snapshot(cycle, students);
  if (cycle.status === 'review') return `Cycle ${cycle.id} is planned and waits for your approval.`;
  if (cycle.status === 'done') {
    finish(cycle, data, students);
    return `Cycle ${cycle.id} is finished.`;
  }
  const renderer = cycleRenderer(email, settings);
  if (!renderer.ok) {
    cycle.status = 'stopped';
    cycle.problem = `Sending stopped before any email: ${renderer.problems.map((p) => p.message).join(' ')}`;
    return cycle.problem;
  }
  cycle.status = 'sending';
  cycle.problem = null;
  const tried = new Set<string>();
  let stop: string | null = null;
  while (!stop) {
    if (Date.now() - startedAt > BATCH_BUDGET_MS) {
      stop = 'This run reached its time budget; the next run continues.';
      break;
    }
    const quota = MailApp.getRemainingDailyQuota();
    if (quota < 1) {
      stop = 'The daily email quota is used up; sending continues when it resets.';
      break;
    }
    const batch = nextBatch(students, Math.min(BATCH_SIZE, quota), tried);
    if (batch.length === 0) break;
    // The first batch goes on the tabs as the run has just read them; each later one reads them again.
    const fresh = tried.size === 0 ? { ok: true as const, value: asRead(data) } : readFreshClass(data);
    if (!fresh.ok) {
      stop = fresh.problems.map((p) => p.message).join(' ');
      break;
    }
    for (const send of batch) tried.add(send.studentId);
    stop = sendBatch(cycle, batch, data, fresh.value, renderer.value, startedAt).stop;
    snapshot(cycle, students);
  }
  cycle.inflight = [];
  if (students.some((s) => s.status === 'planned')) {
    cycle.problem = stop;
    return stop ?? `Cycle ${cycle.id}: ${cycle.counts.sent} sent so far.`;
  }
  finish(cycle, data, students);
  return `Cycle ${cycle.id} finished: ${cycle.counts.sent} sent, ${cycle.counts.skipped} skipped, ${cycle.counts.failed} failed, ${cycle.counts.unknown} unknown.`;
}

/**
 * A run: takes the lease (or exits, saying another run is sending), does the work, and always
 * gives the lease back with the cycle's state in one last property write. An error thrown midway
 * leaves the lease to expire; the next run settles what it left.
 */
export function runCycle(context: SpreadsheetContext, options: { settings: Settings; reviewFirst: boolean; prepare: (current: CycleRecord | null) => CycleRecord | null }): RunResult {
  const startedAt = Date.now();
  const runId = Utilities.getUuid();
  const lease = takeLease(runId, startedAt, options.prepare);
  if (lease.busy) {
    return { cycle: lease.cycle, previousRunLost: false, busy: true, message: `Another Rapport run is sending cycle ${lease.cycle?.id ?? ''} right now; this one stopped so that nobody gets two emails.` };
  }
  const cycle = lease.cycle;
  if (!cycle || cycle.lease?.runId !== runId) return { cycle, previousRunLost: lease.lost, busy: false, message: 'Nothing to send.' };
  const message = runWithLease(cycle, context, options.settings, options.reviewFirst, startedAt);
  cycle.lease = null;
  writeCycle(cycle);
  return { cycle, previousRunLost: lease.lost, busy: false, message };
}
