// Benchmark: real time of `advance <duration>` (default 36w) through the CLI on the 150-student demo class with the hourly schedule trigger.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/local/cli/cli';
import { buildAll } from './build';

/** The add-on's own schedule: saving it installs the hourly tick (src/server/sending/tick-trigger.ts). */
const WEEKLY_SCHEDULE = { everyWeeks: 1, weekday: 'Monday', hour: 10 };

function cli(statePath: string, ...args: string[]): string {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli([...args, '--state', statePath], { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, now: () => Date.UTC(2026, 10, 23, 14) });
  if (code !== 0) throw new Error(`cli ${args.join(' ')} exited ${code}: ${err.join('\n')}`);
  return out.join('\n');
}

async function main(): Promise<void> {
  const duration = process.argv[2] ?? '36w';
  await buildAll();
  const statePath = join(mkdtempSync(join(tmpdir(), 'rapport-bench-year-')), 'workspace.json');
  cli(statePath, 'init', '--demo');
  cli(statePath, 'call', 'saveSchedule', JSON.stringify(WEEKLY_SCHEDULE));
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const json = JSON.parse(cli(statePath, 'advance', duration, '--json')) as { executions: { outcome: string }[] };
  const seconds = (performance.now() - started) / 1000;
  // CPU time as well as real time: on a shared machine real time mostly measures the neighbours.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const outcomes: Record<string, number> = {};
  for (const { outcome } of json.executions) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  console.log(`advance ${duration} on the demo class with the hourly tick: ${seconds.toFixed(1)} s real time (${cpuSeconds.toFixed(1)} s CPU), ${json.executions.length} executions ${JSON.stringify(outcomes)}, state file ${(statSync(statePath).size / 1024).toFixed(0)} KB.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
