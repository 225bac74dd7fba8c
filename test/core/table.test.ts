// Tab values: the width the teacher's data reaches, header or not.
import { dataWidth, splitValues } from '../../src/core/table';

describe('dataWidth', () => {
  it('counts columns up to the last data cell holding anything, an unticked checkbox included', () => {
    expect(dataWidth(splitValues([['A', 'B'], ['x', '', 'no header'], ['', '']]))).toBe(3);
    expect(dataWidth(splitValues([['A', 'B', 'C', 'D'], ['x', '', '', false]]))).toBe(4);
    expect(dataWidth(splitValues([['A', 'B', 'C'], ['x', ' ', '']]))).toBe(1);
    expect(dataWidth(splitValues([['A']]))).toBe(0);
  });
});
