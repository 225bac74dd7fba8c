// `init [--demo [--survey]] [--force] [--now ISO] [--time-zone ZONE]`: a fresh workspace with the add-on installed.
import { UsageError } from '../args';
import type { Command, CommandInput } from '../command';
import { createWorkspace, saveWorkspace } from '../../demo/workspace';
import { assertSavable } from '../../runtime/persistence';
import { isKnownTimeZone } from '../../services/calendar-dates';

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

/**
 * `--time-zone ZONE`: an IANA name the platform's Intl knows, as Apps Script's project settings and
 * setSpreadsheetTimeZone take [C]; stored in Intl's own spelling ('europe/paris' → 'Europe/Paris').
 */
function timeZoneOption(input: CommandInput): string | undefined {
  const zone = input.options.get('time-zone');
  if (typeof zone !== 'string') return undefined;
  if (!isKnownTimeZone(zone)) throw new UsageError(`Unknown time zone "${zone}": give an IANA name such as America/New_York or Europe/Paris.`);
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

export const initCommand: Command = {
  name: 'init',
  usage: 'init [--demo [--survey]] [--force] [--now ISO-TIME] [--time-zone ZONE]',
  summary: "create a workspace with the add-on installed; --demo sets up a class and seeds the demo students; --survey also creates the interest survey with a few responses; --time-zone sets the spreadsheet's and the script's zone (default America/New_York)",
  options: ['demo', 'survey', 'force', 'now', 'time-zone'],
  minArgs: 0,
  maxArgs: 0,
  writes: true,
  run(input) {
    if (assertSavable(input.statePath) && !input.options.has('force')) {
      throw new Error(`A workspace already exists at ${input.statePath}. Use --force to replace it.`);
    }
    if (input.options.has('survey') && !input.options.has('demo')) throw new UsageError('--survey needs --demo: the survey is answered by the demo students.');
    const timeZone = timeZoneOption(input);
    const { runtime, seeded } = createWorkspace({ now: startTime(input), demo: input.options.has('demo'), survey: input.options.has('survey'), timeZone, runtime: input.env.runtime });
    saveWorkspace(input.statePath, runtime.state);
    const survey = input.options.has('survey') ? ' and the interest survey with 4 responses' : '';
    const demo = seeded ? ` with the demo class (${seeded.students} students, ${seeded.resources} resources, ${seeded.checkIns} check-ins)${survey}` : '';
    input.env.io.out(`Created a workspace at ${input.statePath}${demo}.`);
    return 0;
  },
};
