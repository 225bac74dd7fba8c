// The performance report (npm run bench, or npm run bench -- --sizes 150,2000): each class size measured in a process of its own, printed as one markdown table with the machine it ran on.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { measureActions } from './bench/actions';
import { measureCard } from './bench/card';
import { benchClass } from './bench/class';
import { measureCycle, WORKSPACE_DAILY_QUOTA } from './bench/cycle';
import { measurePlanning } from './bench/planning';
import { measureSidebarOpen } from './bench/sidebar';
import { parseSizes } from './bench/sizes';
import { machineLine, TABLE_HEADER, tableRow, type SizeReport } from './bench/table';
import { buildAll } from './build';

/** One size, in this process: planning first, so that the process's peak memory is planning's. */
async function measureSize(students: number): Promise<SizeReport> {
  const planning = measurePlanning(students);
  const runtime = benchClass(students);
  const sidebar = await measureSidebarOpen(runtime);
  const actions = measureActions(runtime);
  const cycle = measureCycle(runtime);
  const card = measureCard(runtime);
  return { students, planning, sidebar, actions, cycle, card };
}

async function main(args: readonly string[]): Promise<void> {
  if (args[0] === '--child') {
    console.log(JSON.stringify(await measureSize(Number(args[1]))));
    return;
  }
  const sizes = parseSizes(args);
  await buildAll();
  const reports = sizes.map((size) => {
    process.stderr.write(`measuring ${size.toLocaleString('en-US')} students…\n`);
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1], '--child', String(size)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(out.trim().split('\n').pop()!) as SizeReport;
  });
  const sidebarHtml = statSync(join(__dirname, '..', 'dist', 'Sidebar.html')).size;
  console.log(`\n${machineLine()}`);
  console.log(
    `Command: npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}. Simulated time is the local runtime's latency model (src/local/runtime/latency.ts); ` +
      `the cycle runs on a Workspace account's ${WORKSPACE_DAILY_QUOTA.toLocaleString('en-US')}-recipient day; dist/Sidebar.html is ${(sidebarHtml / 1024).toFixed(1)} KB.\n`,
  );
  for (const line of [...TABLE_HEADER, ...reports.map(tableRow)]) console.log(line);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
