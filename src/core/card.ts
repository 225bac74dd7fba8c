// The profile card the sidebar shows for one student: public profile, upcoming events, latest check-in, what was sent.
import { excerpt } from './text-cut';
import type { StudentCard } from './contract-types';
import type { IsoDate } from './vocabulary';
import { latestCheckIns, type CheckIn } from './check-ins';
import { daysSinceLatest } from './dashboard';
import { daysBetween } from './dates';
import { nextOccurrence } from './events';
import { sentTo, type SentEntry } from './sent-log';
import type { Student } from './students';

const CARD_EVENT_LIMIT = 5;
const CARD_SENT_LIMIT = 20;
/** The card shows the start of a long check-in note; the Check-ins tab has all of it. */
export const CARD_NOTE_CHARS = 500;

/** Builds the card; private notes never leave the sheet this way. */
export function studentCard(student: Student, checkIns: readonly CheckIn[], sent: readonly SentEntry[], today: IsoDate): StudentCard {
  const latest = student.id ? latestCheckIns(checkIns.filter((c) => c.studentId === student.id)).get(student.id) : undefined;
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
    lastCheckIn: latest ? { date: latest.date, kind: latest.kind, note: excerpt(latest.note, CARD_NOTE_CHARS) } : null,
    daysSinceCheckIn: daysSinceLatest(latest, today),
    resourcesSent: (student.id ? sentTo(sent, student.id) : [])
      .slice(0, CARD_SENT_LIMIT)
      .map((entry) => ({ title: entry.resourceTitle, url: entry.url, sentOn: entry.sentAt ?? '' })),
  };
}
