// `outbox [--json]`: the emails the add-on has sent.
import { loadRuntime, printJson, type Command } from '../command';
import { terminalSafe } from '../format';

export const outboxCommand: Command = {
  name: 'outbox',
  usage: 'outbox [--json]',
  summary: 'list sent emails (--json: every field, bodies included)',
  options: ['json'],
  minArgs: 0,
  maxArgs: 0,
  writes: false,
  run(input) {
    const { outbox } = loadRuntime(input).state.mail;
    if (input.options.has('json')) printJson(input, outbox);
    else if (outbox.length === 0) input.env.io.out('The outbox is empty.');
    else input.env.io.out(outbox.map((mail) => `${new Date(mail.sentAt).toISOString()}  ${terminalSafe(mail.to.join(', '))}  ${terminalSafe(mail.subject)}`).join('\n'));
    return 0;
  },
};
