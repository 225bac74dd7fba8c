// Benchmark: what each sidebar action costs for a 150- and a 2,000-student class, in service calls, simulated Apps Script time, real time and memory.
import { appendByHeader, boundSpreadsheet } from '../src/local/demo/by-header';
import { demoCheckIns } from '../src/local/demo/check-ins';
import { demoResources } from '../src/local/demo/resources';
import { demoStudents } from '../src/local/demo/students';
import { createWorkspace } from '../src/local/demo/workspace';
import type { LocalRuntime } from '../src/local/runtime/runtime';
import { buildAll } from './build';

const NOW = Date.UTC(2026, 10, 23, 14);
const SIZES = [150, 2000];
const REPEATS = 5;

/** A set-up class of `size` students (demo profiles repeated with unique ids and emails), each with a check-in. */
function classOf(size: number): LocalRuntime {
  const { runtime } = createWorkspace({ now: NOW, demo: false });
  const run = runtime.run('setupClass');
  if (run.record.outcome !== 'ok') throw new Error(`setupClass: ${run.error}`);
  const { timeZone } = boundSpreadsheet(runtime.state);
  const profiles = demoStudents(NOW, timeZone);
  const students = Array.from({ length: size }, (_, i) => ({
    ...profiles[i % profiles.length],
    ID: `stu-${String(i + 1).padStart(5, '0')}`,
    Email: `student${i + 1}@students.example.edu`,
  }));
  appendByHeader(runtime.state, 'Students', students);
  appendByHeader(runtime.state, 'Resources', demoResources(NOW, timeZone));
  appendByHeader(runtime.state, 'Check-ins', demoCheckIns(students, NOW, timeZone));
  runtime.state.spreadsheets[runtime.state.activeSpreadsheetId!].active = { sheet: 'Students', row: 10, column: 1, numRows: 1, numColumns: 1 };
  return runtime;
}

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
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
