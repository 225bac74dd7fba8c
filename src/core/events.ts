// A student's important events ("Regional final 2026-12-05; Birthday Mar 14"): parsing and what comes up next.
import type { IsoDate } from './vocabulary';
import { addDays, daysBetween, parseDateText, type DateContext } from './dates';

export interface StudentEvent {
  label: string;
  date: IsoDate;
  /** Birthdays come round every year; other events happen once. */
  yearly: boolean;
}

export interface ParsedEvents {
  events: StudentEvent[];
  /** Entries in which no date could be read, as typed. */
  unreadable: string[];
}

const MAX_DATE_WORDS = 4;
const YEARLY = /birthday|b-?day/i;

/** Splits an entry into label and date, the date at its end ("Concert Dec 5") or its start ("12/05 concert"). */
function parseEntry(entry: string, context: DateContext): StudentEvent | null {
  const words = entry.split(/\s+/);
  for (let k = Math.min(MAX_DATE_WORDS, words.length); k >= 1; k -= 1) {
    const candidates = [
      { date: words.slice(-k).join(' '), label: words.slice(0, -k).join(' ') },
      { date: words.slice(0, k).join(' '), label: words.slice(k).join(' ') },
    ];
    for (const candidate of candidates) {
      const date = parseDateText(candidate.date, context);
      if (!date) continue;
      const label = candidate.label.replace(/^[\s:,–—-]+|[\s:,–—-]+$/g, '').replace(/\s+on$/i, '') || 'Event';
      return { label, date, yearly: YEARLY.test(label) };
    }
  }
  return null;
}

/**
 * Reads the Important events cell: entries separated by `;` or new lines, each a label and a date
 * in any form `parseDateText` accepts. Entries without a readable date are returned, not dropped silently.
 */
export function parseEvents(text: string, context: DateContext): ParsedEvents {
  const events: StudentEvent[] = [];
  const unreadable: string[] = [];
  for (const raw of text.split(/[;\n]/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const event = parseEntry(entry, context);
    if (event) events.push(event);
    else unreadable.push(entry);
  }
  return { events, unreadable };
}

/** The event's next date on or after today: the anniversary for a yearly one (Feb 29 falls on Feb 28), else its date. */
export function nextOccurrence(event: StudentEvent, today: IsoDate): IsoDate {
  if (!event.yearly) return event.date;
  const monthDay = event.date.slice(5);
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const candidate = anniversary(y, monthDay);
    if (daysBetween(today, candidate) >= 0) return candidate;
  }
  return anniversary(year + 1, monthDay);
}

function anniversary(year: number, monthDay: string): IsoDate {
  if (monthDay === '02-29' && !isLeapYear(year)) return `${year}-02-28`;
  return `${year}-${monthDay}`;
}

function isLeapYear(year: number): boolean {
  return addDays(`${year}-02-28`, 1).endsWith('02-29');
}
