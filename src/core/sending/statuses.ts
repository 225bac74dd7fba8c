// The Sent log's statuses and the one state machine every planned send follows.

import { SEND_STATUSES, type SendCounts, type SendStatus } from './sending-contract';

/** Exactly these, lower case, in the Sent log's Status column. */
export { SEND_STATUSES, type SendCounts, type SendStatus };

/**
 * What can happen to a planned send. "Pending" is not a status in the sheet: a planned send is
 * pending while its student is in the cycle's in-flight list (kept in document properties, which
 * are written at once, unlike the sheet's buffered writes), and a run that finds a pending send
 * still planned after a kill cannot know whether it went, so it becomes `unknown` (`lost`).
 */
export type SendEvent = 'skip' | 'swap' | 'sent' | 'failed' | 'lost' | 'resend' | 'drop';

const TRANSITIONS: Record<SendStatus, Partial<Record<SendEvent, SendStatus>>> = {
  planned: { skip: 'skipped', swap: 'planned', sent: 'sent', failed: 'failed', lost: 'unknown' },
  unknown: { resend: 'planned', drop: 'skipped' },
  sent: {},
  skipped: {},
  failed: {},
};

/** The status after `event`, or null when the event is not allowed from `from` (a sent email stays sent). */
export function nextStatus(from: SendStatus, event: SendEvent): SendStatus | null {
  return TRANSITIONS[from][event] ?? null;
}

export function isSendStatus(text: string): text is SendStatus {
  return (SEND_STATUSES as readonly string[]).includes(text);
}

/**
 * One status for a student from the statuses of their rows (one row per picked resource): a
 * student with any row sent got the email; unknown wins over all, since it needs the teacher.
 */
export function studentStatus(rowStatuses: readonly SendStatus[]): SendStatus {
  for (const status of ['unknown', 'sent', 'failed', 'planned'] as const) if (rowStatuses.includes(status)) return status;
  return 'skipped';
}

export function zeroCounts(): SendCounts {
  return { planned: 0, sent: 0, skipped: 0, failed: 0, unknown: 0 };
}
