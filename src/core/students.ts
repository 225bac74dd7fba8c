// The roster: Students rows parsed and validated, every fault a Problem with its sheet row, never a throw.
import { cutText } from './text-cut';
import type { StudentProfile } from './contract-types';
import type { Problem } from './vocabulary';
import { cellBoolean, cellText, splitList, type Cell } from './cells';
import type { DateContext } from './dates';
import { parseEvents, type StudentEvent } from './events';
import type { ColumnMap } from './headers';
import { clearDuplicateIds } from './ids';
import { STUDENTS, columnSpec } from './schema';
import { cellOf, forEachFilledRow } from './table';

/** A roster row: the public profile (its id '' until Rapport assigns one, src/server/row-ids.ts) and the private fields. */
export interface Student extends StudentProfile {
  firstName: string;
  lastName: string;
  /** False when the email is blank, malformed or a duplicate: such a student gets no email. */
  emailUsable: boolean;
  /** The survey's "What brought you to this class?" and "Why does this subject interest you?": matching reads them. */
  whyThisClass?: string;
  whyThisSubject?: string;
  events: StudentEvent[];
  optOut: boolean;
  privateNotes: string;
}

export interface Roster {
  students: Student[];
  problems: Problem[];
}

/** Deliberately plain: something@domain.tld with no spaces; the mail service has the final word. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

/**
 * Characters that do not show (zero-width space, joiners, byte-order mark, soft hyphen), which a
 * pasted address often carries: left in, they hide a duplicate and break the address.
 */
const INVISIBLE = /\p{Cf}/gu;

/** A dot may not start or end the part before @, nor come twice in a row anywhere (RFC 5321's dot-string). */
const BAD_DOTS = /^\.|\.@|@\.|\.\./;

export function isValidEmail(email: string): boolean {
  return EMAIL.test(email) && !BAD_DOTS.test(email);
}

/** Columns where an invisible character (pasted from a web page or chat) hides a duplicate or breaks matching. */
const VISIBLE_ONLY = ['firstName', 'lastName', 'interests'] as const;

/** One problem per such column holding a zero-width space, joiner, soft hyphen or byte-order mark. */
function invisibleProblems(texts: Record<(typeof VISIBLE_ONLY)[number], string>, row: number): Problem[] {
  return VISIBLE_ONLY.filter((key) => /\p{Cf}/u.test(texts[key])).map((key) => {
    const header = columnSpec(STUDENTS, key).header;
    return problem(row, header, `${header} holds an invisible character (zero-width space, joiner or similar), often pasted with the text. Retype it.`);
  });
}

function problem(row: number, column: string, message: string): Problem {
  return { tab: STUDENTS.name, row, column, message };
}

/** Reads one text column, reporting (and shortening, in memory only) a value over its length limit. */
function textOf(map: ColumnMap, cells: readonly Cell[], key: string, row: number, problems: Problem[]): string {
  const spec = columnSpec(STUDENTS, key);
  const text = cellText(cellOf(map, cells, key));
  if (text.length <= spec.maxLength) return text;
  problems.push(problem(row, spec.header, `${spec.header} is ${text.length.toLocaleString('en-US')} characters; Rapport reads at most ${spec.maxLength.toLocaleString('en-US')}.`));
  return cutText(text, spec.maxLength);
}

/**
 * Blank or unticked is not opted out. Anything typed that is not a plain yes or no ("stop",
 * "unsubscribed") is read as opted out, the safe side for consent.
 */
export function optedOut(cell: Cell): boolean {
  return cell !== false && cellText(cell) !== '' && cellBoolean(cell, true);
}

/** The Email cell as an address: trimmed, without the invisible characters a paste carries. */
export function readEmail(cell: Cell): string {
  return cellText(cell).replace(INVISIBLE, '');
}

/** optedOut, and the teacher is told when a typed word was taken for an opt-out. */
function readOptOut(cell: Cell, row: number, problems: Problem[]): boolean {
  const optOut = optedOut(cell);
  if (optOut && optOut !== cellBoolean(cell, false)) {
    problems.push(problem(row, 'Opt out', `Rapport reads "${cutText(cellText(cell), 40)}" as opted out, so this student gets no email. Tick the box to confirm, or clear it.`));
  }
  return optOut;
}

/**
 * Parses the data rows of the Students tab. Blank rows are skipped; a row with neither name nor
 * email is skipped with a Problem; malformed or duplicate emails, duplicate ids, over-long values and
 * unreadable event dates are Problems on a student who is still on the roster. A duplicated id
 * (a copied row) is cleared on the later row so that it gets an id of its own.
 */
export function parseRoster(rows: readonly (readonly Cell[])[], map: ColumnMap, dates: DateContext): Roster {
  const students: Student[] = [];
  const problems: Problem[] = [];
  const rowOfEmail = new Map<string, number>();
  forEachFilledRow(rows, map, (cells, row) => {
    const text = (key: string) => textOf(map, cells, key, row, problems);
    const firstName = text('firstName');
    const lastName = text('lastName');
    const interests = text('interests');
    problems.push(...invisibleProblems({ firstName, lastName, interests }, row));
    const email = text('email').replace(INVISIBLE, '');
    if (!firstName && !lastName && !email) {
      problems.push(problem(row, 'First name', 'This row has no name or email, so Rapport skips it.'));
      return;
    }
    let emailUsable = false;
    const emailKey = email.toLowerCase();
    if (!email) problems.push(problem(row, 'Email', 'No email address.'));
    else if (!isValidEmail(email)) problems.push(problem(row, 'Email', `"${email}" is not a valid email address.`));
    else if (rowOfEmail.has(emailKey)) problems.push(problem(row, 'Email', `Same email as row ${rowOfEmail.get(emailKey)}.`));
    else {
      rowOfEmail.set(emailKey, row);
      emailUsable = true;
    }
    const parsedEvents = parseEvents(text('events'), dates);
    for (const entry of parsedEvents.unreadable) {
      problems.push(problem(row, 'Important events', `No date could be read in "${cutText(entry, 60)}"; write it like "Concert 2026-12-05".`));
    }
    students.push({
      row,
      id: text('id'),
      firstName,
      lastName,
      name: [firstName, lastName].filter(Boolean).join(' ') || email,
      email,
      emailUsable,
      section: text('section'),
      gradeOrMajor: text('gradeOrMajor'),
      interests: splitList(interests),
      careerPath: text('careerPath'),
      preferredTypes: splitList(text('preferredTypes')).map((t) => t.toLowerCase()),
      goals: text('goals'),
      howWeCanHelp: text('howWeCanHelp'),
      whyThisClass: text('whyThisClass'),
      whyThisSubject: text('whyThisSubject'),
      events: parsedEvents.events,
      optOut: readOptOut(cellOf(map, cells, 'optOut'), row, problems),
      privateNotes: text('privateNotes'),
    });
  });
  problems.push(...clearDuplicateIds(students, STUDENTS.name));
  return { students, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}
