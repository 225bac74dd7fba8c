// Check-ins: validating one the teacher logs, reading the Check-ins tab, and each student's latest.
import { cutText } from './text-cut';
import type { CheckInInput } from './contract-types';
import { CHECK_IN_KINDS, type CheckInKind, type IsoDate, type Problem, type Result } from './vocabulary';
import { cellText, isDate, safeCellText, textCell, type Cell } from './cells';
import { daysBetween, parseDateValue, startOfDayInZone, type DateContext } from './dates';
import { normalizeHeader, type ColumnMap } from './headers';
import { requestIdOf } from './request-ids';
import { CELL_MAX_CHARS, CHECK_INS } from './schema';
import { cellOf, forEachFilledRow } from './table';

export interface CheckIn {
  row: number;
  date: IsoDate;
  /** The instant the row records: its Date cell, or the start of a typed day in the spreadsheet's zone. */
  at: Date;
  studentId: string;
  studentName: string;
  kind: CheckInKind;
  note: string;
  followUp: IsoDate | null;
  /** The sidebar request that wrote the row; '' (or absent) for rows typed in the tab. */
  requestId?: string;
}

export interface CheckInDraft {
  studentId: string;
  kind: CheckInKind;
  note: string;
  followUp: IsoDate | null;
  /** '' when the caller sent none. */
  requestId: string;
}

/** A kind as typed ("One on one", "FAMILY CONTACT") or null when it is not one of the list. */
export function checkInKind(value: unknown): CheckInKind | null {
  const wanted = normalizeHeader(value);
  return CHECK_IN_KINDS.find((kind) => normalizeHeader(kind) === wanted) ?? null;
}

function formProblem(column: string, message: string): Problem {
  return { tab: CHECK_INS.name, column, message };
}

/**
 * Checks a check-in before anything is written: a kind from the list, a note that fits in one cell
 * (50,000 characters, counted as it will be stored), and a follow-up date, if any, from today on.
 */
export function validateCheckIn(input: CheckInInput, dates: DateContext): Result<CheckInDraft> {
  const problems: Problem[] = [];
  const studentId = String(input.studentId ?? '').trim();
  if (!studentId) problems.push(formProblem('Student ID', 'Choose a student first.'));
  const kind = checkInKind(input.kind);
  if (!kind) problems.push(formProblem('Kind', `Choose a kind: ${CHECK_IN_KINDS.join(', ')}.`));
  const note = String(input.note ?? '').trim();
  // A note starting with = + - @ ' is stored with a quoting apostrophe, which takes one of the cell's characters.
  const fits = CELL_MAX_CHARS - (safeCellText(note).length - note.length);
  if (note.length > fits) {
    problems.push(
      formProblem('Note', `The note is ${note.length.toLocaleString('en-US')} characters, but a cell holds at most ${fits.toLocaleString('en-US')}. Shorten it and save again; nothing was saved.`),
    );
  }
  let followUp: IsoDate | null = null;
  const parsed = parseDateValue(input.followUp ?? '', dates);
  if (!parsed.ok) problems.push(formProblem('Follow-up date', `The follow-up date ${parsed.message}.`));
  else if (parsed.date && daysBetween(dates.today, parsed.date) < 0) problems.push(formProblem('Follow-up date', 'The follow-up date is in the past.'));
  else followUp = parsed.date;
  const requestId = requestIdOf(input.requestId, CHECK_INS.name);
  if (!requestId.ok) problems.push(...requestId.problems);
  if (problems.length > 0 || !kind || !requestId.ok) return { ok: false, problems };
  return { ok: true, value: { studentId, kind, note, followUp, requestId: requestId.value } };
}

/** The new Check-ins row by column key; the id, name and note stay text even if they look like formulas. */
export function checkInRowValues(draft: CheckInDraft, studentName: string, at: Date, followUpCell: Date | ''): Record<string, Cell> {
  return {
    date: at,
    studentId: textCell(draft.studentId),
    studentName: safeCellText(studentName),
    kind: draft.kind,
    note: safeCellText(draft.note),
    followUp: followUpCell,
    requestId: draft.requestId,
  };
}

/**
 * Reads the Check-ins tab; a row with an unreadable date, or with neither student ID nor name, is
 * reported and left out. A date after today is reported (often day and month read the other way
 * round) but kept: until fixed it counts as today. A row a teacher typed with only the student's name keeps an empty
 * `studentId` here: `attachToStudents` finds the student.
 */
