// Tab values: the width the teacher's data reaches, header or not.
import type { Cell } from '../../src/core/cells';
import { mapColumns } from '../../src/core/headers';
import { SENT_LOG } from '../../src/core/schema';
import { dataWidth, forEachFilledRow, splitValues } from '../../src/core/table';

describe('dataWidth', () => {
  it('counts columns up to the last data cell holding anything, an unticked checkbox included', () => {
    expect(dataWidth(splitValues([['A', 'B'], ['x', '', 'no header'], ['', '']]))).toBe(3);
    expect(dataWidth(splitValues([['A', 'B', 'C', 'D'], ['x', '', '', false]]))).toBe(4);
    expect(dataWidth(splitValues([['A', 'B', 'C'], ['x', ' ', '']]))).toBe(1);
    expect(dataWidth(splitValues([['A']]))).toBe(0);
  });
});

describe('forEachFilledRow', () => {
  it('visits rows holding something in a column Rapport reads, with their sheet rows, and skips blank ones and those filled only in a column of the teacher’s own', () => {
    const map = mapColumns(SENT_LOG, ['Student ID', 'My notes', 'URL']);
    const rows: Cell[][] = [['stu-1', '', ''], ['', '', ''], ['', 'mine only', ''], ['', '', 'https://a.org']];
    const seen: [number, Cell][] = [];
    forEachFilledRow(rows, map, (cells, row) => seen.push([row, cells[0]]));
    expect(seen).toEqual([[2, 'stu-1'], [5, '']]);
  });
});
