// `init [--demo [--survey]] [--force] [--now ISO]`: a fresh workspace with the add-on installed.
import { UsageError } from '../args';
import type { Command, CommandInput } from '../command';
import { createWorkspace, saveWorkspace } from '../../demo/workspace';
import { assertSavable } from '../../runtime/persistence';

const EARLIEST_START = Date.UTC(1900, 0, 1);
const LATEST_START = Date.UTC(10000, 0, 1);

function startTime(input: CommandInput): number {
  const text = input.options.get('now');
  if (typeof text !== 'string') return input.env.now();
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new UsageError(`--now must be a date and time, e.g. 2026-11-23T14:00:00Z (got "${text}").`);
  // Far from these years the clock would soon leave the range a Date can hold (advance would fail).
  if (time < EARLIEST_START || time >= LATEST_START) throw new UsageError(`--now must be in the years 1900 to 9999 (got "${text}").`);
  return time;
}

export const initCommand: Command = {
  name: 'init',
  usage: 'init [--demo [--survey]] [--force] [--now ISO-TIME]',
  summary: 'create a workspace with the add-on installed; --demo sets up a class and seeds the demo students; --survey also creates the interest survey with a few responses',
  options: ['demo', 'survey', 'force', 'now'],
  minArgs: 0,
  maxArgs: 0,
  writes: true,
  run(input) {
    if (assertSavable(input.statePath) && !input.options.has('force')) {
      throw new Error(`A workspace already exists at ${input.statePath}. Use --force to replace it.`);
    }
    if (input.options.has('survey') && !input.options.has('demo')) throw new UsageError('--survey needs --demo: the survey is answered by the demo students.');
    const { runtime, seeded } = createWorkspace({ now: startTime(input), demo: input.options.has('demo'), survey: input.options.has('survey'), runtime: input.env.runtime });
    saveWorkspace(input.statePath, runtime.state);
    const survey = input.options.has('survey') ? ' and the interest survey with 4 responses' : '';
    const demo = seeded ? ` with the demo class (${seeded.students} students, ${seeded.resources} resources, ${seeded.checkIns} check-ins)${survey}` : '';
    input.env.io.out(`Created a workspace at ${input.statePath}${demo}.`);
    return 0;
  },
};
