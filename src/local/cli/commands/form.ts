// `form [--json] [--form ID]`: the newest form (or the one named), its address and its items with their entry ids.
import { loadRuntime, printJson, type Command } from '../command';
import { terminalSafe } from '../format';
import { chooseForm } from '../forms';
import type { FormState } from '../../runtime/state';
import { collectsEmail } from '../../services/form-destination';
import { entryIdOf } from '../../services/form-items';
import { publishedUrl } from '../../services/form-urls';

/** The form as scripts read it: `type` is Apps Script's ItemType name; `choices` only on choice items. */
export function formSummary(form: FormState) {
  return {
    id: form.id,
    title: form.title,
    url: publishedUrl(form.id),
    collectsEmail: collectsEmail(form),
    items: form.items.map((item) => ({
      id: item.id,
      entryId: entryIdOf(item),
      title: item.title,
      type: item.type,
      ...(item.choices ? { choices: [...item.choices] } : {}),
      required: item.required,
    })),
  };
}

export const formCommand: Command = {
  name: 'form',
  usage: 'form [--json] [--form ID]',
  summary: 'show the newest form (or --form ID): its URL and items with their ids and entry ids',
  options: ['json', 'form'],
  minArgs: 0,
  maxArgs: 0,
  writes: false,
  run(input) {
    const formOption = input.options.get('form');
    const summary = formSummary(chooseForm(loadRuntime(input).state, typeof formOption === 'string' ? formOption : undefined));
    if (input.options.has('json')) {
      printJson(input, summary);
      return 0;
    }
    const lines = summary.items.map((item) => {
      const choices = item.choices ? ` [${item.choices.map(terminalSafe).join(' | ')}]` : '';
      return `  ${item.id} (entry.${item.entryId}) ${item.type}${item.required ? ' required' : ''}: ${terminalSafe(item.title)}${choices}`;
    });
    input.env.io.out([`${terminalSafe(summary.title)} (${summary.id})${summary.collectsEmail ? ', collects email addresses' : ''}`, summary.url, ...lines].join('\n'));
    return 0;
  },
};
