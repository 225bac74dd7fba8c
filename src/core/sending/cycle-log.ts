// A cycle's rows in the Sent log (one per student and picked resource, keyed by cycle id + student): grouped, updated in memory, written back as one block.
import { cellText, isBlankRow, rewrittenCell, textCell, type Cell } from '../cells';
import type { ColumnMap } from '../headers';
import { cellOf, FIRST_DATA_ROW, rowFor, type TabValues } from '../table';
import { isSendStatus, nextStatus, studentStatus, zeroCounts, type SendCounts, type SendEvent, type SendStatus } from './statuses';

/** The Sent log as read this run; `rows` are changed in place and `touched` says which cells to write back. */
export interface SentLogModel {
  map: ColumnMap;
  rows: Cell[][];
  /** Cells changed since the last write: 0-based columns by index into `rows`. */
  touched: Map<number, Set<number>>;
}

/** One student's part of a cycle. */
export interface StudentSend {
  studentId: string;
  email: string;
  /** Indexes into the model's rows, in sheet order. */
  rows: number[];
  status: SendStatus;
}

/** A picked resource as the plan stored it (the teacher may have edited the reason or swapped the resource id). */
export interface PlannedPick {
  row: number;
  resourceId: string;
  title: string;
  url: string;
  reason: string;
  status: SendStatus;
}

/** What the planner decided for one student: picks with reasons, or a skip with its reason. */
export type PlanEntry =
  | { studentId: string; email: string; picks: { resourceId: string; title: string; url: string; reason: string }[] }
  | { studentId: string; email: string; skip: string };

export function sentLogModel(map: ColumnMap, values: TabValues): SentLogModel {
  return { map, rows: values.rows.map((row) => [...row]), touched: new Map() };
}

function text(model: SentLogModel, index: number, key: string): string {
  return cellText(cellOf(model.map, model.rows[index], key));
}

/** A row's status; anything that is not one of the five reads as unknown, so a damaged row is never resent silently. */
export function rowStatus(model: SentLogModel, index: number): SendStatus {
  const status = text(model, index, 'status').toLowerCase();
  return isSendStatus(status) ? status : 'unknown';
}

/** The cycle's students in sheet order, each with their rows and one status. */
export function cycleStudents(model: SentLogModel, cycleId: string): StudentSend[] {
  const byStudent = new Map<string, StudentSend>();
  model.rows.forEach((row, index) => {
    if (isBlankRow(row) || text(model, index, 'cycle') !== cycleId) return;
    const studentId = text(model, index, 'studentId');
    let send = byStudent.get(studentId);
    if (!send) {
      send = { studentId, email: text(model, index, 'studentEmail'), rows: [], status: 'planned' };
      byStudent.set(studentId, send);
    }
    send.rows.push(index);
  });
  for (const send of byStudent.values()) send.status = studentStatus(send.rows.map((index) => rowStatus(model, index)));
  return [...byStudent.values()];
}

export function countStudents(students: readonly StudentSend[]): SendCounts {
  const counts = zeroCounts();
  for (const send of students) counts[send.status] += 1;
  return counts;
}

export function picksOf(model: SentLogModel, send: StudentSend): PlannedPick[] {
  return send.rows.map((index) => ({
    row: index,
    resourceId: text(model, index, 'resourceId'),
    title: text(model, index, 'resourceTitle'),
    url: text(model, index, 'url'),
    reason: text(model, index, 'reason'),
    status: rowStatus(model, index),
  }));
}

/** Sets one of Rapport's cells of a row (nothing when the column is missing) and marks it for the next write. */
export function setCell(model: SentLogModel, index: number, key: string, value: Cell): void {
  const column = model.map.index[key];
  if (column === undefined) return;
  model.rows[index][column] = value;
  let columns = model.touched.get(index);
  if (!columns) model.touched.set(index, (columns = new Set()));
  columns.add(column);
}

/**
 * Applies an event to rows of one student, keeping the state machine: rows whose status does not
 * allow the event are left alone. `reason` replaces the Reason cell (why skipped or failed);
 * `at` stamps Sent at. Returns the student's new status.
 */
