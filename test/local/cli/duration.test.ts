// `advance` durations: a whole number and one unit.
import { parseDuration } from '../../../src/local/cli/duration';

describe('parseDuration', () => {
  test.each([
    ['90m', 90 * 60_000],
    ['6h', 6 * 3_600_000],
    ['2d', 2 * 86_400_000],
    ['3w', 3 * 7 * 86_400_000],
  ])('%s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  test.each(['', '6', 'h', '0h', '-2d', '1.5h', '2 days', '3y', '6H', '1d6h'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
