// Plain-text output: one line per execution, and tables that stay readable with long or multi-line cells.
import { executionLine, textTable } from '../../../src/local/cli/format';

describe('executionLine', () => {
  test('names the execution, its time, entry point, outcome, message and call count', () => {
    const line = executionLine({ id: 7, entryPoint: 'trigger:onTick', startedAt: '2026-11-24T14:00:00.000Z', endedAt: '2026-11-24T14:00:01.000Z', outcome: 'killed', message: 'Exceeded maximum execution time', calls: { 'MailApp.sendEmail': 2, 'SpreadsheetApp.getValues': 1 } });
    expect(line).toBe('#7 2026-11-24T14:00:00.000Z trigger:onTick: killed Exceeded maximum execution time (3 service calls)');
  });

  test('says "1 service call" in the singular', () => {
    expect(executionLine({ id: 1, entryPoint: 'onOpen', startedAt: 't', endedAt: 't', outcome: 'ok', calls: { 'SpreadsheetApp.getUi': 1 } })).toBe('#1 t onOpen: ok (1 service call)');
  });
});

describe('textTable', () => {
  test('pads columns, numbers rows as the sheet does and rules off the header', () => {
    expect(textTable([['ID', 'Name'], ['stu-001', 'Ana']])).toBe(['1 | ID      | Name', '--+---------+-----', '2 | stu-001 | Ana'].join('\n'));
  });

  test('keeps each cell on one line and clips long ones', () => {
    const table = textTable([['Note'], ['line one\nline two'], ['x'.repeat(40)]]);
    expect(table).toContain('line one line two');
    expect(table).toContain(`${'x'.repeat(23)}…`);
    expect(table.split('\n')).toHaveLength(4);
  });

  test('control characters in a cell cannot reach the terminal (no escape sequences)', () => {
    const table = textTable([['Name'], ['\u001b[2J\u001b]0;owned\u0007Ana\u009b31m']]);
    expect([...table].filter((c) => c !== '\n' && (c < ' ' || (c >= '\u007f' && c <= '\u009f')))).toEqual([]);
    expect(table).toContain('\uFFFD[2J\uFFFD]0;owned\uFFFDAna');
  });

  test('an empty tab says so', () => {
    expect(textTable([])).toBe('(empty)');
  });
});
