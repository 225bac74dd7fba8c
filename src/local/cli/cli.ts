// The CLI's dispatcher: parses the command line, runs one command, turns every failure into one line on stderr.
import { parseArgs, UsageError } from './args';
import type { CliEnvironment } from './command';
import { COMMANDS } from './commands';
import { DEFAULT_STATE_PATH } from '../demo/workspace';
import { withWorkspaceLock } from '../demo/workspace-lock';

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Rapport local CLI: drives the built add-on (dist/) on a local workspace file.',
    '',
    'Usage: npm run --silent cli -- <command> [arguments] [--state PATH]',
    `  --state PATH   the workspace file (default ${DEFAULT_STATE_PATH})`,
    '  --help         this list',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}    ${c.usage}`),
  ].join('\n');
}

/**
 * Runs one command and returns the exit code: 0 on success, 1 when the work failed, 2 for a
 * mistake in the command line. Errors are one line on stderr; nothing is saved after an error.
 */
export function runCli(argv: readonly string[], env: CliEnvironment): number {
  try {
    const { command: name, positionals, options } = parseArgs(argv);
    if (options.has('help') || name === 'help') {
      env.io.out(helpText());
      return 0;
    }
    if (!name) throw new UsageError('No command given. Run with --help to list the commands.');
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`Unknown command "${name}". Run with --help to list the commands.`);
    for (const option of options.keys()) {
      if (option !== 'state' && !command.options.includes(option)) throw new UsageError(`${name} has no --${option} option. Usage: ${command.usage}`);
    }
    if (positionals.length < command.minArgs || positionals.length > command.maxArgs) throw new UsageError(`Usage: ${command.usage}`);
    const state = options.get('state');
    const statePath = typeof state === 'string' ? state : DEFAULT_STATE_PATH;
    const run = () => command.run({ args: positionals, options, statePath, env });
    return command.writes ? withWorkspaceLock(statePath, { holder: `cli ${name}` }, run) : run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    env.io.err(`error: ${message.replace(/\s*\n\s*/g, ' ')}`);
    return error instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE;
  }
}
