// Check-ins: a kind from the list, a note that fits a cell, an optional follow-up; the tab read leniently.
import { attachToStudents, checkInKind, checkInRowValues, latestCheckIns, parseCheckIns, validateCheckIn, type CheckIn } from '../../src/core/check-ins';
import { mapColumns } from '../../src/core/headers';
import { CHECK_INS } from '../../src/core/schema';
import { DATES, tabValues } from './tables';

describe('validateCheckIn', () => {
  it('accepts a check-in with a follow-up typed as text', () => {
    expect(validateCheckIn({ studentId: 'stu-1', kind: 'greeting', note: ' said hi ', followUp: 'Nov 30' }, DATES)).toEqual({
      ok: true,
      value: { studentId: 'stu-1', kind: 'greeting', note: 'said hi', followUp: '2026-11-30', requestId: '' },
    });
  });

  it('refuses a 60,000-character note with a clear message', () => {
    const result = validateCheckIn({ studentId: 'stu-1', kind: 'one-on-one', note: 'n'.repeat(60_000) }, DATES);
    expect(result).toEqual({
      ok: false,
      problems: [{ tab: 'Check-ins', column: 'Note', message: 'The note is 60,000 characters, but a cell holds at most 50,000. Shorten it and save again; nothing was saved.' }],
    });
  });

  it('accepts a note of exactly 50,000 characters, and counts the quoting apostrophe', () => {
    expect(validateCheckIn({ studentId: 's', kind: 'other', note: 'n'.repeat(50_000) }, DATES).ok).toBe(true);
    const quoted = validateCheckIn({ studentId: 's', kind: 'other', note: `=${'n'.repeat(49_999)}` }, DATES);
    expect(!quoted.ok && quoted.problems[0].message).toBe('The note is 50,000 characters, but a cell holds at most 49,999. Shorten it and save again; nothing was saved.');
  });

  it('refuses an unknown kind, an unreadable or past follow-up, and a missing student', () => {
    const result = validateCheckIn({ studentId: '', kind: 'phone call' as never, note: '', followUp: 'whenever' }, DATES);
    expect(!result.ok && result.problems.map((p) => p.column)).toEqual(['Student ID', 'Kind', 'Follow-up date']);
    const past = validateCheckIn({ studentId: 's', kind: 'other', note: '', followUp: '2026-11-22' }, DATES);
    expect(!past.ok && past.problems[0].message).toBe('The follow-up date is in the past.');
  });
});

describe('checkInKind', () => {
  it('reads kinds in any case or spacing', () => {
    expect(checkInKind('One on one')).toBe('one-on-one');
    expect(checkInKind('FAMILY CONTACT')).toBe('family contact');
    expect(checkInKind('phone')).toBeNull();
  });
});

describe('checkInRowValues', () => {
  it('keeps a hostile name and note as text', () => {
    const at = new Date('2026-11-23T14:00:00Z');
    const values = checkInRowValues({ studentId: 's', kind: 'greeting', note: '=IMPORTXML("http://x")', followUp: null, requestId: 'r-1' }, '@bob', at, '');
    expect(values).toEqual({ date: at, studentId: 's', studentName: "'@bob", kind: 'greeting', note: '\'=IMPORTXML("http://x")', followUp: '', requestId: 'r-1' });
  });
});

describe('parseCheckIns', () => {
  it('reads Date cells and typed dates in the spreadsheet zone, reporting unreadable rows', () => {
    const values = tabValues(CHECK_INS, [
      { date: new Date('2026-11-21T03:00:00Z'), studentId: 'stu-1', kind: 'Greeting', note: 'hi', followUp: '12/1/2026' },
      { date: 'last week', studentId: 'stu-2', kind: 'other' },
      { date: '2026-11-20', studentId: '', kind: 'other' },
      { date: '2026-11-19', studentId: 'stu-3', kind: 'chat' },
    ]);
    const { checkIns, problems } = parseCheckIns(values.rows, mapColumns(CHECK_INS, values.header), DATES);
    expect(checkIns.map((c) => [c.row, c.date, c.studentId, c.kind, c.followUp])).toEqual([
      [2, '2026-11-20', 'stu-1', 'greeting', '2026-12-01'],
      [5, '2026-11-19', 'stu-3', 'other', null],
    ]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[3, 'Date'], [4, 'Student ID'], [5, 'Kind']]);
    expect(problems[2].message).toBe('"chat" is not one of one-on-one, greeting, family contact, celebration, other; Rapport counts it as other.');
  });
});

