// The profile card the sidebar shows for one student: public profile, upcoming events, latest check-in, what was sent.
import { excerpt } from './text-cut';
import type { SentResourceSummary, StudentCard } from './contract-types';
import type { IsoDate } from './vocabulary';
import { latestCheckIns, type CheckIn } from './check-ins';
import { daysBetween } from './dates';
import { nextOccurrence } from './events';
import { sentTo, type SentEntry } from './sent-log';
import type { Student } from './students';

const CARD_EVENT_LIMIT = 5;
const CARD_SENT_LIMIT = 20;
/** The card shows the start of a long check-in note; the Check-ins tab has all of it. */
export const CARD_NOTE_CHARS = 500;

/** What the card lists as sent to a student: resources received, newest first, at most CARD_SENT_LIMIT. */
export function resourcesSentTo(sent: readonly SentEntry[], studentId: string): SentResourceSummary[] {
  return sentTo(sent, studentId)
    .slice(0, CARD_SENT_LIMIT)
    .map((entry) => ({ title: entry.resourceTitle, url: entry.url, sentOn: entry.sentAt ?? '' }));
}

/** The parts of the card drawn from the logs (Check-ins, Sent log); the card's summary tab keeps these per student. */
export type CardLogs = Pick<StudentCard, 'lastCheckIn' | 'resourcesSent'>;

/** A student's latest check-in (its note cut short) and the resources they received. */
export function cardLogsOf(studentId: string, checkIns: readonly CheckIn[], sent: readonly SentEntry[]): CardLogs {
  const latest = studentId ? latestCheckIns(checkIns.filter((c) => c.studentId === studentId)).get(studentId) : undefined;
  return {
    lastCheckIn: latest ? { date: latest.date, kind: latest.kind, note: excerpt(latest.note, CARD_NOTE_CHARS) } : null,
    resourcesSent: studentId ? resourcesSentTo(sent, studentId) : [],
  };
}

/** Builds the card from the profile and the logs' part; private notes never leave the sheet this way. */
export function cardFrom(student: Student, logs: CardLogs, today: IsoDate): StudentCard {
  const upcomingEvents = student.events
    .map((event) => ({ label: event.label, date: nextOccurrence(event, today) }))
    .filter((event) => daysBetween(today, event.date) >= 0)
    .sort((a, b) => daysBetween(b.date, a.date))
    .slice(0, CARD_EVENT_LIMIT);
  return {
    id: student.id,
    row: student.row,
    name: student.name,
    email: student.email,
    section: student.section,
    gradeOrMajor: student.gradeOrMajor,
    interests: student.interests,
    careerPath: student.careerPath,
    preferredTypes: student.preferredTypes,
    goals: student.goals,
    howWeCanHelp: student.howWeCanHelp,
    upcomingEvents,
    lastCheckIn: logs.lastCheckIn,
    daysSinceCheckIn: logs.lastCheckIn ? Math.max(0, daysBetween(logs.lastCheckIn.date, today)) : null,
    resourcesSent: logs.resourcesSent,
  };
}

/** Builds the card from the parsed tabs. */
export function studentCard(student: Student, checkIns: readonly CheckIn[], sent: readonly SentEntry[], today: IsoDate): StudentCard {
  return cardFrom(student, cardLogsOf(student.id, checkIns, sent), today);
}
