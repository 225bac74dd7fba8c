// `edit <tab> <A1> <text>`: the teacher typing into one cell, which fires the add-on's onEdit and edit triggers.
import { UsageError } from '../args';
import { loadRuntime, save, type Command } from '../command';
import { executionLine, terminalSafe } from '../format';
import { requireTab } from '../../demo/by-header';
import { typeIntoCell } from '../../runtime/scheduler';
import { columnNumber } from '../../services/spreadsheet/a1';

/** One cell in A1 notation ('B2', '$C$10', 'aa7'): the teacher types into a single cell. */
export function cellReference(a1: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(a1.trim());
  if (!match) throw new UsageError(`"${a1}" is not one cell in A1 notation: give a column and a row, e.g. B2.`);
  return { column: columnNumber(match[1]), row: Number(match[2]) };
}

export const editCommand: Command = {
  name: 'edit',
  usage: 'edit <tab> <A1> <text>',
  summary: "type text into one cell as the teacher (parsed as typed input), then run the add-on's onEdit and edit triggers",
  options: [],
  minArgs: 3,
  maxArgs: 3,
  writes: true,
  run(input) {
    const [tab, a1, text] = input.args;
    const cell = cellReference(a1);
    const runtime = loadRuntime(input);
    const sheet = requireTab(runtime.state, tab);
    const results = typeIntoCell(runtime, { sheet, ...cell, text });
    save(input, runtime);
    const lines = results.map((result) => executionLine(result.record));
    input.env.io.out([`Typed into ${terminalSafe(sheet.name)}!${a1.trim().toUpperCase()}.`, ...lines].join('\n'));
    return 0;
  },
};
