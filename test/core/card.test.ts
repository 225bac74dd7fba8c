// The student card: public profile, upcoming events, latest check-in, resources sent; no private notes.
import { CARD_NOTE_CHARS, studentCard } from '../../src/core/card';
import type { CheckIn } from '../../src/core/check-ins';
import type { SentEntry } from '../../src/core/sent-log';
import type { Student } from '../../src/core/students';
import { TODAY } from './tables';

const maya: Student = {
  row: 5, id: 'stu-9', firstName: 'Maya', lastName: 'Diaz', name: 'Maya Diaz', email: 'maya@x.org', emailUsable: true, section: 'P3', gradeOrMajor: '10',
  interests: ['composting'], careerPath: 'ecology', preferredTypes: ['video'], goals: 'learn', howWeCanHelp: 'patience',
  events: [{ label: 'Recital', date: '2026-12-10', yearly: false }, { label: 'Old game', date: '2026-10-01', yearly: false }, { label: 'Birthday', date: '2010-02-01', yearly: true }],
  optOut: false, privateNotes: 'TOP SECRET',
};

const checkIn = (date: string, note: string, studentId = 'stu-9'): CheckIn => ({ row: 2, date, at: new Date(`${date}T12:00:00Z`), studentId, studentName: '', kind: 'one-on-one', note, followUp: null });
const sent = (studentId: string, status: string, sentAt: string): SentEntry => ({ row: 2, sentAt, cycle: '1', studentId, resourceId: 'r', resourceTitle: `T ${sentAt}`, url: 'https://a.org', reason: '', status });

describe('studentCard', () => {
  it('shows the profile, upcoming events in order and the latest check-in with days since', () => {
    const card = studentCard(maya, [checkIn('2026-11-02', 'first'), checkIn('2026-11-20', 'second'), checkIn('2026-11-22', 'other', 'stu-1')], [], TODAY);
    expect(card).toMatchObject({ id: 'stu-9', row: 5, name: 'Maya Diaz', section: 'P3', interests: ['composting'], daysSinceCheckIn: 3 });
    expect(card.upcomingEvents).toEqual([{ label: 'Recital', date: '2026-12-10' }, { label: 'Birthday', date: '2027-02-01' }]);
    expect(card.lastCheckIn).toEqual({ date: '2026-11-20', kind: 'one-on-one', note: 'second' });
  });

  it('never carries private notes', () => {
    expect(JSON.stringify(studentCard(maya, [], [], TODAY))).not.toContain('TOP SECRET');
  });

  it('shortens a long note and lists only resources the student received, newest first', () => {
    const card = studentCard(maya, [checkIn('2026-11-20', 'n'.repeat(60_000))], [sent('stu-9', 'sent', '2026-10-01'), sent('stu-9', 'failed', '2026-11-01'), sent('stu-9', 'sent', '2026-11-05'), sent('stu-1', 'sent', '2026-11-06')], TODAY);
    expect(card.lastCheckIn?.note).toHaveLength(CARD_NOTE_CHARS);
    expect(card.resourcesSent.map((r) => r.sentOn)).toEqual(['2026-11-05', '2026-10-01']);
  });

  it('says never for a student without check-ins', () => {
    const card = studentCard(maya, [], [], TODAY);
    expect([card.lastCheckIn, card.daysSinceCheckIn]).toEqual([null, null]);
  });
});