export function parseCheckIns(rows: readonly (readonly Cell[])[], map: ColumnMap, dates: DateContext): { checkIns: CheckIn[]; problems: Problem[] } {
  const checkIns: CheckIn[] = [];
  const problems: Problem[] = [];
  forEachFilledRow(rows, map, (cells, row) => {
    const at = (column: string, message: string) => problems.push({ tab: CHECK_INS.name, row, column, message });
    const dateCell = cellOf(map, cells, 'date');
    const date = parseDateValue(dateCell, dates);
    const studentId = cellText(cellOf(map, cells, 'studentId'));
    const studentName = cellText(cellOf(map, cells, 'studentName'));
    if (!date.ok || !date.date) return void at('Date', date.ok ? 'No date.' : `The date ${date.message}.`);
    if (!studentId && !studentName) return void at('Student ID', 'No student ID or name: Rapport cannot tell whose check-in this is.');
    if (daysBetween(dates.today, date.date) > 0) {
      at('Date', `The date ${date.date} is after today, so this counts as a check-in today. If it is a typo (day and month swapped?), fix it.`);
    }
    const followUp = parseDateValue(cellOf(map, cells, 'followUp'), dates);
    if (!followUp.ok) at('Follow-up date', `The follow-up date ${followUp.message}.`);
    const typedKind = cellText(cellOf(map, cells, 'kind'));
    const kind = checkInKind(typedKind);
    if (typedKind && !kind) at('Kind', `"${cutText(typedKind, 40)}" is not one of ${CHECK_IN_KINDS.join(', ')}; Rapport counts it as other.`);
    checkIns.push({
      row,
      date: date.date,
      at: isDate(dateCell) ? dateCell : startOfDayInZone(date.date, dates.timeZone),
      studentId,
      studentName,
      kind: kind ?? 'other',
      note: cellText(cellOf(map, cells, 'note')),
      followUp: followUp.ok ? followUp.date : null,
      requestId: cellText(cellOf(map, cells, 'requestId')),
    });
  });
  return { checkIns, problems };
}

/** Each student's most recent check-in (the later row wins a tie on date). */
export function latestCheckIns(checkIns: readonly CheckIn[]): Map<string, CheckIn> {
  const latest = new Map<string, CheckIn>();
  for (const checkIn of checkIns) {
    const current = latest.get(checkIn.studentId);
    if (!current || daysBetween(current.date, checkIn.date) >= 0) latest.set(checkIn.studentId, checkIn);
  }
  return latest;
}

/** A name as people type it: case and spacing ignored. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Finds the student of each check-in, for rows a teacher typed straight into the tab: an id typed
 * in another case is the student's id; a row with only a name, or an id matching no student but
 * a name, belongs to the one student of that name (case and spacing ignored). A row with no id
 * whose name matches no student or several is reported and left out; one whose id matches no
 * student and whose name does not help is kept as it is (a student who has left the class).
 */
export function attachToStudents(checkIns: readonly CheckIn[], students: readonly { id: string; name: string }[]): { checkIns: CheckIn[]; problems: Problem[] } {
  const idsByName = new Map<string, string[]>();
  const idByKey = new Map<string, string>();
  for (const student of students) {
    const key = nameKey(student.name);
    idsByName.set(key, [...(idsByName.get(key) ?? []), student.id]);
    if (student.id) idByKey.set(student.id.toLowerCase(), student.id);
  }
  const attached: CheckIn[] = [];
  const problems: Problem[] = [];
  for (const checkIn of checkIns) {
    const byId = idByKey.get(checkIn.studentId.toLowerCase());
    const byName = idsByName.get(nameKey(checkIn.studentName)) ?? [];
    if (byId) attached.push({ ...checkIn, studentId: byId });
    else if (byName.length === 1 && byName[0]) attached.push({ ...checkIn, studentId: byName[0] });
    else if (checkIn.studentId) attached.push(checkIn);
    else if (byName.length !== 1) {
      const name = cutText(checkIn.studentName, 60);
      const message = byName.length === 0 ? `No student named "${name}" is on the Students tab. Fix the name or add their Student ID.` : `${byName.length} students are named "${name}". Add the Student ID of the one you met.`;
      problems.push({ tab: CHECK_INS.name, row: checkIn.row, column: 'Student name', message });
    }
  }
  return { checkIns: attached, problems };
}
