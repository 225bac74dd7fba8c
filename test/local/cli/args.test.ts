// The command line's shape: command, positionals, switches and valued options.
import { parseArgs, parseWholeNumber, UsageError } from '../../../src/local/cli/args';

describe('parseArgs', () => {
  test('separates the command, its arguments and options in any order', () => {
    const parsed = parseArgs(['--state', 'w.json', 'call', 'logCheckIn', '{"a":1}', '--fail-at=3', '14']);
    expect(parsed.command).toBe('call');
    expect(parsed.positionals).toEqual(['logCheckIn', '{"a":1}', '14']);
    expect(Object.fromEntries(parsed.options)).toEqual({ state: 'w.json', 'fail-at': '3' });
  });

  test('switches take no value; a negative number or JSON is positional; -- ends the options', () => {
    const parsed = parseArgs(['sheet', '--json', 'Students', '-5', '--', '--demo']);
    expect(parsed.positionals).toEqual(['Students', '-5', '--demo']);
    expect(Object.fromEntries(parsed.options)).toEqual({ json: true });
  });

  test('-h is --help', () => {
    expect(parseArgs(['-h']).options.get('help')).toBe(true);
  });

  test('a valued option without its value, or a switch given one, is a usage error', () => {
    expect(() => parseArgs(['advance', '2d', '--fail-at'])).toThrow(new UsageError('--fail-at needs a value.'));
    expect(() => parseArgs(['init', '--demo=yes'])).toThrow(new UsageError('--demo takes no value.'));
  });
});

describe('parseWholeNumber', () => {
  test('accepts whole numbers from the minimum up', () => {
    expect(parseWholeNumber('0', 'The quota', 0)).toBe(0);
    expect(parseWholeNumber('1500', 'The quota', 0)).toBe(1500);
  });

  test.each(['-1', '1.5', 'ten', '', '0'])('rejects %j for a minimum of 1', (text) => {
    expect(() => parseWholeNumber(text, '--fail-at', 1)).toThrow(/--fail-at must be a whole number of at least 1/);
  });
});
