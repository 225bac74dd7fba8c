// The current cycle's bookkeeping (kept in document properties): its status, in-flight sends, the run lease, and what a tick or "Send now" should do with it.
import { dueSlot, type Schedule } from '../schedule/schedule';
import { wallClockAt } from '../time-zone';
import { zeroCounts, type SendCounts } from './statuses';

/**
 * planning: the plan is being written to the Sent log; review: waiting for the teacher's approval;
 * sending: batches go out on each run; stopped: something must be fixed first (the run says what),
 * retried on the next run; done: every student has a final status.
 */
export type CycleStatus = 'planning' | 'review' | 'sending' | 'stopped' | 'done';

export interface CycleRecord {
  id: string;
  origin: 'schedule' | 'sendNow';
  status: CycleStatus;
  /**
   * The latest schedule slot consumed (it started a cycle or was passed over), carried from each
   * cycle to the next, so a slot can never start a second cycle whatever happened in between.
   */
  lastSlotAt: number | null;
  createdAt: number;
  finishedAt: number | null;
  /** Students by status, as of the last batch written. */
  counts: SendCounts;
  /** Sends whose outcome is unknown, for the teacher to resend or drop. */
  unknown: { studentId: string; email: string }[];
  /** Students whose emails may be going out right now: written (at once) before the batch is sent. */
  inflight: string[];
  /** The run sending this cycle, until when its lease holds (an execution lives at most 6 minutes). */
  lease: { runId: string; until: number } | null;
  /** Why the cycle is stopped or paused in its sending (quota, a missing column, an invalid template). */
  problem: string | null;
  /** The teacher's end-of-cycle summary: pending is written before it is sent, so it is never sent twice. */
  summary: 'none' | 'pending' | 'sent';
}

/** Apps Script kills an execution after 6 minutes, so a lease this long outlives any run holding it. */
export const LEASE_MS = 6 * 60 * 1000 + 30 * 1000;
/** Within this long after a cycle finished, "Send now" asks before starting another. */
export const SEND_AGAIN_GUARD_MS = 24 * 60 * 60 * 1000;

/**
 * A cycle id readable by the teacher: the local start time after a word, e.g. "Cycle 2027-03-15 09:00".
 * The word matters: a bare date-time written to a row below the formatted ones would be read by
 * Sheets as a date, and the cycle would no longer find its own rows.
 */
export function cycleIdAt(instant: number, timeZone: string, previousId: string | null): string {
  const w = wallClockAt(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const id = `Cycle ${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
  return id === previousId ? `${id}:${pad(w.second)}` : id;
}

/** A new cycle after `previous`, consuming `slot` when the schedule started it. */
export function newCycle(id: string, origin: CycleRecord['origin'], now: number, previous: CycleRecord | null, slot: number | null = null): CycleRecord {
  return { id, origin, status: 'planning', lastSlotAt: slot ?? previous?.lastSlotAt ?? null, createdAt: now, finishedAt: null, counts: zeroCounts(), unknown: [], inflight: [], lease: null, problem: null, summary: 'none' };
}

export function leaseHeld(cycle: CycleRecord | null, now: number): boolean {
  return !!cycle?.lease && cycle.lease.until > now;
}

export function isUnderWay(cycle: CycleRecord | null): boolean {
  return !!cycle && cycle.status !== 'done';
}

export type SendNowDecision = { kind: 'continue' } | { kind: 'start' } | { kind: 'ask'; message: string } | { kind: 'waiting'; message: string };

/**
 * "Send now": continue the cycle under way (never a second one); after a cycle finished less than
 * a day ago, ask first unless `again`, so a second click after an error never mails the class twice.
 */
export function sendNowDecision(cycle: CycleRecord | null, now: number, again: boolean): SendNowDecision {
  if (cycle?.status === 'review') return { kind: 'waiting', message: 'This cycle’s plan is waiting for your approval: review it in the Sent log, then approve it.' };
  if (isUnderWay(cycle)) return { kind: 'continue' };
  if (cycle && cycle.finishedAt !== null && now - cycle.finishedAt < SEND_AGAIN_GUARD_MS && !again) {
    return { kind: 'ask', message: `A cycle (${cycle.id}) finished less than a day ago. Send a new round to every student anyway?` };
  }
  return { kind: 'start' };
}

export type TickDecision = { kind: 'continue' } | { kind: 'start'; slot: number } | { kind: 'pass'; slot: number; message: string } | { kind: 'idle' };

/**
 * The hourly tick: continue a cycle that is sending (or stopped, to retry), or finished with its
 * summary still to send (the quota had run out); else start the due
 * slot's cycle. A slot that comes while a plan still waits for approval is passed over (and
 * recorded), never queued, so the class never gets two emails for one late approval; so is a slot
 * less than a day after the last cycle began (a Send now shortly before the hour, or a missed
 * cycle caught up late), so the class never gets two emails within a day. Paused means
 * the tick does nothing at all, a cycle under way included, until the teacher resumes (or sends now).
 */
export function tickDecision(cycle: CycleRecord | null, schedule: Schedule | null, now: number, timeZone: string): TickDecision {
  if (schedule?.paused) return { kind: 'idle' };
  if (isUnderWay(cycle) && cycle?.status !== 'review') return { kind: 'continue' };
  if (cycle?.status === 'done' && cycle.summary === 'none') return { kind: 'continue' };
  const slot = schedule ? dueSlot(schedule, cycle?.lastSlotAt ?? null, now, timeZone) : null;
  if (slot === null) return { kind: 'idle' };
  if (cycle?.status === 'review') return { kind: 'pass', slot, message: `The scheduled cycle was not started: cycle ${cycle.id} is still waiting for your approval.` };
  if (cycle && slot - cycle.createdAt < SEND_AGAIN_GUARD_MS) {
    return { kind: 'pass', slot, message: `The scheduled cycle was not started: cycle ${cycle.id} began less than a day before it (a Send now, or a missed cycle caught up), so everyone has just had their email.` };
  }
  return { kind: 'start', slot };
}
