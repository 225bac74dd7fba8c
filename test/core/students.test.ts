// Roster validation: every fault is a Problem with its 1-based sheet row; bad data never throws.
import fc from 'fast-check';
import { mapColumns } from '../../src/core/headers';
import { STUDENTS } from '../../src/core/schema';
import { isValidEmail, parseRoster } from '../../src/core/students';
import { DATES, tabValues } from './tables';

function roster(records: Parameters<typeof tabValues>[1], headers?: string[]) {
  const values = tabValues(STUDENTS, records, headers);
  return parseRoster(values.rows, mapColumns(STUDENTS, values.header), DATES);
}

const ada = { id: 'stu-1', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.edu', section: 'P1', interests: 'math, poetry', preferredTypes: 'Video, article' };

describe('parseRoster', () => {
  it('reads a student with lists split and types lower-cased', () => {
    const { students, problems } = roster([ada]);
    expect(problems).toEqual([]);
    expect(students[0]).toMatchObject({ row: 2, id: 'stu-1', name: 'Ada Lovelace', emailUsable: true, interests: ['math', 'poetry'], preferredTypes: ['video', 'article'], optOut: false });
  });

  it('finds columns the teacher moved', () => {
    const headers = ['Email', 'Teacher notes', 'Last name', 'First name', 'ID'];
    const { students } = roster([ada], headers);
    expect(students[0]).toMatchObject({ email: 'ada@example.edu', firstName: 'Ada', lastName: 'Lovelace', id: 'stu-1', section: '' });
  });

  it('skips blank rows without a problem and counts rows from the sheet', () => {
    const { students, problems } = roster([{}, { firstName: '  ' }, ada]);
    expect(problems).toEqual([]);
    expect(students.map((s) => s.row)).toEqual([4]);
  });

  it('returns an empty roster for an empty tab', () => {
    expect(roster([])).toEqual({ students: [], problems: [] });
  });

  it('reports malformed, missing and duplicate emails by row, keeping the students', () => {
    const { students, problems } = roster([
      ada,
      { ...ada, id: 'stu-2', email: 'ADA@example.edu' },
      { ...ada, id: 'stu-3', email: 'not-an-email' },
      { ...ada, id: 'stu-4', email: '' },
    ]);
    expect(students).toHaveLength(4);
    expect(students.map((s) => s.emailUsable)).toEqual([true, false, false, false]);
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, 'Email', 'Same email as row 2.'],
      [4, 'Email', '"not-an-email" is not a valid email address.'],
      [5, 'Email', 'No email address.'],
    ]);
  });

  it('drops invisible characters a pasted address carries, so a duplicate still shows', () => {
    const { students, problems } = roster([ada, { ...ada, id: 'stu-2', email: '\u200bAda@Example.edu\u00a0' }, { ...ada, id: 'stu-3', email: 'grace\u2060@example.edu' }]);
    expect(students.map((s) => s.email)).toEqual(['ada@example.edu', 'Ada@Example.edu', 'grace@example.edu']);
    expect(problems.map((p) => [p.row, p.message])).toEqual([[3, 'Same email as row 2.']]);
  });

  it('skips a row with neither name nor email, saying so', () => {
    const { students, problems } = roster([{ section: 'P2', goals: 'learn' }]);
    expect(students).toEqual([]);
    expect(problems[0]).toMatchObject({ tab: 'Students', row: 2, message: 'This row has no name or email, so Rapport skips it.' });
  });

  it('reports over-long values and shortens them in memory only', () => {
    const { students, problems } = roster([{ ...ada, firstName: 'A'.repeat(150) }]);
    expect(students[0].firstName).toHaveLength(100);
    expect(problems[0]).toMatchObject({ row: 2, column: 'First name', message: 'First name is 150 characters; Rapport reads at most 100.' });
  });

  it('clears a duplicated id on the later row so it gets its own', () => {
    const result = roster([ada, { ...ada, email: 'grace@example.edu', firstName: 'Grace' }, { ...ada, id: '', email: 'alan@example.edu' }]);
    expect(result.students.map((s) => s.id)).toEqual(['stu-1', '', '']);
    expect(result.problems[0].message).toBe('Same ID as row 2; Rapport will give this row a new ID.');
    expect(result.students.filter((s) => !s.id).map((s) => s.row)).toEqual([3, 4]);
  });

  it('parses important events and reports entries with no readable date', () => {
    const { students, problems } = roster([{ ...ada, events: 'Regional final 2026-12-05; Birthday Mar 14; recital sometime' }]);
    expect(students[0].events).toEqual([
      { label: 'Regional final', date: '2026-12-05', yearly: false },
      { label: 'Birthday', date: '2027-03-14', yearly: true },
    ]);
    expect(problems[0]).toMatchObject({ row: 2, column: 'Important events' });
  });

  it('keeps a hostile name as the characters typed', () => {
    const { students } = roster([{ ...ada, firstName: '<img src=x onerror=alert(1)>', lastName: "'=HYPERLINK(\"http://x\")" }]);
    expect(students[0].name).toBe('<img src=x onerror=alert(1)> =HYPERLINK("http://x")');
  });

  it('reads opt-out from a checkbox or typed yes', () => {
    const { students } = roster([{ ...ada, optOut: true }, { ...ada, id: 'b', email: 'b@example.edu', optOut: 'yes' }]);
    expect(students.map((s) => s.optOut)).toEqual([true, true]);
  });

  it('reads anything else typed in Opt out as opted out, and says so by row', () => {
    const rows = [{ optOut: 'stop emailing' }, { optOut: false }, { optOut: '' }, { optOut: 'no' }].map((extra, i) => ({ ...ada, id: `s${i}`, email: `s${i}@example.edu`, ...extra }));
    const { students, problems } = roster(rows);
    expect(students.map((s) => s.optOut)).toEqual([true, false, false, false]);
    expect(problems).toEqual([{ tab: 'Students', row: 2, column: 'Opt out', message: 'Rapport reads "stop emailing" as opted out, so this student gets no email. Tick the box to confirm, or clear it.' }]);
  });

  it('never throws on arbitrary cells, and every problem names a data row', () => {
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.boolean(), fc.date({ noInvalidDate: false }));
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 15, maxLength: 15 }), { maxLength: 20 }), (rows) => {
      const result = parseRoster(rows, mapColumns(STUDENTS, STUDENTS.columns.map((c) => c.header)), DATES);
      for (const p of result.problems) expect(p.row).toBeGreaterThanOrEqual(2);
      expect(result.students.length).toBeLessThanOrEqual(rows.length);
    }));
  });

  it('parses 2,000 students quickly', () => {
    const records = Array.from({ length: 2000 }, (_, i) => ({ ...ada, id: `stu-${i}`, email: `s${i}@example.edu`, events: 'Game Dec 1' }));
    const started = performance.now();
    const { students, problems } = roster(records);
    expect(students).toHaveLength(2000);
    expect(problems).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('isValidEmail', () => {
  it.each(['a@b.co', 'first.last+tag@school.k12.us'])('accepts %s', (email) => expect(isValidEmail(email)).toBe(true));
  it.each(['a@b', 'a b@c.com', '@c.com', 'a@@c.com', 'a@c.', 'Ada <a@c.com>'])('refuses %s', (email) => expect(isValidEmail(email)).toBe(false));
});

describe('hostile roster text', () => {
  it('refuses addresses with a dot before or after @ or doubled, and flags invisible characters in names and interests', () => {
    for (const email of ['trailing.@school.edu', '.lead@school.edu', 'a..b@school.edu', 'a@.school.edu']) expect(isValidEmail(email)).toBe(false);
    expect(isValidEmail('first.last@school.edu')).toBe(true);
    const map = mapColumns(STUDENTS, ['ID', 'First name', 'Last name', 'Email', 'Interests']);
    const roster = parseRoster([['stu-1', 'An\u200Bna', 'Lee', 'anna@x.org', 'robotics, mu\u200Dsic']], map, DATES);
    expect(roster.problems.map((p) => [p.row, p.column])).toEqual([[2, 'First name'], [2, 'Interests']]);
  });
});
