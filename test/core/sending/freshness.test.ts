// What a batch reads again before it sends: its students' opt-outs and its picks' Active flags, found by id in a window of rows, and when to read the whole tab.
import { mapColumns } from '../../../src/core/headers';
import { parseResources } from '../../../src/core/resources';
import { RESOURCES, STUDENTS } from '../../../src/core/schema';
import { asWholeRows, columnSpan, FRESH_STUDENT_COLUMNS, headerUnmoved, refreshResources, refreshStudents, rowWindow } from '../../../src/core/sending/freshness';
import { parseRoster } from '../../../src/core/students';
import { DATES, tabValues } from '../tables';

const students = tabValues(STUDENTS, [
  { id: 'stu-1', firstName: 'Ada', lastName: 'L', email: 'ada@school.example' },
  { id: 'stu-2', firstName: 'Bo', lastName: 'K', email: 'bo@school.example' },
  { id: 'stu-3', firstName: 'Cy', lastName: 'M', email: 'cy@school.example' },
]);
const map = mapColumns(STUDENTS, students.header);
const roster = parseRoster(students.rows, map, DATES).students;
const optOut = map.index.optOut;

describe('the rows a batch reads again', () => {
  it('span the id and opt-out columns, and the rows from the first to the last of the batch', () => {
    expect(columnSpan(map, FRESH_STUDENT_COLUMNS)).toEqual({ first: 0, width: optOut + 1 });
    expect(rowWindow([roster[2], roster[1]])).toEqual({ first: 3, count: 2 });
    expect(rowWindow([])).toBeNull();
    expect(asWholeRows(2, [['x']])).toEqual([['', '', 'x']]);
  });
});

describe('refreshStudents', () => {
  it('reads each student’s opt-out again by id; a student not in the rows read is missing', () => {
    const rows = students.rows.map((row) => [...row]);
    rows[1][optOut] = true;
    const fresh = refreshStudents(roster, map, { rows: rows.slice(1), unchecked: true });
    expect([...fresh.now.values()].map((s) => [s.id, s.optOut])).toEqual([['stu-2', true], ['stu-3', false]]);
    expect(fresh.missing).toEqual(['stu-1']);
  });

  it('from a window read without its header, takes a cell that is not a checkbox’s for a moved column (the whole tab is read then); checked, a typed word opts out', () => {
    const rows = students.rows.map((row) => [...row]);
    rows[0][optOut] = 'stop';
    expect(refreshStudents(roster.slice(0, 1), map, { rows, unchecked: true }).missing).toEqual(['stu-1']);
    expect(refreshStudents(roster.slice(0, 1), map, { rows, unchecked: false }).now.get('stu-1')?.optOut).toBe(true);
  });
});

describe('headerUnmoved', () => {
  it('names a column the batch reads that moved since the run read the tab', () => {
    expect(headerUnmoved(map, FRESH_STUDENT_COLUMNS, students.header).ok).toBe(true);
    const moved = ['Opt out', ...students.header.filter((h) => h !== 'Opt out')];
    const checked = headerUnmoved(map, FRESH_STUDENT_COLUMNS, moved);
    expect(!checked.ok && checked.problems[0].message).toMatch(/Students tab's "ID", "Opt out" column moved while Rapport was sending/);
  });
});

describe('refreshResources', () => {
  it('reads Active again by id; a resource not in the rows read is missing', () => {
    const resources = tabValues(RESOURCES, [
      { id: 'res-1', title: 'A', url: 'https://a.example', type: 'article', tags: 'x', active: true },
      { id: 'res-2', title: 'B', url: 'https://b.example', type: 'article', tags: 'x', active: true },
    ]);
    const resourceMap = mapColumns(RESOURCES, resources.header);
    const library = parseResources(resources.rows, resourceMap, DATES).resources;
    const now = [[...resources.rows[1]]];
    now[0][resourceMap.index.active] = false;
    const fresh = refreshResources(library, resourceMap, { rows: now, unchecked: true });
    expect([...fresh.now.values()].map((r) => [r.id, r.active])).toEqual([['res-2', false]]);
    expect(fresh.missing).toEqual(['res-1']);
  });
});
