// npm run bench's --sizes option: all three sizes by default, the ones named otherwise, a clear message for a bad list.
import { DEFAULT_SIZES, parseSizes } from '../../scripts/bench/sizes';

describe('parseSizes', () => {
  it('measures 150, 2,000 and 10,000 students unless told otherwise', () => {
    expect(parseSizes([])).toEqual([150, 2000, 10_000]);
    expect(parseSizes([])).toBe(DEFAULT_SIZES);
  });

  it('takes a comma list after --sizes or --sizes=', () => {
    expect(parseSizes(['--sizes', '150,2000'])).toEqual([150, 2000]);
    expect(parseSizes(['--sizes=10_000'])).toEqual([10_000]);
  });

  it('names the problem in a bad list', () => {
    for (const bad of [['--sizes'], ['--sizes', '150,'], ['--sizes', 'many'], ['--sizes=0'], ['--sizes', '1.5']]) {
      expect(() => parseSizes(bad)).toThrow(/--sizes takes class sizes separated by commas/);
    }
  });
});
