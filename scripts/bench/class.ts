// The benchmarks' class: set up by the add-on, the demo profiles repeated to any size, the demo library, a check-in each.
import { appendByHeader, boundSpreadsheet } from '../../src/local/demo/by-header';
import { demoCheckIns } from '../../src/local/demo/check-ins';
import { demoResources } from '../../src/local/demo/resources';
import { demoStudents } from '../../src/local/demo/students';
import { createWorkspace } from '../../src/local/demo/workspace';
import type { LocalRuntime } from '../../src/local/runtime/runtime';

export const BENCH_NOW = Date.UTC(2026, 10, 23, 14);

/** A set-up class of `size` students on `now`'s clock (demo profiles repeated with unique ids and emails), each with a check-in, the selection on row 10. */
export function benchClass(size: number, now = BENCH_NOW): LocalRuntime {
  const { runtime } = createWorkspace({ now, demo: false });
  const run = runtime.run('setupClass');
  if (run.record.outcome !== 'ok') throw new Error(`setupClass: ${run.error}`);
  const { timeZone } = boundSpreadsheet(runtime.state);
  const profiles = demoStudents(now, timeZone);
  const students = Array.from({ length: size }, (_, i) => ({
    ...profiles[i % profiles.length],
    ID: `stu-${String(i + 1).padStart(5, '0')}`,
    Email: `student${i + 1}@students.example.edu`,
  }));
  appendByHeader(runtime.state, 'Students', students);
  appendByHeader(runtime.state, 'Resources', demoResources(now, timeZone));
  appendByHeader(runtime.state, 'Check-ins', demoCheckIns(students, now, timeZone));
  runtime.state.spreadsheets[runtime.state.activeSpreadsheetId!].active = { sheet: 'Students', row: 10, column: 1, numRows: 1, numColumns: 1 };
  return runtime;
}
