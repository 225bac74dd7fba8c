// `advance <duration>`: moves the virtual clock, firing every trigger that falls due on the way.
import { UsageError } from '../args';
import { faultOption, FAULT_OPTIONS, FAULT_USAGE, loadRuntime, noteUnusedFault, printJson, save, type Command } from '../command';
import { MAX_ADVANCE_MS, parseDuration } from '../duration';
import { executionLine } from '../format';
import { advanceClock } from '../../runtime/scheduler';

export const advanceCommand: Command = {
  name: 'advance',
  usage: `advance <duration> ${FAULT_USAGE} [--json]   (duration: 90m, 6h, 2d, 3w; at most 366d)`,
  summary: 'move the clock, fire due triggers, print each execution with its outcome',
  options: [...FAULT_OPTIONS, 'json'],
  minArgs: 1,
  maxArgs: 1,
  writes: true,
  run(input) {
    const ms = parseDuration(input.args[0]);
    if (ms === null) throw new UsageError(`Bad duration "${input.args[0]}": use a whole number and a unit, e.g. 90m, 6h, 2d or 3w.`);
    if (ms > MAX_ADVANCE_MS) throw new UsageError(`Duration "${input.args[0]}" is too long: advance at most a year (366d) at a time.`);
    const fault = faultOption(input);
    const runtime = loadRuntime(input);
    const results = advanceClock(runtime, ms, fault);
    save(input, runtime);
    noteUnusedFault(input, fault, results[0]?.record);
    const now = new Date(runtime.state.clock.now).toISOString();
    if (input.options.has('json')) {
      printJson(input, { now, executions: results.map((result) => result.record) });
      return 0;
    }
    const lines = results.map((result) => executionLine(result.record));
    input.env.io.out([...lines, `${results.length === 0 ? 'No trigger was due. ' : ''}The clock is now ${now}.`].join('\n'));
    return 0;
  },
};
