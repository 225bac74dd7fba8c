// Header mapping: columns found wherever the teacher moved them, in any case or spacing; extras ignored; missing ones named.
import fc from 'fast-check';
import { columnLetter, mapColumns, missingColumnProblems, normalizeHeader } from '../../src/core/headers';
import { CHECK_INS, STUDENTS, TABS } from '../../src/core/schema';

/** Re-spells a header as a teacher might: random case per letter, spaces added or doubled. */
const respelled = (header: string) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: header.length, maxLength: header.length }), fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' ')).map(([upper, pad, inner]) =>
    pad + [...header].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join('').replace(/ /g, ` ${inner}`) + pad,
  );

describe('mapColumns', () => {
  it('finds every column of every tab under any order, case, spacing and extra columns', () => {
    for (const tab of TABS) {
      const headers = tab.columns.map((c) => c.header);
      const layout = fc
        .tuple(fc.shuffledSubarray(headers, { minLength: headers.length, maxLength: headers.length }), fc.array(fc.constantFrom('Teacher column', 'Parent phone', '', 'Notes 2'), { maxLength: 4 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }))
        .map(([order, extras, places]) => {
          const row = [...order];
          extras.forEach((extra, i) => row.splice(places[i] % (row.length + 1), 0, extra));
          return row;
        })
        .chain((row) => fc.tuple(...row.map(respelled)));
      fc.assert(
        fc.property(layout, (row) => {
          const map = mapColumns(tab, row);
          for (const column of tab.columns) expect(normalizeHeader(row[map.index[column.key]])).toBe(normalizeHeader(column.header));
          expect(map.missingRequired).toEqual([]);
          expect(map.missingOptional).toEqual([]);
          expect(map.width).toBe(row.length);
        }),
        { numRuns: 200 },
      );
    }
  });

  it('treats case, spaces, hyphens and underscores as the same header', () => {
    const map = mapColumns(CHECK_INS, ['follow up date', 'STUDENT_ID', ' Date ', 'kind', 'NOTE']);
    expect(map.index).toMatchObject({ followUp: 0, studentId: 1, date: 2, kind: 3, note: 4 });
  });

  it('lists missing required columns as problems naming the tab and column', () => {
    const map = mapColumns(STUDENTS, ['First name', 'Last name', 'ID', 'Section', 'Opt out']);
    expect(map.missingRequired.map((c) => c.header)).toEqual(['Email']);
    expect(missingColumnProblems(map)).toEqual([
      { tab: 'Students', column: 'Email', message: 'The Students tab has no "Email" column. If you renamed it, change its header back to "Email"; otherwise run "Set up class" to add it.' },
    ]);
    expect(map.missingOptional.map((c) => c.key)).toContain('privateNotes');
  });

  it('uses the first of two same-named columns and reports the second', () => {
    const map = mapColumns(STUDENTS, ['ID', 'Email', 'First name', 'Last name', 'email']);
    expect(map.index.email).toBe(1);
    expect(map.duplicates).toHaveLength(1);
    expect(map.duplicates[0].message).toContain('columns (B and E)');
  });

  it('ignores blank headers and non-text header cells without throwing', () => {
    const map = mapColumns(STUDENTS, ['', 42, true, new Date(0), 'ID']);
    expect(map.index.id).toBe(4);
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letter) => expect(columnLetter(index)).toBe(letter));
});