export function applyEvent(model: SentLogModel, send: StudentSend, event: SendEvent, options: { rows?: readonly number[]; reason?: string; at?: Date } = {}): SendStatus {
  for (const index of options.rows ?? send.rows) {
    const next = nextStatus(rowStatus(model, index), event);
    if (!next) continue;
    setCell(model, index, 'status', next);
    if (options.reason !== undefined) setCell(model, index, 'reason', textCell(options.reason));
    if (options.at) setCell(model, index, 'sentAt', options.at);
  }
  send.status = studentStatus(send.rows.map((index) => rowStatus(model, index)));
  return send.status;
}

/** Swaps one planned pick for another resource (before approval); the reason is the teacher's or the planner's. */
export function swapPick(model: SentLogModel, send: StudentSend, index: number, pick: { resourceId: string; title: string; url: string; reason: string }): boolean {
  if (!send.rows.includes(index) || rowStatus(model, index) !== 'planned') return false;
  const values = { resourceId: pick.resourceId, resourceTitle: pick.title, url: pick.url, reason: pick.reason };
  for (const [key, value] of Object.entries(values)) setCell(model, index, key, textCell(value));
  return true;
}

/** The next students to send to, in sheet order: planned and not already tried this run. */
export function nextBatch(students: readonly StudentSend[], limit: number, tried: ReadonlySet<string>): StudentSend[] {
  return students.filter((send) => send.status === 'planned' && !tried.has(send.studentId)).slice(0, limit);
}

export interface BlockWrite {
  firstRow: number;
  /** 0-based column. */
  firstColumn: number;
  values: Cell[][];
}

/** Sorted numbers grouped into runs of consecutive ones: [0, 7, 8] → [[0], [7, 8]]. */
function runsOf(numbers: Iterable<number>): number[][] {
  const runs: number[][] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.at(-1) === n - 1) last.push(n);
    else runs.push([n]);
  }
  return runs;
}

/**
 * The changed cells as few rectangles as the teacher's column order allows: one per run of
 * adjacent changed columns (Sent at, then Reason and Status, in set-up's order), from the first to
 * the last changed row. Nothing else is written, so a teacher's edit of any other cell during the
 * run (a title, a note in a column of their own) is kept. Rows in between that did not change (in a
 * batch, this cycle's rows of students sent or skipped before) get those cells back as the run
 * holds them (strings quoted again, so text stays text).
 */
export function touchedBlocks(model: SentLogModel): BlockWrite[] {
  if (model.touched.size === 0) return [];
  const indexes = [...model.touched.keys()].sort((a, b) => a - b);
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  return runsOf([...model.touched.values()].flatMap((columns) => [...columns])).map((columns) => ({
    firstRow: first + FIRST_DATA_ROW,
    firstColumn: columns[0],
    values: Array.from({ length: last - first + 1 }, (_, r) => columns.map((column) => rewrittenCell(model.rows[first + r]?.[column] ?? ''))),
  }));
}

/**
 * The Sent log rows for a new plan: one per pick, or one per skipped student carrying the reason.
 * Student and library text is stored as text, never a formula, and ids stay text in any row
 * ("00123" is not 123), so a cycle's rows keep matching their students and resources.
 */
export function planRows(map: ColumnMap, cycleId: string, entries: readonly PlanEntry[], at: Date): Cell[][] {
  const rows: Cell[][] = [];
  for (const entry of entries) {
    const base = { cycle: textCell(cycleId), studentId: textCell(entry.studentId), studentEmail: textCell(entry.email) };
    if ('skip' in entry) {
      rows.push(rowFor(map, { ...base, sentAt: at, resourceId: '', reason: textCell(entry.skip), status: 'skipped' }));
      continue;
    }
    for (const pick of entry.picks) {
      rows.push(
        rowFor(map, {
          ...base,
          sentAt: '',
          resourceId: textCell(pick.resourceId),
          resourceTitle: textCell(pick.title),
          url: textCell(pick.url),
          reason: textCell(pick.reason),
          status: 'planned',
        }),
      );
    }
  }
  return rows;
}

/** Appends new rows to the model (as the sheet will hold them once written after `lastRow`). */
export function appendToModel(model: SentLogModel, firstRow: number, rows: readonly Cell[][]): void {
  rows.forEach((row, i) => (model.rows[firstRow - FIRST_DATA_ROW + i] = [...row]));
  for (let i = 0; i < model.rows.length; i += 1) model.rows[i] ??= [];
}
