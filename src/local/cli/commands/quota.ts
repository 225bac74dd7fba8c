// `quota <n>`: sets MailApp's daily recipient quota (100 consumer, 1,500 Workspace).
import { parseWholeNumber } from '../args';
import { loadRuntime, save, type Command } from '../command';
import { setDailyEmailQuota } from '../../services/mail-app';

export const quotaCommand: Command = {
  name: 'quota',
  usage: 'quota <n>',
  summary: 'set the daily email quota in recipients (100 on consumer accounts, 1500 on Workspace)',
  options: [],
  minArgs: 1,
  maxArgs: 1,
  run(input) {
    const quota = parseWholeNumber(input.args[0], 'The quota', 0);
    const runtime = loadRuntime(input);
    setDailyEmailQuota(runtime.state, quota);
    save(input, runtime);
    input.env.io.out(`The daily email quota is now ${quota} recipients.`);
    return 0;
  },
};
