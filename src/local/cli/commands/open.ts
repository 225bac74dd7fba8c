// `open`: the teacher opening the class spreadsheet, which runs onOpen and the open triggers as `npm start` does.
import { loadRuntime, save, type Command } from '../command';
import { executionLine } from '../format';
import { openSpreadsheet } from '../../runtime/scheduler';

export const openCommand: Command = {
  name: 'open',
  usage: 'open',
  summary: "open the spreadsheet as the teacher: the add-on's simple onOpen, then its installable open triggers",
  options: [],
  minArgs: 0,
  maxArgs: 0,
  writes: true,
  run(input) {
    const runtime = loadRuntime(input);
    const results = openSpreadsheet(runtime);
    save(input, runtime);
    const lines = results.map((result) => executionLine(result.record));
    input.env.io.out([`Opened the spreadsheet${results.length === 0 ? ': the add-on has no onOpen and no open trigger' : ''}.`, ...lines].join('\n'));
    return 0;
  },
};
