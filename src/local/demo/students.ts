// Sixty demo students across three sections, with profiles drawn deterministically from the pools.
import { isoDay } from './calendar';
import { STUDENT_NAMES, studentEmail } from './names';
import { EVENT_LABELS, GOALS, GRADES, HOBBIES, INTEREST_CLUSTERS, PRIVATE_NOTES, WAYS_TO_HELP } from './profiles';
import { picker } from './random';
import { SECTIONS, type DemoRow } from './rows';

const SEED = 20261123;
/** Roster positions (0-based) of the students who opted out of emails. */
const OPTED_OUT = new Set([9, 33, 52]);

export function studentId(index: number): string {
  return `stu-${String(index + 1).padStart(3, '0')}`;
}

/**
 * Important events as `Label YYYY-MM-DD; Label YYYY-MM-DD`. Every seventh student has one this
 * week (today through six days out) so the dashboard has something to celebrate.
 */
function importantEvents(index: number, pick: ReturnType<typeof picker>, now: number, timeZone: string): string {
  const events: string[] = [];
  if (index % 7 === 0) events.push(`${pick.one(EVENT_LABELS)} ${isoDay(now, timeZone, (index / 7) % 7)}`);
  if (pick.chance(0.6)) events.push(`${pick.one(EVENT_LABELS)} ${isoDay(now, timeZone, pick.int(-20, 45))}`);
  return events.join('; ');
}

export function demoStudents(now: number, timeZone: string): DemoRow[] {
  const pick = picker(SEED);
  return STUDENT_NAMES.map(([first, last], index) => {
    const cluster = pick.one(INTEREST_CLUSTERS);
    const interests = pick.some(cluster.interests, pick.int(2, 3));
    if (pick.chance(0.6)) interests.push(pick.one(HOBBIES));
    const types = pick.some(cluster.types, pick.int(1, 2));
    if (pick.chance(0.3)) types.push('podcast');
    return {
      ID: studentId(index),
      'First name': first,
      'Last name': last,
      Email: studentEmail(first, last),
      Section: SECTIONS[Math.floor(index / (STUDENT_NAMES.length / SECTIONS.length))],
      'Grade or major': pick.one(GRADES),
      Interests: [...new Set(interests)].join(', '),
      'Career path': pick.chance(0.15) ? 'Not sure yet' : pick.one(cluster.careers),
      'Preferred resource types': [...new Set(types)].join(', '),
      Goals: pick.one(GOALS),
      'How we can help': pick.chance(0.8) ? pick.one(WAYS_TO_HELP) : '',
      'Important events': importantEvents(index, pick, now, timeZone),
      'Opt out': OPTED_OUT.has(index) ? 'TRUE' : 'FALSE',
      'Private notes': index % 5 === 2 ? PRIVATE_NOTES[(index * 7) % PRIVATE_NOTES.length] : '',
      'Last check-in': '',
    };
  });
}
