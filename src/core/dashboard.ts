// Connection statistics: per-section share connected lately, who has waited longest, what is due this week.
import type { Dashboard, SectionShare, StudentRef } from './contract-types';
import type { IsoDate, Result } from './vocabulary';
import { latestCheckIns, type CheckIn } from './check-ins';
import { daysBetween } from './dates';
import { nextOccurrence } from './events';
import type { Student } from './students';

export const DEFAULT_WINDOW_DAYS = 14;
export const MAX_WINDOW_DAYS = 366;
/** How many students the "longest without a connection" list shows. */
export const LONGEST_WITHOUT_LIMIT = 10;
/** "This week": today and the 7 days after it. */
export const DUE_HORIZON_DAYS = 7;
export const NO_SECTION = 'No section';

/**
 * The teacher's N: a whole number of days from 1 to 366 (a leap year), typed as a number or as
 * digits. The sidebar checks the box with this before asking the server, which checks it again.
 */
export function checkWindowDays(value: unknown): Result<number> {
  const days = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_WINDOW_DAYS) return { ok: true, value: days };
  return { ok: false, problems: [{ column: 'Check-in window', message: `The check-in window is a whole number of days from 1 to ${MAX_WINDOW_DAYS}.` }] };
}

export function studentRef(student: Student): StudentRef {
  return { id: student.id, name: student.name, section: student.section || NO_SECTION, row: student.row };
}

/** Days since a student's latest check-in (0 for one dated in the future), or null if never. */
export function daysSinceLatest(latest: CheckIn | undefined, today: IsoDate): number | null {
  return latest ? Math.max(0, daysBetween(latest.date, today)) : null;
}

function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * Connected "in the last N days" means a check-in dated today or up to N-1 days before: N
 * calendar days counting today. A follow-up is due until the student has a later check-in: one
 * whose date has passed stays on the list, marked overdue, rather than silently dropping off.
 */
export function connectionDashboard(students: readonly Student[], checkIns: readonly CheckIn[], today: IsoDate, windowDays: number): Dashboard {
  const latest = latestCheckIns(checkIns);
  const since = new Map(students.map((s) => [s, daysSinceLatest(latest.get(s.id), today)]));
  const bySection = new Map<string, SectionShare>();
  for (const student of students) {
    const section = student.section || NO_SECTION;
    const share = bySection.get(section) ?? { section, students: 0, connected: 0, share: 0 };
    const days = since.get(student) ?? null;
    share.students += 1;
    if (days !== null && days < windowDays) share.connected += 1;
    bySection.set(section, share);
  }
  const sections = [...bySection.values()]
    .map((s) => ({ ...s, share: s.students === 0 ? 0 : s.connected / s.students }))
    .sort((a, b) => compareNames(a.section, b.section));
  const longestWithout = [...students]
    .sort((a, b) => {
      const [da, db] = [since.get(a) ?? null, since.get(b) ?? null];
      if (da !== db) return da === null ? -1 : db === null ? 1 : db - da;
      return compareNames(a.name, b.name);
    })
    .slice(0, LONGEST_WITHOUT_LIMIT)
    .map((s) => ({ ...studentRef(s), daysSince: since.get(s) ?? null }));
  return { windowDays, asOf: today, sections, longestWithout, dueThisWeek: dueThisWeek(students, checkIns, latest, today) };
}

function isThisWeek(date: IsoDate, today: IsoDate): boolean {
  const days = daysBetween(today, date);
  return days >= 0 && days <= DUE_HORIZON_DAYS;
}

function dueThisWeek(students: readonly Student[], checkIns: readonly CheckIn[], latest: Map<string, CheckIn>, today: IsoDate): Dashboard['dueThisWeek'] {
  const due: Dashboard['dueThisWeek'] = [];
  const byId = new Map(students.filter((s) => s.id).map((s) => [s.id, s]));
  for (const student of students) {
    for (const event of student.events) {
      const date = nextOccurrence(event, today);
      if (isThisWeek(date, today)) due.push({ ...studentRef(student), kind: 'event', label: event.label, date });
    }
  }
  for (const checkIn of checkIns) {
    const student = byId.get(checkIn.studentId);
    if (!student || !checkIn.followUp || latest.get(checkIn.studentId) !== checkIn) continue;
    const days = daysBetween(today, checkIn.followUp);
    if (days <= DUE_HORIZON_DAYS) {
      const label = `Follow up on the ${checkIn.kind} of ${checkIn.date}`;
      due.push({ ...studentRef(student), kind: 'follow-up', label: days < 0 ? `Overdue: ${label[0].toLowerCase()}${label.slice(1)}` : label, date: checkIn.followUp });
    }
  }
  return due.sort((a, b) => daysBetween(b.date, a.date) || compareNames(a.name, b.name));
}
