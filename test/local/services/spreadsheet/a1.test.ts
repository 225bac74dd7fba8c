// A1 notation: letters, references against the sheet's size, sheet names, and rectangles moving with rows.
import {
  columnLetters,
  columnNumber,
  resolveReference,
  shiftForDelete,
  shiftForInsert,
  splitSheetName,
  toA1,
} from '../../../../src/local/services/spreadsheet/a1';

describe('column letters', () => {
  it('round-trips across the one-, two- and three-letter boundaries', () => {
    for (const [n, letters] of [[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [702, 'ZZ'], [703, 'AAA']] as const) {
      expect(columnLetters(n)).toBe(letters);
      expect(columnNumber(letters)).toBe(n);
    }
    expect(columnNumber('ab')).toBe(28);
  });
});

describe('toA1', () => {
  it('writes one cell without a colon and a rectangle with one', () => {
    expect(toA1({ row: 3, column: 2, numRows: 1, numColumns: 1 })).toBe('B3');
    expect(toA1({ row: 1, column: 1, numRows: 4, numColumns: 3 })).toBe('A1:C4');
  });
});

describe('resolveReference', () => {
  const resolve = (reference: string) => resolveReference(reference, 1000, 26);

  it('reads cells, rectangles (in either corner order) and absolute references', () => {
    expect(resolve('B2')).toEqual({ row: 2, column: 2, numRows: 1, numColumns: 1 });
    expect(resolve('C4:A1')).toEqual({ row: 1, column: 1, numRows: 4, numColumns: 3 });
    expect(resolve('$A$1:$B$2')).toEqual({ row: 1, column: 1, numRows: 2, numColumns: 2 });
  });

  it('runs open-ended columns and rows to the edge of the sheet', () => {
    expect(resolve('A:C')).toEqual({ row: 1, column: 1, numRows: 1000, numColumns: 3 });
    expect(resolve('A2:B')).toEqual({ row: 2, column: 1, numRows: 999, numColumns: 2 });
    expect(resolve('2:3')).toEqual({ row: 2, column: 1, numRows: 2, numColumns: 26 });
  });

  it('rejects text that is not a reference, row 0, and cells past the sheet', () => {
    for (const bad of ['', 'A', '1', 'A0', 'hello world', 'A1:B2:C3', '1A', 'AA1000x', 'A1001', 'AA1']) {
      expect(resolve(bad)).toBeNull();
    }
  });
});

describe('splitSheetName', () => {
  it('separates plain and quoted sheet names, unescaping doubled quotes', () => {
    expect(splitSheetName('Students!A1:B2')).toEqual({ sheetName: 'Students', reference: 'A1:B2' });
    expect(splitSheetName("'Sent log'!A1")).toEqual({ sheetName: 'Sent log', reference: 'A1' });
    expect(splitSheetName("'Teacher''s notes'!C3")).toEqual({ sheetName: "Teacher's notes", reference: 'C3' });
    expect(splitSheetName('A1')).toEqual({ sheetName: null, reference: 'A1' });
  });
});

describe('rectangles when rows move', () => {
  const column = { row: 2, column: 3, numRows: 999, numColumns: 1 };

  it('moves a rectangle below an insertion down and grows one that reaches it', () => {
    expect(shiftForInsert({ row: 5, column: 1, numRows: 2, numColumns: 1 }, 'rows', 3, 10)).toMatchObject({ row: 15, numRows: 2 });
    expect(shiftForInsert(column, 'rows', 1000, 100)).toMatchObject({ row: 2, numRows: 1099 });
    expect(shiftForInsert(column, 'rows', 1, 5)).toMatchObject({ row: 7, numRows: 999 });
  });

  it('leaves a rectangle above an insertion alone, and moves columns only for column insertions', () => {
    const header = { row: 1, column: 1, numRows: 1, numColumns: 5 };
    expect(shiftForInsert(header, 'rows', 3, 2)).toEqual(header);
    expect(shiftForInsert(header, 'columns', 2, 2)).toEqual({ ...header, numColumns: 7 });
  });

  it('shrinks, moves up or drops a rectangle when rows are deleted', () => {
    expect(shiftForDelete({ row: 5, column: 1, numRows: 6, numColumns: 1 }, 'rows', 3, 4)).toMatchObject({ row: 3, numRows: 4 });
    expect(shiftForDelete({ row: 8, column: 1, numRows: 2, numColumns: 1 }, 'rows', 3, 4)).toMatchObject({ row: 4, numRows: 2 });
    expect(shiftForDelete({ row: 2, column: 1, numRows: 2, numColumns: 1 }, 'rows', 6, 1)).toMatchObject({ row: 2, numRows: 2 });
    expect(shiftForDelete({ row: 4, column: 1, numRows: 1, numColumns: 1 }, 'rows', 4, 1)).toBeNull();
  });
});
