// `calls [--json]`: service calls per method over the workspace's life, and those of the last execution.
import { loadRuntime, printJson, type Command } from '../command';

function countLines(counts: Readonly<Record<string, number>>): string[] {
  return Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([method, n]) => `  ${String(n).padStart(6)}  ${method}`);
}

export const callsCommand: Command = {
  name: 'calls',
  usage: 'calls [--json]',
  summary: 'service calls per method (all time, and in the last execution)',
  options: ['json'],
  minArgs: 0,
  maxArgs: 0,
  writes: false,
  run(input) {
    const { totals, executions } = loadRuntime(input).state;
    const last = executions.at(-1);
    const lastSummary = last ? { id: last.id, entryPoint: last.entryPoint, outcome: last.outcome, calls: last.calls } : null;
    if (input.options.has('json')) {
      printJson(input, { totals, last: lastSummary });
      return 0;
    }
    const lines = ['All executions:', ...countLines(totals)];
    if (lastSummary) lines.push(`Last execution (#${lastSummary.id} ${lastSummary.entryPoint}, ${lastSummary.outcome}):`, ...countLines(lastSummary.calls));
    input.env.io.out(lines.join('\n'));
    return 0;
  },
};
