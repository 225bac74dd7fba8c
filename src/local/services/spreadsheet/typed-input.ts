// What a cell holds after a value is written "as if typed" (USER_ENTERED): the one place these rules live.
import { appsScriptError, MESSAGES } from '../../runtime/errors';
import type { CellState } from '../../runtime/state';
import { instantOf } from '../../../core/time-zone';
import { knownLocaleStyle } from './locale-style';

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
 * - In a cell formatted '@' a string is kept exactly as written, a leading apostrophe included
 *   [P: vlucas/sheetquery#20; see docs/LOCAL_RUNTIME.md].
 * - A leading apostrophe keeps the rest as text; the apostrophe is not part of the value [P].
 * - '=...' is a formula [C]. Locally nothing is computed, so its value reads as ''.
 * - '+' or '-' followed by something that can start an expression ('+A1', '-SUM(B:B)') is a
 *   formula too, stored as '=+A1' / '=-SUM(B:B)' as Sheets does when such text is typed [P].
 *   A sign followed by a space or punctuation ('- milk') stays text: a choice [U].
 * - '@...' stays text: Sheets has no '@' formulas [U].
 * - Numerals become numbers ('00123' → 123, '1,234.5' → 1234.5; '1.234,5' in de_DE, fr_FR and
 *   es_ES, whose decimal mark is a comma) [U each]. Percent and
 *   currency text become the number ('25%' → 0.25, '$1,234.50' → 1234.5), as a percent or
 *   currency cell reads [P], and the cell keeps the format Sheets gives such typed text
 *   ('0%', '"$"#,##0.00') for getDisplayValues [U which format].
 * - 'TRUE' / 'FALSE' in any case become booleans [U].
 * - '2027-01-02' (optionally with ' HH:mm[:ss]') and '1/2/2027' — 2 January in en_US, 1 February
 *   where the day comes first (en_GB, de_DE, ... in locale-style.ts), which also take their own
 *   separator ('01.02.2027' in de_DE) — become Dates at that
 *   wall-clock time in the spreadsheet's time zone [U]; in a locale the runtime does not know,
 *   slash dates stay text. Impossible dates stay text, and so does other date-like text
 *   ('12/31', 'Nov 30') that Sheets might read as a date [U].
 * - A time alone ('9:30', '21:30:15', '9:30 pm') becomes a Date on 1899-12-30, Sheets' day zero
 *   (serial-number epoch, Sheets API reference [C]), at that time in the spreadsheet's zone, as
 *   getValues reads time-only cells [P]; it shows as 'h:mm:ss am/pm' [U].
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
    const english = withEnglishMarks(trimmed, context.locale);
    const number = parseNumeral(english) ?? parseCurrency(english);
    if (number !== null) return number;
    const date = parseDate(trimmed, context) ?? parseTime(trimmed, context);
    if (date !== null) return date;
    if (/^[+-][A-Za-z0-9_$("(.]/.test(text)) return { v: '', f: `=${text}` };
  } else if (/^(true|false)$/i.test(trimmed)) {
    return { v: trimmed.toLowerCase() === 'true' };
  }
  return { v: text };
}

const NUMERIC_START = /^[\d+\-.$]/;

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

/**
 * The numeral with English marks, so one parser serves every locale: in de_DE '1.234,5' becomes
 * '1,234.5'. Text in en_US or an unknown locale is left as it is.
 */
function withEnglishMarks(text: string, locale: string): string {
  const style = knownLocaleStyle(locale);
  if (!style || style.decimal === '.') return text;
  return text.replace(/[.,\u202f]/g, (mark) => (mark === style.decimal ? '.' : mark === style.group ? ',' : mark));
}

/** A numeral, or a percentage stored as its fraction with a percent format ('12.5%' → 0.125, '0.0%'). */
function parseNumeral(text: string): CellState | null {
  const percent = text.endsWith('%');
  const body = percent ? text.slice(0, -1) : text;
  if (!PLAIN_NUMERAL.test(body) && !GROUPED_NUMERAL.test(body)) return null;
  const value = Number(body.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  if (!percent) return { v: value };
  const decimals = body.split('.')[1]?.length ?? 0;
  return { v: value / 100, n: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' };
}

/** CURRENCY_FORMAT is what Sheets' Format > Number > Currency shows for en_US [U]. */
export const CURRENCY_FORMAT = '"$"#,##0.00';
const CURRENCY = /^([+-]?)\$(\d+\.?\d*|\.\d+|\d{1,3}(?:,\d{3})+(?:\.\d*)?)$/;

/** '$12.50', '-$1,234' → the number, with the currency format. */
function parseCurrency(text: string): CellState | null {
  const match = CURRENCY.exec(text);
  if (!match) return null;
  const value = Number(match[2].replace(/,/g, ''));
  return { v: match[1] === '-' ? -value : value, n: CURRENCY_FORMAT };
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** d/m/yyyy or m/d/yyyy, with '/' or the locale's own separator ('02.01.2027' in de_DE). */
const SLASH_DATE = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseDate(text: string, context: TypingContext): CellState | null {
  let year: number, month: number, day: number, time: (string | undefined)[];
  const iso = ISO_DATE.exec(text);
  const style = knownLocaleStyle(context.locale);
  const slashed = style ? SLASH_DATE.exec(text) : null;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    time = iso.slice(4);
  } else if (slashed && style && (slashed[2] === '/' || slashed[2] === style.dateSeparator)) {
    [month, day, year] = [Number(slashed[1]), Number(slashed[3]), Number(slashed[4])];
    if (style.dayFirst) [month, day] = [day, month];
    time = slashed.slice(5);
  } else {
    return null;
  }
  const [hour, minute, second] = time.map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { v: new Date(instantOf(context.timeZone, year, month, day, hour, minute, second)) };
}

/** The format Sheets shows a typed time in (en_US) [U]. */
export const TIME_FORMAT = 'h:mm:ss am/pm';
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])m)?$/i;

/** '9:30', '21:30:15', '9:30 PM' → that time on 1899-12-30 in the spreadsheet's zone. */
function parseTime(text: string, context: TypingContext): CellState | null {
  const match = TIME_OF_DAY.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const [minute, second] = [Number(match[2]), Number(match[3] ?? 0)];
  const meridiem = match[4]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem) hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { v: new Date(instantOf(context.timeZone, 1899, 12, 30, hour, minute, second)), n: TIME_FORMAT };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
