// Tests how problems are sorted onto form fields and described for the teacher.
import { normalizeColumn, placeUnlessSaid, problemPlace, rowsNeedingAttention, sortProblems } from '../../../src/client/logic/problems';

const FIELDS = { title: [], url: ['link'], followUp: ['followupdate'] } as const;

describe('problems', () => {
  test('normalizeColumn ignores case, spaces and punctuation', () => {
    expect(normalizeColumn('Follow-up date')).toBe('followupdate');
    expect(normalizeColumn('URL')).toBe('url');
  });

  test('sortProblems matches a field by key or alias, whatever the spelling; others are general', () => {
    const sorted = sortProblems(
      [
        { column: 'URL', message: 'Only http and https links.' },
        { column: 'Link', message: 'Already in the library.' },
        { column: 'Follow-up date', message: 'Is in the past.' },
        { column: 'followUp', message: 'Too far ahead.' },
        { tab: 'Resources', message: 'The Resources tab is missing.' },
        { column: 'Owner', message: 'Unknown column.' },
      ],
      FIELDS,
    );
    expect(sorted.byField).toEqual({
      url: ['Only http and https links.', 'Already in the library.'],
      followUp: ['Is in the past.', 'Too far ahead.'],
    });
    expect(sorted.general).toEqual(['The Resources tab is missing.', 'Unknown column.']);
  });

  test('problemPlace names tab, row and column that are present', () => {
    expect(problemPlace({ tab: 'Students', row: 7, column: 'Email', message: 'x' })).toBe('Students tab, row 7, column Email');
    expect(problemPlace({ tab: 'Check-ins', message: 'x' })).toBe('Check-ins tab');
    expect(problemPlace({ message: 'x' })).toBe('');
  });

  test('placeUnlessSaid adds the place only when the message does not already name it', () => {
    expect(placeUnlessSaid({ tab: 'Students', column: 'Email', message: 'The Students tab has no "Email" column.' })).toBe('');
    expect(placeUnlessSaid({ tab: 'Students', column: 'Email', message: 'A required column is missing.' })).toBe('Students tab, column Email');
    expect(placeUnlessSaid({ tab: 'Students', row: 4, message: 'The Students tab row is blank.' })).toBe('Students tab, row 4');
  });

  test('rowsNeedingAttention counts distinct rows, and each unplaced problem once', () => {
    expect(rowsNeedingAttention([{ row: 3, message: 'a' }, { row: 3, message: 'b' }, { row: 9, message: 'c' }, { message: 'd' }])).toBe(3);
    expect(rowsNeedingAttention([])).toBe(0);
    expect(rowsNeedingAttention([{ tab: 'Students', row: 7, message: 'a' }, { tab: 'Check-ins', row: 7, message: 'b' }, { tab: 'Students', row: 7, message: 'c' }])).toBe(2);
  });
});
