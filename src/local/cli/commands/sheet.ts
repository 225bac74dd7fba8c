// `sheet <tab> [--json]`: a tab's values and formulas, header row first.
import { loadRuntime, printJson, type Command } from '../command';
import { textTable } from '../format';
import { sheetView } from '../sheet-view';
import { boundSpreadsheet, requireTab } from '../../demo/by-header';
import { readDisplayValues } from '../../services/spreadsheet/state-access';

export const sheetCommand: Command = {
  name: 'sheet',
  usage: 'sheet <tab> [--json]',
  summary: 'show a tab as the teacher sees it; --json prints {"values": [[...]], "formulas": [[...]]}, Dates as ISO strings',
  options: ['json'],
  minArgs: 1,
  maxArgs: 1,
  writes: false,
  run(input) {
    const { state } = loadRuntime(input);
    const sheet = requireTab(state, input.args[0]);
    if (input.options.has('json')) {
      printJson(input, sheetView(sheet));
      return 0;
    }
    // What the grid shows: formulas where there are any, otherwise display values (TRUE, 11/23/2026).
    const { formulas } = sheetView(sheet);
    const { timeZone, locale } = boundSpreadsheet(state);
    const shown = readDisplayValues(sheet, timeZone, locale).map((row, r) => row.map((text, c) => formulas[r]?.[c] || text));
    input.env.io.out(textTable(shown));
    return 0;
  },
};
