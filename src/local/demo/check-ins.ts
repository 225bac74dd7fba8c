// Check-ins over the past five weeks for about half the demo class, oldest first, as the log tab holds them.
import { isoDay } from './calendar';
import { CHECK_IN_NOTES } from './profiles';
import { picker } from './random';
import type { DemoRow } from './rows';

const SEED = 41;
const KINDS = ['one-on-one', 'greeting', 'greeting', 'family contact', 'celebration', 'other'] as const;

/** Every even-numbered student gets one to three check-ins; some carry a follow-up date, a few this week. */
export function demoCheckIns(students: readonly DemoRow[], now: number, timeZone: string): DemoRow[] {
  const pick = picker(SEED);
  const entries: { offset: number; row: DemoRow }[] = [];
  students.forEach((student, index) => {
    if (index % 2 !== 0) return;
    const count = pick.int(1, 3);
    for (let n = 0; n < count; n += 1) {
      const offset = -pick.int(1, 35);
      const kind = pick.one(KINDS);
      const followUp = pick.chance(0.25) ? isoDay(now, timeZone, offset + pick.int(3, 20)) : '';
      entries.push({
        offset,
        row: {
          Date: isoDay(now, timeZone, offset),
          'Student ID': student.ID,
          'Student name': `${student['First name']} ${student['Last name']}`,
          Kind: kind,
          Note: pick.one(CHECK_IN_NOTES[kind]),
          'Follow-up date': followUp,
        },
      });
    }
  });
  // A stable sort: same-day entries keep roster order.
  return entries.sort((a, b) => a.offset - b.offset).map((entry) => entry.row);
}
