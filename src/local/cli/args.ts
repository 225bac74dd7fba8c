// Splits the command line into a command, its positional arguments and its --options.

/** Options that take a value; every other --option is a switch. */
const VALUE_OPTIONS = new Set(['state', 'fail-at', 'fail-after', 'form', 'now', 'time-zone']);

export interface ParsedArgs {
  command: string | null;
  positionals: string[];
  options: Map<string, string | true>;
}

/** A mistake in how the CLI was called, as opposed to a failure while doing the work. */
export class UsageError extends Error {}

/**
 * `--name value`, `--name=value` and `--switch`; `--` ends the options. A token such as `-5` or
 * `{"a":1}` is positional, so JSON arguments need no quoting tricks beyond the shell's.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i];
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (token === '-h') {
      options.set('help', true);
      continue;
    }
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(token);
    if (!match) {
      positionals.push(token);
      continue;
    }
    const [, name, inline] = match;
    if (!VALUE_OPTIONS.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`);
      options.set(name, true);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined) throw new UsageError(`--${name} needs a value.`);
    if (inline === undefined) i += 1;
    options.set(name, value);
  }
  const [command = null, ...rest] = positionals;
  return { command, positionals: rest, options };
}

/** A whole number ≥ `min`, or a UsageError naming the option. */
export function parseWholeNumber(text: string, what: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`${what} must be a whole number of at least ${min} (got "${text}").`);
  return Number(text);
}
