// The Sent log as read: which resources each student was sent, and when.
import type { IsoDate } from './vocabulary';
import { cellText, isBlankRow, type Cell } from './cells';
import { parseDateValue, type DateContext } from './dates';
import type { ColumnMap } from './headers';
import { SENT_STATUS } from './schema';
import { cellOf, FIRST_DATA_ROW } from './table';

export interface SentEntry {
  row: number;
  sentAt: IsoDate | null;
  cycle: string;
  studentId: string;
  resourceId: string;
  resourceTitle: string;
  url: string;
  reason: string;
  /** Lower-cased; `sent` means the student received it. */
  status: string;
}

/** Reads the Sent log; unreadable dates become null rather than dropping the record of a send. */
export function parseSentLog(rows: readonly (readonly Cell[])[], map: ColumnMap, dates: DateContext): SentEntry[] {
  const entries: SentEntry[] = [];
  const mapped = Object.values(map.index);
  rows.forEach((cells, i) => {
    if (isBlankRow(mapped.map((index) => cells[index]))) return;
    const text = (key: string) => cellText(cellOf(map, cells, key));
    const sentAt = parseDateValue(cellOf(map, cells, 'sentAt'), dates);
    entries.push({
      row: i + FIRST_DATA_ROW,
      sentAt: sentAt.ok ? sentAt.date : null,
      cycle: text('cycle'),
      studentId: text('studentId'),
      resourceId: text('resourceId'),
      resourceTitle: text('resourceTitle'),
      url: text('url'),
      reason: text('reason'),
      status: text('status').toLowerCase(),
    });
  });
  return entries;
}

/** What a student actually received, newest first. */
export function sentTo(entries: readonly SentEntry[], studentId: string): SentEntry[] {
  return entries
    .filter((e) => e.studentId === studentId && e.status === SENT_STATUS)
    .sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? ''));
}
