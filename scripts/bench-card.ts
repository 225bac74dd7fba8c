// Benchmark of the student card as Check-ins and the Sent log grow: one cycle against a school year, the first card (which rebuilds the logs' summary) and the ones after.
import type { LocalRuntime } from '../src/local/runtime/runtime';
import { LocalRange } from '../src/local/services/spreadsheet/range';
import { appendByHeader } from '../src/local/demo/by-header';
import { benchClass } from './bench-class';

/** Cycles every two weeks through a school year, three resources each, and two check-ins a student a cycle. */
const SCHOOL_YEAR_CYCLES = 18;
const PICKS = 3;
const CHECK_INS_PER_CYCLE = 2;

/** A check-in a week for every student of the bench class for `cycles` cycles. */
function checkIns(students: number, cycles: number): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (let week = 0; week < cycles * CHECK_INS_PER_CYCLE; week += 1) {
    const day = new Date(Date.UTC(2026, 0, 6 + 7 * week)).toISOString().slice(0, 10);
    for (let student = 1; student <= students; student += 1) {
      rows.push({ Date: day, 'Student ID': `stu-${String(student).padStart(5, '0')}`, Kind: 'greeting', Note: `Talked about week ${week}` });
    }
  }
  return rows;
}

/** `cycles` cycles of sends to every student of the bench class (ids stu-00001…), oldest first as the engine appends them. */
function sentLog(students: number, cycles: number): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    const day = new Date(Date.UTC(2026, 0, 5 + 14 * cycle)).toISOString().slice(0, 10);
    for (let student = 1; student <= students; student += 1) {
      for (let pick = 0; pick < PICKS; pick += 1) {
        rows.push({
          'Sent at': `${day} 14:0${pick}`,
          Cycle: `Cycle ${cycle + 1}`,
          'Student ID': `stu-${String(student).padStart(5, '0')}`,
          'Resource ID': `res-${cycle}-${pick}`,
          'Resource title': `Resource ${cycle}-${pick}`,
          URL: `https://example.org/${cycle}/${pick}`,
          Reason: 'because you said you like robotics',
          Status: 'sent',
        });
      }
    }
  }
  return rows;
}

interface CardCost {
  calls: number;
  cells: number;
  simulatedMs: number;
}

/** One getSelectedStudent: its service calls, the cells its value reads cover, its simulated time. */
function cardCost(runtime: LocalRuntime): CardCost {
  let cells = 0;
  const original = LocalRange.prototype.getValues;
  LocalRange.prototype.getValues = function (this: LocalRange) {
    cells += this.grid.numRows * this.grid.numColumns;
    return original.call(this);
  };
  try {
    const result = runtime.run('getSelectedStudent', []);
    if (result.record.outcome !== 'ok') throw new Error(`getSelectedStudent: ${result.error}`);
    const calls = Object.values(result.record.calls).reduce((n, c) => n + c, 0);
    return { calls, cells, simulatedMs: Date.parse(result.record.endedAt) - Date.parse(result.record.startedAt) };
  } finally {
    LocalRange.prototype.getValues = original;
  }
}

/** Table rows for `npm run bench`: the card for each class size, with one cycle and with a school year in both logs. */
export function cardBenchRows(sizes: readonly number[]): string[] {
  const rows: string[] = [];
  for (const students of sizes) {
    for (const cycles of [1, SCHOOL_YEAR_CYCLES]) {
      const runtime = benchClass(students);
      const log = sentLog(students, cycles);
      appendByHeader(runtime.state, 'Sent log', log);
      const checkInCount = appendByHeader(runtime.state, 'Check-ins', checkIns(students, cycles));
      const first = cardCost(runtime);
      const next = cardCost(runtime);
      const cost = (c: CardCost) => `${c.calls} | ${c.cells.toLocaleString('en-US')} | ${c.simulatedMs}`;
      rows.push(`| ${students} | ${checkInCount.toLocaleString('en-US')} | ${log.length.toLocaleString('en-US')} | ${cost(first)} | ${cost(next)} |`);
    }
  }
  return rows;
}
