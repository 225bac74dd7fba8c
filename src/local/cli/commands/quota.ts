// `quota <n> [--triggers]`: sets MailApp's daily recipient quota, or with --triggers the daily trigger runtime in minutes.
import { parseWholeNumber } from '../args';
import { loadRuntime, save, type Command } from '../command';
import { setDailyEmailQuota } from '../../services/mail-app';
import { setDailyTriggerRuntimeMinutes } from '../../runtime/trigger-quota';

export const quotaCommand: Command = {
  name: 'quota',
  usage: 'quota <n> [--triggers]',
  summary:
    'set the daily email quota in recipients (100 on consumer accounts, 1500 on Workspace); with --triggers, the daily trigger runtime in minutes (90 consumer, 360 Workspace)',
  options: ['triggers'],
  minArgs: 1,
  maxArgs: 1,
  writes: true,
  run(input) {
    const triggers = input.options.has('triggers');
    const quota = parseWholeNumber(input.args[0], 'The quota', 0);
    const runtime = loadRuntime(input);
    if (triggers) setDailyTriggerRuntimeMinutes(runtime.state, quota);
    else setDailyEmailQuota(runtime.state, quota);
    save(input, runtime);
    input.env.io.out(triggers ? `The daily trigger runtime quota is now ${quota} minutes.` : `The daily email quota is now ${quota} recipients.`);
    return 0;
  },
};
