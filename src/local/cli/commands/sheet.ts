// `sheet <tab> [--json]`: a tab's values and formulas, header row first.
import { loadRuntime, printJson, type Command } from '../command';
import { textTable } from '../format';
import { sheetView } from '../sheet-view';
import { requireTab } from '../../demo/by-header';

export const sheetCommand: Command = {
  name: 'sheet',
  usage: 'sheet <tab> [--json]',
  summary: 'show a tab; --json prints {"values": [[...]], "formulas": [[...]]}, Dates as ISO strings',
  options: ['json'],
  minArgs: 1,
  maxArgs: 1,
  run(input) {
    const runtime = loadRuntime(input);
    const view = sheetView(requireTab(runtime.state, input.args[0]));
    if (input.options.has('json')) printJson(input, view);
    else input.env.io.out(textTable(view.values.map((row, r) => row.map((cell, c) => view.formulas[r]?.[c] || String(cell)))));
    return 0;
  },
};
