// `select <tab> <row>`: the teacher clicking a row, which the sidebar's student card follows.
import { parseWholeNumber } from '../args';
import { loadRuntime, save, type Command } from '../command';
import { selectRow } from '../selection';

export const selectCommand: Command = {
  name: 'select',
  usage: 'select <tab> <row>',
  summary: 'select a row (set the active range), as the teacher clicking it',
  options: [],
  minArgs: 2,
  maxArgs: 2,
  writes: true,
  run(input) {
    const [tab, rowText] = input.args;
    const row = parseWholeNumber(rowText, 'The row', 1);
    const runtime = loadRuntime(input);
    selectRow(runtime.state, tab, row);
    save(input, runtime);
    input.env.io.out(`Selected row ${row} of ${tab}.`);
    return 0;
  },
};
