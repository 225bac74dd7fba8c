// What a cell holds after a value is written "as if typed" (USER_ENTERED): the one place these rules live.
import { appsScriptError, MESSAGES } from '../../runtime/errors';
import type { CellState } from '../../runtime/state';
import { instantOf } from '../../../core/time-zone';

/** Apps Script's cell limit (Google's Sheets limits page; APPS_SCRIPT_FACTS.md). */
const MAX_CELL_CHARACTERS = 50_000;

/** The number format that makes a cell plain text. */
export const PLAIN_TEXT_FORMAT = '@';

export interface TypingContext {
  /** The cell is formatted '@' (plain text). */
  plainText: boolean;
  /** The spreadsheet's time zone: typed dates mean midnight there. */
  timeZone: string;
  /** The spreadsheet's locale: decides whether '1/2/2027' is January or February. */
  locale: string;
}

/**
 * Throws Apps Script's message for a string over 50,000 characters [C]. When real Sheets
 * reports it (at the write or at the flush) is not known [U]: locally it is thrown by the write
 * call itself, so the script sees it where it made the mistake.
 */
export function assertCellLength(value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_CELL_CHARACTERS) throw appsScriptError(MESSAGES.cellTooLong);
}

/**
 * The cell a value becomes when written with setValue(s) or appendRow, or null for an empty cell.
 * Models Sheets' USER_ENTERED parsing (APPS_SCRIPT_FACTS.md, "Sheets values"):
 * - Dates, numbers and booleans are stored as they are [C]; null and undefined empty the cell.
 * - In a cell formatted '@' a string is kept exactly as written [P].
 * - A leading apostrophe keeps the rest as text; the apostrophe is not part of the value [P].
 * - '=...' is a formula [C]. Locally nothing is computed, so its value reads as ''.
 * - '+' or '-' followed by something that can start an expression ('+A1', '-SUM(B:B)') is a
 *   formula too, stored as '=+A1' / '=-SUM(B:B)' as Sheets does when such text is typed [P].
 *   A sign followed by a space or punctuation ('- milk') stays text: a choice [U].
 * - '@...' stays text: Sheets has no '@' formulas [U].
 * - Numerals become numbers ('00123' → 123, '1,234.5' → 1234.5, '25%' → 0.25) [U each].
 * - 'TRUE' / 'FALSE' in any case become booleans [U].
 * - '2027-01-02' (optionally with ' HH:mm[:ss]') and, in en_US, '1/2/2027' become Dates at
 *   that wall-clock time in the spreadsheet's time zone [U]; impossible dates stay text, and so
 *   does other date-like text ('12/31', 'Nov 30') that Sheets might read as a date [U].
 * Surrounding spaces are ignored when recognising numbers, booleans and dates [U].
 */
export function typedCell(input: unknown, context: TypingContext): CellState | null {
  if (input === null || input === undefined) return null;
  if (isDate(input)) return { v: new Date(input.getTime()) };
  if (typeof input === 'number' || typeof input === 'boolean') return { v: input };
  const text = String(input);
  assertCellLength(text);
  if (text === '') return null;
  if (context.plainText) return { v: text };
  if (text.startsWith("'")) return text.length > 1 ? { v: text.slice(1) } : null;
  if (text.startsWith('=') && text.length > 1) return { v: '', f: text };
  const trimmed = text.trim();
  // Most cells are words: only text starting with a digit, sign, point or t/f can be anything else.
  if (NUMERIC_START.test(trimmed)) {
    const number = parseNumeral(trimmed);
    if (number !== null) return { v: number };
    const date = parseDate(trimmed, context);
    if (date !== null) return { v: date };
    if (/^[+-][A-Za-z0-9_$("(.]/.test(text)) return { v: '', f: `=${text}` };
  } else if (/^(true|false)$/i.test(trimmed)) {
    return { v: trimmed.toLowerCase() === 'true' };
  }
  return { v: text };
}

const NUMERIC_START = /^[\d+\-.]/;

/** True for Dates from any realm (the bundle's sandbox has its own Date class). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A value as a write buffers it: a Date is copied, so later changes to the caller's object do not leak in. */
export function bufferedCopy(value: unknown): unknown {
  return isDate(value) ? new Date(value.getTime()) : value;
}

const PLAIN_NUMERAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMERAL = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

function parseNumeral(text: string): number | null {
  const percent = text.endsWith('%');
  const body = percent ? text.slice(0, -1) : text;
  if (!PLAIN_NUMERAL.test(body) && !GROUPED_NUMERAL.test(body)) return null;
  const value = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  return percent ? value / 100 : value;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseDate(text: string, context: TypingContext): Date | null {
  let year: number, month: number, day: number, time: (string | undefined)[];
  const iso = ISO_DATE.exec(text);
  const us = context.locale === 'en_US' ? US_DATE.exec(text) : null;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    time = iso.slice(4);
  } else if (us) {
    [month, day, year] = [Number(us[1]), Number(us[2]), Number(us[3])];
    time = us.slice(4);
  } else {
    return null;
  }
  const [hour, minute, second] = time.map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new Date(instantOf(context.timeZone, year, month, day, hour, minute, second));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
