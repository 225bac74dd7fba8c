// The demo class: realistic, deterministic, dated relative to the workspace clock, and in the tabs' header names.
import { isoDay } from '../../../src/local/demo/calendar';
import { demoCheckIns } from '../../../src/local/demo/check-ins';
import { demoResources } from '../../../src/local/demo/resources';
import { demoStudents } from '../../../src/local/demo/students';
import { TEST_NOW } from '../../helpers/runtime';

const ZONE = 'America/New_York';
const STUDENT_HEADERS = ['ID', 'First name', 'Last name', 'Email', 'Section', 'Grade or major', 'Interests', 'Career path', 'Preferred resource types', 'Goals', 'How we can help', 'Important events', 'Opt out', 'Private notes', 'Last check-in'];
const RESOURCE_HEADERS = ['ID', 'Title', 'URL', 'Type', 'Tags', 'Level', 'Description', 'Active', 'Added'];
const CHECK_IN_HEADERS = ['Date', 'Student ID', 'Student name', 'Kind', 'Note', 'Follow-up date'];
const TYPES = ['article', 'video', 'event', 'opportunity', 'book', 'podcast', 'course', 'tool'];

const students = demoStudents(TEST_NOW, ZONE);
const resources = demoResources(TEST_NOW, ZONE);
const checkIns = demoCheckIns(students, TEST_NOW, ZONE);

describe('isoDay', () => {
  test('counts days from the calendar day in the given zone, not in UTC', () => {
    const lateEvening = Date.UTC(2026, 10, 24, 3, 0); // 22:00 on the 23rd in New York
    expect(isoDay(lateEvening, ZONE)).toBe('2026-11-23');
    expect(isoDay(lateEvening, 'UTC')).toBe('2026-11-24');
    expect(isoDay(lateEvening, ZONE, 9)).toBe('2026-12-02');
    expect(isoDay(lateEvening, ZONE, -23)).toBe('2026-10-31');
  });
});

describe('demo students', () => {
  test('sixty students, twenty in each of three sections, with the Students headers', () => {
    expect(students).toHaveLength(60);
    for (const student of students) expect(Object.keys(student)).toEqual(STUDENT_HEADERS);
    const sections = students.map((s) => s.Section);
    expect(new Set(sections)).toEqual(new Set(['Period 1', 'Period 3', 'Period 5']));
    expect(sections.filter((s) => s === 'Period 3')).toHaveLength(20);
  });

  test('ids stu-001.. and unique first.last@students.example.edu emails without accents', () => {
    expect(students[0].ID).toBe('stu-001');
    expect(students[59].ID).toBe('stu-060');
    const emails = students.map((s) => s.Email);
    expect(new Set(emails).size).toBe(60);
    for (const email of emails) expect(email).toMatch(/^[a-z-]+\.[a-z-]+@students\.example\.edu$/);
    expect(emails).toContain('liam.oconnor@students.example.edu');
    expect(emails).toContain('zoe.schmidt@students.example.edu');
  });

  test('varied profiles: interests, careers and types differ; preferred types are known types', () => {
    expect(new Set(students.map((s) => s.Interests)).size).toBeGreaterThan(40);
    expect(new Set(students.map((s) => s['Career path'])).size).toBeGreaterThan(15);
    for (const student of students) {
      for (const type of student['Preferred resource types'].split(', ')) expect(TYPES).toContain(type);
      expect(student.Interests.length).toBeGreaterThan(0);
      expect(student['Last check-in']).toBe('');
    }
  });

  test('a few opt-outs and some private notes', () => {
    expect(students.filter((s) => s['Opt out'] === 'TRUE')).toHaveLength(3);
    expect(students.every((s) => s['Opt out'] === 'TRUE' || s['Opt out'] === 'FALSE')).toBe(true);
    const noted = students.filter((s) => s['Private notes'] !== '').length;
    expect(noted).toBeGreaterThanOrEqual(8);
    expect(noted).toBeLessThan(20);
  });

  test('important events are "Label YYYY-MM-DD" joined by "; ", several of them this week', () => {
    const thisWeek = new Set(Array.from({ length: 7 }, (_, day) => isoDay(TEST_NOW, ZONE, day)));
    let dueThisWeek = 0;
    for (const student of students) {
      if (!student['Important events']) continue;
      for (const event of student['Important events'].split('; ')) {
        const match = /^(.+) (\d{4}-\d{2}-\d{2})$/.exec(event);
        expect(match).not.toBeNull();
        if (thisWeek.has(match![2])) dueThisWeek += 1;
      }
    }
    expect(dueThisWeek).toBeGreaterThanOrEqual(5);
  });

  test('is the same on every run for the same clock', () => {
    expect(demoStudents(TEST_NOW, ZONE)).toEqual(students);
  });
});

describe('demo resources', () => {
  test('thirty https resources with the Resources headers, known types and levels, active', () => {
    expect(resources).toHaveLength(30);
    for (const resource of resources) {
      expect(Object.keys(resource)).toEqual(RESOURCE_HEADERS);
      expect(resource.URL).toMatch(/^https:\/\/[a-z0-9.-]+\.(gov|org|com|edu)\//);
      expect(TYPES).toContain(resource.Type);
      expect(['intro', 'enrichment', 'challenge', 'support']).toContain(resource.Level);
      expect(resource.Active).toBe('TRUE');
      expect(resource.Added <= isoDay(TEST_NOW, ZONE)).toBe(true);
    }
    expect(new Set(resources.map((r) => r.URL)).size).toBe(30);
    expect(resources.map((r) => r.URL)).toContain('https://www.epa.gov/recycle/composting-home');
  });

  test('tags overlap the students\' interests', () => {
    const tags = new Set(resources.flatMap((r) => r.Tags.split(', ')));
    const matched = students.filter((s) => s.Interests.split(', ').some((interest) => tags.has(interest)));
    expect(matched.length).toBeGreaterThanOrEqual(50);
  });
});

describe('demo check-ins', () => {
  test('about half the students, dated in the past five weeks, oldest first, naming real students', () => {
    const byId = new Map(students.map((s) => [s.ID, `${s['First name']} ${s['Last name']}`]));
    const studentsSeen = new Set(checkIns.map((c) => c['Student ID']));
    expect(studentsSeen.size).toBe(30);
    const today = isoDay(TEST_NOW, ZONE);
    const fiveWeeksAgo = isoDay(TEST_NOW, ZONE, -35);
    for (const checkIn of checkIns) {
      expect(Object.keys(checkIn)).toEqual(CHECK_IN_HEADERS);
      expect(checkIn['Student name']).toBe(byId.get(checkIn['Student ID']));
      expect(checkIn.Date < today && checkIn.Date >= fiveWeeksAgo).toBe(true);
      expect(['one-on-one', 'greeting', 'family contact', 'celebration', 'other']).toContain(checkIn.Kind);
      expect(checkIn['Follow-up date']).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
    }
    const dates = checkIns.map((c) => c.Date);
    expect([...dates].sort()).toEqual(dates);
  });
});
