// The student card's summary of the Sent log: each student's newest sent resources, in a tab Rapport rebuilds, so the card's cost does not grow with the log.
import { resourcesSentTo } from './card';
import { cellText, type Cell } from './cells';
import type { SentResourceSummary } from './contract-types';
import { CELL_MAX_CHARS } from './schema';
import type { SentEntry } from './sent-log';

export const SENT_SUMMARY_TAB = 'Rapport sent summary';
export const SENT_SUMMARY_HEADER = ['Student ID', 'Resources sent, newest first (Rapport rebuilds this tab from the Sent log)'];

/**
 * How long a summary is trusted without a full read of the Sent log. Rapport's own writes to the
 * log forget it at once and a row added or deleted shows in the log's last row; this bounds how
 * long a teacher's edit inside a row (a status, a title) can go unseen by the card.
 */
export const SENT_SUMMARY_MAX_AGE_MS = 10 * 60 * 1000;

/** What the summary was built from, kept in a document property beside it. */
export interface SentSummaryStamp {
  sheetId: number;
  /** The Sent log's last row when it was read. */
  sentLogRows: number;
  builtAt: number;
  /** Of the summary's cells, so an edit of the summary tab itself is seen. */
  digest: string;
}

/**
 * The summary tab's rows: the header, then one row per student who received anything, by student
 * id. Null when a student's list would not fit in a cell (twenty very long links): the card then
 * keeps reading the Sent log rather than show a shortened list.
 */
export function sentSummaryRows(sent: readonly SentEntry[]): string[][] | null {
  const ids = [...new Set(sent.map((entry) => entry.studentId).filter((id) => id !== ''))].sort();
  const rows = ids.flatMap((id) => {
    const list = resourcesSentTo(sent, id);
    return list.length === 0 ? [] : [[id, JSON.stringify(list)]];
  });
  return rows.some(([, json]) => json.length > CELL_MAX_CHARS) ? null : [SENT_SUMMARY_HEADER, ...rows];
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

export function parseStamp(text: string | null): SentSummaryStamp | null {
  if (!text) return null;
  try {
    const stamp = JSON.parse(text) as Partial<SentSummaryStamp>;
    const numbers = [stamp.sheetId, stamp.sentLogRows, stamp.builtAt].every((n) => typeof n === 'number');
    return numbers && typeof stamp.digest === 'string' ? (stamp as SentSummaryStamp) : null;
  } catch {
    return null;
  }
}

/** Whether a stamp still describes the Sent log: same last row, young enough. */
export function stampIsCurrent(stamp: SentSummaryStamp, sentLogRows: number, now: number): boolean {
  return stamp.sentLogRows === sentLogRows && now >= stamp.builtAt && now - stamp.builtAt < SENT_SUMMARY_MAX_AGE_MS;
}

function isSentList(value: unknown): value is SentResourceSummary[] {
  return Array.isArray(value) && value.every((item: Partial<SentResourceSummary> | null) => !!item && typeof item.title === 'string' && typeof item.url === 'string' && typeof item.sentOn === 'string');
}

/**
 * Each student's sent list from the summary tab as read; null when the cells are not the ones the
 * stamp describes (edited, half written, damaged), so the caller reads the Sent log instead.
 */
export function summaryLookup(values: readonly (readonly Cell[])[], stamp: SentSummaryStamp): Map<string, SentResourceSummary[]> | null {
  if (digestOf(values) !== stamp.digest || cellText(values[0]?.[0]) !== SENT_SUMMARY_HEADER[0]) return null;
  const lists = new Map<string, SentResourceSummary[]>();
  for (const [id, json] of values.slice(1)) {
    let list: unknown;
    try {
      list = JSON.parse(cellText(json));
    } catch {
      return null;
    }
    if (!isSentList(list)) return null;
    lists.set(cellText(id), list);
  }
  return lists;
}
