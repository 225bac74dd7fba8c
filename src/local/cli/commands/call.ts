// `call <entryPoint> [json args...]` and `call --list`: run the add-on as the teacher would.
import { UsageError } from '../args';
import { faultOption, FAULT_OPTIONS, FAULT_USAGE, loadRuntime, noteUnusedFault, printJson, save, type Command, type CommandInput } from '../command';
import { LocalRuntime } from '../../runtime/runtime';
import { emptyWorkspace } from '../../runtime/state';

function parseJsonArgs(texts: readonly string[]): unknown[] {
  return texts.map((text, index) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new UsageError(`Argument ${index + 1} is not valid JSON: ${text} (strings need quotes, e.g. '"Period 1"').`);
    }
  });
}

function listEntryPoints(input: CommandInput): number {
  // The list comes from the bundle alone, so it needs no workspace file.
  const runtime = new LocalRuntime(emptyWorkspace(0), input.env.runtime);
  input.env.io.out(runtime.entryPoints().join('\n'));
  return 0;
}

export const callCommand: Command = {
  name: 'call',
  usage: `call <entryPoint> [json args...] ${FAULT_USAGE} | call --list`,
  summary: 'run an entry point of the built add-on as the teacher and print its JSON result',
  options: ['list', ...FAULT_OPTIONS],
  minArgs: 0,
  maxArgs: Infinity,
  writes: true,
  run(input) {
    if (input.options.has('list')) return listEntryPoints(input);
    const [entryPoint, ...rest] = input.args;
    if (!entryPoint) throw new UsageError('Name the entry point to call, e.g. call getSidebarState (call --list shows them).');
    const args = parseJsonArgs(rest);
    const fault = faultOption(input);
    const runtime = loadRuntime(input);
    const result = runtime.run(entryPoint, args, fault);
    // The execution happened whatever its outcome (its writes, clock and log stand), so it is saved.
    save(input, runtime);
    noteUnusedFault(input, fault, result.record);
    if (result.record.outcome !== 'ok') {
      input.env.io.err(`${entryPoint} ended ${result.record.outcome}: ${result.error}`);
      return 1;
    }
    printJson(input, result.value);
    return 0;
  },
};
