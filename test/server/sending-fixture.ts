// Test helper for the send engine through the bundle: a class with a library that matches everyone, the outbox by student, the cycle's rows.
import { normalizeHeader } from '../../src/core/headers';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { CellValue } from '../../src/local/runtime/state';
import type { Result, SendingState } from '../../src/shared/rpc';
import { runOk } from '../helpers/runtime';
import { addRows, addStudents, recordsOf, setUpClass, tab } from './class-fixture';

export const HOUR = 3_600_000;
export const CO_TEACHER = 'co-teacher@example.edu';

/** Four resources on the fixture students' interests (robotics, music): every student gets picks for a cycle or two. */
export function addLibrary(runtime: LocalRuntime): void {
  addRows(runtime, 'Resources', [
    { ID: 'res-1', Title: 'Build a line-following robot', URL: 'https://example.org/robot', Type: 'article', Tags: 'robotics', Active: true },
    { ID: 'res-2', Title: 'Music theory in ten minutes', URL: 'https://example.org/music', Type: 'video', Tags: 'music', Active: true },
    { ID: 'res-3', Title: 'Robotics club finals', URL: 'https://example.org/finals', Type: 'event', Tags: 'robotics', Active: true },
    { ID: 'res-4', Title: 'Writing workshop', URL: 'https://example.org/writing', Type: 'event', Tags: 'writing', Active: true },
  ]);
}

export function sendingClass(size: number): LocalRuntime {
  const runtime = setUpClass();
  addStudents(runtime, size);
  addLibrary(runtime);
  return runtime;
}

/** How many emails each address received (the teacher's summaries included). */
export function mailsByAddress(runtime: LocalRuntime): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of runtime.state.mail.outbox) for (const to of mail.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

export function studentMails(runtime: LocalRuntime): number {
  return runtime.state.mail.outbox.filter((mail) => mail.to.some((to) => to.startsWith('student'))).length;
}

export function state(runtime: LocalRuntime): SendingState {
  return runOk<SendingState>(runtime, 'getSendingState');
}

export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

export function sendNow(runtime: LocalRuntime, options?: { again?: boolean }): Result<SendingState> {
  return runOk<Result<SendingState>>(runtime, 'sendNow', ...(options ? [options] : []));
}

/** The Sent log's rows of one cycle, as records by header. */
export function cycleRows(runtime: LocalRuntime, cycleId: string) {
  return recordsOf(runtime, 'Sent log').filter((row) => row.Cycle === cycleId);
}

/** Sets `header` to `value` on every row of a tab whose record matches, as the teacher typing in the sheet would. */
export function editRows(runtime: LocalRuntime, tabName: string, matches: (record: Record<string, CellValue>) => boolean, header: string, value: CellValue): number {
  const sheet = tab(runtime, tabName);
  const headers = sheet.cells[0].map((cell) => normalizeHeader(cell?.v ?? ''));
  const column = headers.indexOf(normalizeHeader(header));
  if (column < 0) throw new Error(`${tabName} has no column ${header}`);
  let edited = 0;
  recordsOf(runtime, tabName).forEach((record, i) => {
    if (!matches(record)) return;
    const row = (sheet.cells[i + 1] ??= []);
    row[column] = { v: value };
    edited += 1;
  });
  return edited;
}

/** Emails received by one student address. */
export function mailsTo(runtime: LocalRuntime, address: string) {
  return runtime.state.mail.outbox.filter((mail) => mail.to.includes(address));
}
