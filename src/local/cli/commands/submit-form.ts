// `submit-form [--form ID] <json>`: a student's survey response, which fires the form-submit trigger.
import { UsageError } from '../args';
import { faultOption, FAULT_OPTIONS, FAULT_USAGE, loadRuntime, noteUnusedFault, save, type Command } from '../command';
import { executionLine } from '../format';
import { chooseForm, studentResponse } from '../forms';
import { submitFormResponse } from '../../runtime/scheduler';

export const submitFormCommand: Command = {
  name: 'submit-form',
  usage: `submit-form [--form ID] ${FAULT_USAGE} '{"email": "...", "<question title>": "answer", ...}'`,
  summary: 'submit a response as a student (to the newest form unless --form names one)',
  options: ['form', ...FAULT_OPTIONS],
  minArgs: 1,
  maxArgs: 1,
  writes: true,
  run(input) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.args[0]);
    } catch {
      throw new UsageError(`The response is not valid JSON: ${input.args[0]}`);
    }
    const runtime = loadRuntime(input);
    const formOption = input.options.get('form');
    const form = chooseForm(runtime.state, typeof formOption === 'string' ? formOption : undefined);
    const fault = faultOption(input);
    const results = submitFormResponse(runtime, form.id, studentResponse(parsed), fault);
    save(input, runtime);
    noteUnusedFault(input, fault, results[0]?.record);
    const lines = results.map((result) => executionLine(result.record));
    input.env.io.out([`Submitted a response to "${form.title}".`, ...lines].join('\n'));
    return 0;
  },
};
