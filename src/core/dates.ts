// Calendar dates ('YYYY-MM-DD') in the spreadsheet's time zone: from Date cells, ISO strings, or what a teacher typed.
import { instantOf, wallClockAt } from './time-zone';
import type { IsoDate } from './vocabulary';
import { isDate, type Cell } from './cells';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a calendar date; calendar arithmetic never touches time zones. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && isValidDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The calendar date an instant falls on in a time zone. Sheets returns a date-only cell as
 * midnight in the spreadsheet's zone (APPS_SCRIPT_FACTS.md), so this is the zone to pass.
 */
export function calendarDateInZone(instant: Date, timeZone: string): IsoDate {
  const w = wallClockAt(instant.getTime(), timeZone);
  return iso(w.year, w.month, w.day);
}

/** Midnight of a calendar date in a time zone, as the instant Sheets stores for a date-only cell. */
export function startOfDayInZone(date: IsoDate, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(instantOf(timeZone, year, month, day));
}

export interface DateContext {
  timeZone: string;
  /** Today in the spreadsheet's zone: the reference for dates typed without a year. */
  today: IsoDate;
  /** How to read 11/12/2026: month first (en_US) or day first (most other locales). */
  order?: 'MDY' | 'DMY';
}

export type DateParse = { ok: true; date: IsoDate | null } | { ok: false; message: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1-12 for a month name or an abbreviation of at least three letters ("Nov", "Sept."), else 0. */
function monthNumber(name: string): number {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return 0;
  return MONTHS.findIndex((month) => month.startsWith(word)) + 1;
}

function fullYear(text: string | undefined): number | null {
  if (text === undefined) return null;
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** A date typed without a year is the occurrence nearest today (ties go forward). */
function nearestYear(month: number, day: number, today: IsoDate): IsoDate | null {
  const thisYear = Number(today.slice(0, 4));
  let best: IsoDate | null = null;
  for (const year of [thisYear, thisYear + 1, thisYear - 1]) {
    if (!isValidDay(year, month, day)) continue;
    const candidate = iso(year, month, day);
    if (best === null || Math.abs(daysBetween(today, candidate)) < Math.abs(daysBetween(today, best))) best = candidate;
  }
  return best;
}

function fromParts(year: number | null, month: number, day: number, today: IsoDate): IsoDate | null {
  if (year === null) return nearestYear(month, day, today);
  return isValidDay(year, month, day) ? iso(year, month, day) : null;
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC_YMD = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?$/;
const MONTH_DAY = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/i;
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?(?:\s+(\d{4}))?$/i;

/** Reads a date the way a teacher might type it; null when it is not a date. */
export function parseDateText(input: string, context: DateContext): IsoDate | null {
  const text = input.trim().replace(/\s+/g, ' ');
  const instant = ISO_INSTANT.exec(text);
  if (instant) {
    if (!instant[2]) return isIsoDate(instant[1]) ? instant[1] : null;
    const parsed = new Date(text.replace(' ', 'T'));
    return Number.isNaN(parsed.getTime()) ? null : calendarDateInZone(parsed, context.timeZone);
  }
  let match = NUMERIC_YMD.exec(text);
  if (match) return fromParts(Number(match[1]), Number(match[2]), Number(match[3]), context.today);
  match = NUMERIC.exec(text);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [month, day] = context.order === 'DMY' ? [second, first] : [first, second];
    return fromParts(fullYear(match[3]), month, day, context.today);
  }
  match = MONTH_DAY.exec(text);
  if (match && monthNumber(match[1])) return fromParts(fullYear(match[3]), monthNumber(match[1]), Number(match[2]), context.today);
  match = DAY_MONTH.exec(text);
  if (match && monthNumber(match[2])) return fromParts(fullYear(match[3]), monthNumber(match[2]), Number(match[1]), context.today);
  return null;
}

/** A cell holding only a time ("3:15 pm") reads as that time on Sheets' day zero (APPS_SCRIPT_FACTS.md, "Sheets values"). */
const SHEETS_DAY_ZERO = '1899-12-30';

/**
 * Any date cell as a calendar date: a Date (in the spreadsheet's zone), an ISO string, or text a
 * teacher typed ("11/30/2026", "Nov 30"). Blank is `date: null`; anything else is a message, never a throw.
 */
export function parseDateValue(value: Cell | null | undefined, context: DateContext): DateParse {
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return { ok: false, message: 'is not a valid date' };
    const date = calendarDateInZone(value, context.timeZone);
    if (date === SHEETS_DAY_ZERO) return { ok: false, message: 'holds a time but no day; type the day too (e.g. 2026-11-30)' };
    return { ok: true, date };
  }
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (text === '') return { ok: true, date: null };
  const date = parseDateText(text, context);
  if (date) return { ok: true, date };
  return { ok: false, message: `"${text.slice(0, 40)}" is not a date Rapport can read (try 2026-11-30 or Nov 30)` };
}
