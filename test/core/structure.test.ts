// Structure and set-up plan: missing tabs and required columns named; set-up adds only what is missing.
import { TABS } from '../../src/core/schema';
import { planSetup, structureProblems, type FoundHeaders } from '../../src/core/structure';

const complete = (): FoundHeaders => ({
  students: TABS[0].columns.map((c) => c.header),
  resources: TABS[1].columns.map((c) => c.header),
  checkIns: TABS[2].columns.map((c) => c.header),
  sentLog: TABS[3].columns.map((c) => c.header),
});

describe('structureProblems', () => {
  it('is empty for a complete workspace', () => expect(structureProblems(complete())).toEqual([]));

  it('names a missing tab and a missing required column', () => {
    const found = { ...complete(), resources: null, checkIns: ['Date', 'Student ID', 'Kind'] };
    expect(structureProblems(found)).toEqual([
      { tab: 'Resources', message: 'The Resources tab is missing. Run "Set up class" to create it.' },
      { tab: 'Check-ins', column: 'Note', message: 'The Check-ins tab has no "Note" column. If you renamed it, change its header back to "Note"; otherwise run "Set up class" to add it.' },
    ]);
  });

  it('does not block on a missing optional column', () => {
    const found = { ...complete(), students: ['ID', 'First name', 'Last name', 'Email', 'Opt out'] };
    expect(structureProblems(found)).toEqual([]);
  });

  it('blocks on a missing Opt out column: an opt-out must never be silently ignored', () => {
    const found = { ...complete(), students: ['ID', 'First name', 'Last name', 'Email'] };
    expect(structureProblems(found)).toEqual([{ tab: 'Students', column: 'Opt out', message: 'The Students tab has no "Opt out" column. If you renamed it, change its header back to "Opt out"; otherwise run "Set up class" to add it.' }]);
  });
});

describe('planSetup', () => {
  it('creates missing tabs with every column', () => {
    const plan = planSetup({ ...complete(), sentLog: null });
    expect(plan.map((p) => [p.spec.name, p.create, p.addColumns.length])).toEqual([['Students', false, 0], ['Resources', false, 0], ['Check-ins', false, 0], ['Sent log', true, 9]]);
  });

  it('appends missing columns after the last used header, leaving the teacher columns alone', () => {
    const plan = planSetup({ ...complete(), students: ['Email', 'My column', 'first name', 'LAST NAME', '', ''] });
    const students = plan[0];
    expect(students.create).toBe(false);
    expect(students.firstNewColumn).toBe(4);
    expect(students.addColumns.map((c) => c.header)).toEqual(['ID', 'Section', 'Grade or major', 'Interests', 'Career path', 'Preferred resource types', 'Goals', 'How we can help', 'Why this class', 'Why this subject', 'Important events', 'Opt out', 'Private notes', 'Last check-in', 'Survey record']);
  });

  it('appends after a column of data the teacher left without a header', () => {
    const plan = planSetup({ ...complete(), students: ['First name', 'Email'] }, { students: 3 });
    expect([plan[0].firstNewColumn, plan[0].addColumns[0].header]).toEqual([3, 'ID']);
    expect(planSetup({ ...complete(), students: ['First name', 'Email', 'Notes'] }, { students: 2 })[0].firstNewColumn).toBe(3);
  });

  it('fills an empty existing tab from column A', () => {
    const plan = planSetup({ ...complete(), resources: [''] });
    expect([plan[1].create, plan[1].firstNewColumn, plan[1].addColumns.length]).toEqual([false, 0, 9]);
  });
});

describe('structureProblems on some tabs', () => {
  it('checks only the tabs it is given', () => {
    expect(structureProblems({ students: null })).toEqual([{ tab: 'Students', message: 'The Students tab is missing. Run "Set up class" to create it.' }]);
  });
});
