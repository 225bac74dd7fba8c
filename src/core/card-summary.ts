// The student card's summary of the logs: each student's latest check-in and newest sends, in a tab Rapport rebuilds, so the card's cost does not grow with Check-ins or the Sent log.
import { cardLogsOf, type CardLogs } from './card';
import { cellText, type Cell } from './cells';
import type { CheckIn } from './check-ins';
import { CELL_MAX_CHARS } from './schema';
import type { SentEntry } from './sent-log';

export const CARD_SUMMARY_TAB = 'Rapport card summary';
export const CARD_SUMMARY_HEADER = ['Student ID', 'Latest check-in', 'Resources sent, newest first (Rapport rebuilds this tab from Check-ins and the Sent log)'];

/**
 * How long a summary is trusted without reading the logs. Rapport's own writes to them forget it
 * at once and a row added or deleted shows in a log's last row; this bounds how long a teacher's
 * edit inside a row (a date, a status, a title) can go unseen by the card.
 */
export const CARD_SUMMARY_MAX_AGE_MS = 10 * 60 * 1000;

/** What the summary was built from, kept in a document property beside it. */
export interface CardSummaryStamp {
  sheetId: number;
  /** The logs' last rows when they were read. */
  checkInsRows: number;
  sentLogRows: number;
  /** Of the roster's ids and names, which decide whose a check-in typed with a name is. */
  roster: string;
  builtAt: number;
  /** Of the summary's cells, so an edit of the summary tab itself is seen. */
  digest: string;
}

/** What the card checks a stamp against, all from reads it makes anyway or a last-row call. */
export interface CardSummarySources {
  checkInsRows: number;
  sentLogRows: number;
  roster: string;
  now: number;
}

/** FNV-1a over the cells as text: cheap change detection, not a security measure. */
export function digestOf(rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) => row.map((cell) => cellText(cell)).join('\t')).join('\n');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}:${hash.toString(16)}`;
}

export function rosterDigest(students: readonly { id: string; name: string }[]): string {
  return digestOf(students.map((s) => [s.id, s.name]));
}

/**
 * The summary tab's rows: the header, then one row per student with a check-in or a send, by
 * student id. Null when a row would not fit in a cell (twenty very long links): the card then keeps
 * reading the logs rather than show a shortened list.
 */
export function cardSummaryRows(checkIns: readonly CheckIn[], sent: readonly SentEntry[]): string[][] | null {
  const ids = [...new Set([...checkIns.map((c) => c.studentId), ...sent.map((e) => e.studentId)].filter((id) => id !== ''))].sort();
  const rows = ids.flatMap((id) => {
    const logs = cardLogsOf(id, checkIns, sent);
    return logs.lastCheckIn || logs.resourcesSent.length > 0 ? [[id, JSON.stringify(logs.lastCheckIn), JSON.stringify(logs.resourcesSent)]] : [];
  });
  return rows.some((row) => row.some((cell) => cell.length > CELL_MAX_CHARS)) ? null : [CARD_SUMMARY_HEADER, ...rows];
}

export function parseStamp(text: string | null): CardSummaryStamp | null {
  if (!text) return null;
  try {
    const stamp = JSON.parse(text) as Partial<CardSummaryStamp>;
    const numbers = [stamp.sheetId, stamp.checkInsRows, stamp.sentLogRows, stamp.builtAt].every((n) => typeof n === 'number');
    return numbers && typeof stamp.roster === 'string' && typeof stamp.digest === 'string' ? (stamp as CardSummaryStamp) : null;
  } catch {
    return null;
  }
}

/** Whether a stamp still describes the logs: same last rows and roster, young enough. */
export function stampIsCurrent(stamp: CardSummaryStamp, sources: CardSummarySources): boolean {
  const age = sources.now - stamp.builtAt;
  return stamp.checkInsRows === sources.checkInsRows && stamp.sentLogRows === sources.sentLogRows && stamp.roster === sources.roster && age >= 0 && age < CARD_SUMMARY_MAX_AGE_MS;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isCardLogs(value: CardLogs): boolean {
  const checkIn = value.lastCheckIn as Partial<NonNullable<CardLogs['lastCheckIn']>> | null;
  const checkInOk = checkIn === null || (!!checkIn && [checkIn.date, checkIn.kind, checkIn.note].every(isString));
  const sentOk = Array.isArray(value.resourcesSent) && value.resourcesSent.every((item: unknown) => !!item && [(item as Record<string, unknown>).title, (item as Record<string, unknown>).url, (item as Record<string, unknown>).sentOn].every(isString));
  return checkInOk && sentOk;
}

/**
 * Each student's logs from the summary tab as read; null when the cells are not the ones the
 * stamp describes (edited, half written, damaged), so the caller reads the logs instead.
 */
export function summaryLookup(values: readonly (readonly Cell[])[], stamp: CardSummaryStamp): Map<string, CardLogs> | null {
  if (digestOf(values) !== stamp.digest || cellText(values[0]?.[0]) !== CARD_SUMMARY_HEADER[0]) return null;
  const logs = new Map<string, CardLogs>();
  for (const [id, checkIn, sent] of values.slice(1)) {
    let entry: CardLogs;
    try {
      entry = { lastCheckIn: JSON.parse(cellText(checkIn)) as CardLogs['lastCheckIn'], resourcesSent: JSON.parse(cellText(sent)) as CardLogs['resourcesSent'] };
    } catch {
      return null;
    }
    if (!isCardLogs(entry)) return null;
    logs.set(cellText(id), entry);
  }
  return logs;
}
