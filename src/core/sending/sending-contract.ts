// The sending part of the sidebar's contract (re-exported by src/shared/rpc.ts): statuses, the schedule's input, the cycle's progress.
import type { IsoDateTime } from '../vocabulary';

/** The Sent log's statuses, exactly (statuses.ts holds their state machine). */
export const SEND_STATUSES = ['planned', 'sent', 'skipped', 'failed', 'unknown'] as const;
export type SendStatus = (typeof SEND_STATUSES)[number];
export type SendCounts = Record<SendStatus, number>;

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/** saveSchedule's argument: every N weeks (1-8) on a weekday at an hour (0-23) in the spreadsheet's time zone. */
export interface ScheduleInput {
  everyWeeks: number;
  weekday: WeekdayName;
  hour: number;
  paused?: boolean;
  reviewBeforeSending?: boolean;
}

export interface CycleView {
  id: string;
  /** planning, review (waiting for approval), sending, stopped (see problem), done. */
  status: 'planning' | 'review' | 'sending' | 'stopped' | 'done';
  /** In students. */
  counts: SendCounts;
  /** Sends whose outcome is unknown after a run was killed: resend or drop each. */
  unknown: { studentId: string; email: string }[];
  problem: string | null;
  startedAt: IsoDateTime;
  finishedAt: IsoDateTime | null;
}

export interface SendingState {
  schedule: Required<ScheduleInput> | null;
  /** The next scheduled start, null while paused or unscheduled. */
  nextRunAt: IsoDateTime | null;
  /** The same, as the teacher reads it in the spreadsheet's zone, e.g. "Monday 15 March 2027, 09:00". */
  nextRunLocal: string | null;
  /** The Google account whose hourly trigger sends for this sheet. */
  owner: string | null;
  /** Who is asking (a co-teacher sees that someone else owns the schedule). */
  you: string;
  timeZone: string;
  /** The current or most recent cycle. */
  cycle: CycleView | null;
  /** Runs that stopped early or failed, newest last (add-on triggers send no failure email). */
  runNotes: { at: IsoDateTime; message: string }[];
  /** What the call that returned this state did, when it did something. */
  message?: string;
}