describe('parseCheckIns, a date after today', () => {
  it('is kept but reported, as day and month typed the other way round often are', () => {
    const values = tabValues(CHECK_INS, [{ date: '12/11/2026', studentId: 'stu-1', kind: 'greeting' }, { date: '2026-11-23', studentId: 'stu-1', kind: 'greeting' }]);
    const { checkIns, problems } = parseCheckIns(values.rows, mapColumns(CHECK_INS, values.header), DATES);
    expect(checkIns.map((c) => c.date)).toEqual(['2026-12-11', '2026-11-23']);
    expect(problems).toEqual([{ tab: 'Check-ins', row: 2, column: 'Date', message: 'The date 2026-12-11 is after today, so this counts as a check-in today. If it is a typo (day and month swapped?), fix it.' }]);
  });
});

describe('latestCheckIns', () => {
  it('keeps the latest date per student, the later row on a tie', () => {
    const c = (row: number, studentId: string, date: string) => ({ row, studentId, date }) as CheckIn;
    const latest = latestCheckIns([c(2, 'a', '2026-11-20'), c(3, 'a', '2026-11-01'), c(4, 'b', '2026-11-05'), c(5, 'b', '2026-11-05')]);
    expect(latest.get('a')?.row).toBe(2);
    expect(latest.get('b')?.row).toBe(5);
  });
});

describe('attachToStudents', () => {
  const students = [
    { id: 'stu-ada', name: 'Ada Lovelace' },
    { id: 'stu-sam1', name: 'Sam Lee' },
    { id: 'stu-sam2', name: 'sam  lee' },
  ];

  it('gives a check-in typed with only a name the id of the one student so named, in any case or spacing', () => {
    const values = tabValues(CHECK_INS, [
      { date: '2026-11-20', studentName: '  ADA   lovelace ', kind: 'greeting', note: 'typed by hand' },
      { date: '2026-11-21', studentId: 'stu-sam1', studentName: 'Sam Lee', kind: 'other' },
    ]);
    const parsed = parseCheckIns(values.rows, mapColumns(CHECK_INS, values.header), DATES);
    expect(parsed.problems).toEqual([]);
    const { checkIns, problems } = attachToStudents(parsed.checkIns, students);
    expect(problems).toEqual([]);
    expect(checkIns.map((c) => [c.row, c.studentId])).toEqual([[2, 'stu-ada'], [3, 'stu-sam1']]);
  });

  it('reads an id typed in another case as the student’s, falls back on the name for an unknown id, and keeps a departed student’s row', () => {
    const values = tabValues(CHECK_INS, [
      { date: '2026-11-20', studentId: 'STU-ADA', kind: 'greeting' },
      { date: '2026-11-20', studentId: 'stu-adaa', studentName: 'Ada Lovelace', kind: 'greeting' },
      { date: '2026-11-20', studentId: 'stu-gone', studentName: 'Left Class', kind: 'greeting' },
    ]);
    const parsed = parseCheckIns(values.rows, mapColumns(CHECK_INS, values.header), DATES);
    const { checkIns, problems } = attachToStudents(parsed.checkIns, students);
    expect(problems).toEqual([]);
    expect(checkIns.map((c) => [c.row, c.studentId])).toEqual([[2, 'stu-ada'], [3, 'stu-ada'], [4, 'stu-gone']]);
  });

  it('reports, by row, a name that matches no student or several, leaving the row out', () => {
    const values = tabValues(CHECK_INS, [
      { date: '2026-11-20', studentName: 'Grace Hopper', kind: 'greeting' },
      { date: '2026-11-20', studentName: 'Sam Lee', kind: 'greeting' },
      { date: '2026-11-20', kind: 'greeting', note: 'whose?' },
    ]);
    const parsed = parseCheckIns(values.rows, mapColumns(CHECK_INS, values.header), DATES);
    const { checkIns, problems } = attachToStudents(parsed.checkIns, students);
    expect(checkIns).toEqual([]);
    expect([...parsed.problems, ...problems].map((p) => [p.row, p.column, p.message])).toEqual([
      [4, 'Student ID', 'No student ID or name: Rapport cannot tell whose check-in this is.'],
      [2, 'Student name', 'No student named "Grace Hopper" is on the Students tab. Fix the name or add their Student ID.'],
      [3, 'Student name', '2 students are named "Sam Lee". Add the Student ID of the one you met.'],
    ]);
  });
});

describe('request ids', () => {
  it('keeps a request id of letters, digits and dashes, and refuses any other shape by its column', () => {
    const input = { studentId: 'stu-1', kind: 'greeting' as const, note: 'hi' };
    expect(validateCheckIn({ ...input, requestId: 'c7a1f0e2-5b8d' }, DATES)).toMatchObject({ ok: true, value: { requestId: 'c7a1f0e2-5b8d' } });
    for (const requestId of ['=1+1', 'a b', 'x'.repeat(101), 42 as unknown as string]) {
      expect(validateCheckIn({ ...input, requestId }, DATES)).toEqual({ ok: false, problems: [expect.objectContaining({ column: 'Request ID' })] });
    }
  });
});
