// What a batch reads again before it sends: opt-outs, addresses and resources' Active flags, found by id in a few columns, and columns that moved.
import type { Cell } from '../../../src/core/cells';
import { mapColumns } from '../../../src/core/headers';
import { parseResources } from '../../../src/core/resources';
import { RESOURCES, STUDENTS } from '../../../src/core/schema';
import { columnSpan, FRESH_RESOURCE_COLUMNS, FRESH_STUDENT_COLUMNS, refreshLibrary, refreshRoster } from '../../../src/core/sending/freshness';
import { parseRoster } from '../../../src/core/students';
import { DATES, tabValues } from '../tables';

const students = tabValues(STUDENTS, [
  { id: 'stu-1', firstName: 'Ada', lastName: 'L', email: 'ada@school.example' },
  { id: 'stu-2', firstName: 'Bo', lastName: 'K', email: 'bo@school.example' },
  { id: 'stu-3', firstName: 'Cy', lastName: 'M', email: 'cy@school.example' },
]);
const studentMap = mapColumns(STUDENTS, students.header);
const roster = parseRoster(students.rows, studentMap, DATES).students;

/** The columns a batch reads, from the header row down, as getValues gives them. */
function spanOf(header: readonly Cell[], rows: readonly (readonly Cell[])[], keys: readonly string[], map = studentMap) {
  const span = columnSpan(map, keys)!;
  return { first: span.first, values: [header, ...rows].map((row) => row.slice(span.first, span.first + span.width)) };
}

describe('refreshRoster', () => {
  it('reads the opt-outs and addresses again by id: a new valid address is used, a broken or shared one is not, a student gone is left out', () => {
    const rows = students.rows.map((row) => [...row]);
    const column = (key: string) => studentMap.index[key];
    rows[0][column('optOut')] = true;
    rows[1][column('email')] = 'bo.new@school.example';
    rows[2][column('email')] = 'ada@school.example';
    const { first, values } = spanOf(students.header, rows, FRESH_STUDENT_COLUMNS);
    const fresh = refreshRoster(roster, studentMap, first, values);
    expect(fresh.ok && [...fresh.value.values()].map((s) => [s.id, s.optOut, s.email, s.emailUsable])).toEqual([
      ['stu-1', true, 'ada@school.example', true],
      ['stu-2', false, 'bo.new@school.example', true],
      ['stu-3', false, 'ada@school.example', false],
    ]);
    const gone = spanOf(students.header, [rows[0], rows[2]], FRESH_STUDENT_COLUMNS);
    const without = refreshRoster(roster, studentMap, gone.first, gone.values);
    expect(without.ok && [...without.value.keys()]).toEqual(['stu-1', 'stu-3']);
  });

  it('stops with a problem naming the column when one the run reads has moved since', () => {
    const moved = ['Email', ...students.header.filter((h) => h !== 'Email')];
    const { first, values } = spanOf(moved, [], FRESH_STUDENT_COLUMNS);
    const fresh = refreshRoster(roster, studentMap, first, values);
    expect(!fresh.ok && fresh.problems[0].message).toMatch(/Students tab's .*"Email".* column moved while Rapport was sending/);
  });
});

describe('refreshLibrary', () => {
  it('reads Active again by id; a resource no longer in the tab is left out', () => {
    const resources = tabValues(RESOURCES, [
      { id: 'res-1', title: 'A', url: 'https://a.example', type: 'article', tags: 'x', active: true },
      { id: 'res-2', title: 'B', url: 'https://b.example', type: 'article', tags: 'x', active: true },
    ]);
    const map = mapColumns(RESOURCES, resources.header);
    const library = parseResources(resources.rows, map, DATES).resources;
    const now = [[...resources.rows[1]]];
    now[0][map.index.active] = false;
    const { first, values } = spanOf(resources.header, now, FRESH_RESOURCE_COLUMNS, map);
    const fresh = refreshLibrary(library, map, first, values);
    expect(fresh.ok && [...fresh.value.values()].map((r) => [r.id, r.active])).toEqual([['res-2', false]]);
  });
});
