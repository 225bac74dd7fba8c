// Benchmark: what each sidebar action costs for a 150- and a 2,000-student class, in service calls, simulated Apps Script time, real time and memory.
import type { LocalRuntime } from '../src/local/runtime/runtime';
import { benchClass as classOf, BENCH_SIZES as SIZES } from './bench-class';
import { cardBenchRows } from './bench-card';
import { buildAll } from './build';

const REPEATS = 5;

interface Measure {
  spreadsheetCalls: number;
  serviceCalls: number;
  simulatedMs: number;
  realMs: number;
}

function measure(runtime: LocalRuntime, entryPoint: string, args: unknown[]): Measure {
  const times: number[] = [];
  let last: ReturnType<LocalRuntime['run']> | undefined;
  for (let i = 0; i < REPEATS; i += 1) {
    const started = performance.now();
    last = runtime.run(entryPoint, args);
    times.push(performance.now() - started);
    if (last.record.outcome !== 'ok') throw new Error(`${entryPoint}: ${last.error}`);
  }
  const calls = Object.entries(last!.record.calls);
  return {
    spreadsheetCalls: calls.filter(([m]) => m.startsWith('SpreadsheetApp.')).reduce((n, [, c]) => n + c, 0),
    serviceCalls: calls.reduce((n, [, c]) => n + c, 0),
    simulatedMs: Date.parse(last!.record.endedAt) - Date.parse(last!.record.startedAt),
    realMs: times.sort((a, b) => a - b)[Math.floor(REPEATS / 2)],
  };
}

async function main(): Promise<void> {
  await buildAll();
  const actions: [string, unknown[]][] = [
    ['getSidebarState', []],
    ['getSelectedStudent', []],
    ['logCheckIn', [{ studentId: 'stu-00010', kind: 'greeting', note: 'Asked about the robotics club' }]],
    ['addResource', [{ title: 'Bench resource', url: 'https://www.example.org/bench', type: 'article', tags: 'robotics', level: 'intro', description: '' }]],
  ];
  const rows: string[] = [];
  for (const size of SIZES) {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const runtime = classOf(size);
    for (const [entryPoint, args] of actions) {
      const m = measure(runtime, entryPoint, args);
      rows.push(`| ${size} | ${entryPoint} | ${m.spreadsheetCalls} | ${m.serviceCalls} | ${m.simulatedMs} | ${m.realMs.toFixed(1)} |`);
    }
    global.gc?.();
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    rows.push(`| ${size} | (workspace + runs, heap growth) | | | | ${heapMb.toFixed(1)} MB |`);
  }
  console.log(`Median of ${REPEATS} runs each; simulated time is the local runtime's latency model (src/local/runtime/latency.ts).`);
  console.log('| students | action | SpreadsheetApp calls | all service calls | simulated Apps Script ms | real ms (median) |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log('\nThe student card (getSelectedStudent) as the logs grow: the first card after a change to a log rebuilds their summary; the next ones read the summary.');
  console.log('| students | Check-ins rows (added) | Sent log rows | first: service calls | first: cells read | first: simulated ms | next: service calls | next: cells read | next: simulated ms |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const row of cardBenchRows(SIZES)) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
