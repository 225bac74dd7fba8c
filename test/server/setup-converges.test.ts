// Set-up converges: killed after any of its service calls, the next set-up leaves exactly the state a clean set-up leaves.
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { SheetState } from '../../src/local/runtime/state';
import { resolveReference, type GridRange } from '../../src/local/services/spreadsheet/a1';
import type { SetupReport } from '../../src/shared/rpc';
import { callCount, KILL_OUTCOMES } from '../helpers/kill-outcomes';
import { newRuntime, runOk } from '../helpers/runtime';
import { SPREADSHEET_ID, spreadsheetOf } from './class-fixture';

/** Where set-up starts: an empty spreadsheet, or a teacher's own narrow Students tab with rows lacking ids. */
const STARTS: { name: string; prepare: (runtime: LocalRuntime) => void }[] = [
  { name: 'a new spreadsheet', prepare: () => undefined },
  {
    name: "a teacher's own Students tab",
    prepare: (runtime) => {
      const sheets = spreadsheetOf(runtime).sheets;
      sheets[0].name = 'Students';
      sheets[0].maxColumns = 5;
      sheets[0].cells = [[{ v: 'First name' }, { v: 'Email' }], [{ v: 'Ada' }, { v: 'ada@x.org' }], [{ v: 'Grace' }, { v: 'grace@x.org' }]];
    },
  },
];

function overlap(a: GridRange, b: GridRange): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

/**
 * A sheet's number formats in an order that means something. The runtime keeps them in the order
 * they were applied, which decides a cell's format only where rectangles overlap (the later wins).
 * When none overlap, every cell's format is the same in any order, so they are sorted; otherwise
 * the applied order is kept and compared as it is.
 */
function formatsInOrder(sheet: SheetState): Record<string, string> {
  const entries = Object.entries(sheet.numberFormats);
  const ranges = entries.map(([a1]) => resolveReference(a1, sheet.maxRows, sheet.maxColumns));
  const disjoint = ranges.every((a, i) => a && ranges.every((b, j) => j <= i || (b && !overlap(a, b))));
  return disjoint ? Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b))) : sheet.numberFormats;
}

/** The workspace's spreadsheet and document properties, with generated ids numbered in order of appearance (UUIDs differ run to run). */
function workspaceOf(runtime: LocalRuntime): string {
  const spreadsheet = spreadsheetOf(runtime);
  const sheets = spreadsheet.sheets.map((sheet) => ({ ...sheet, numberFormats: formatsInOrder(sheet) }));
  const json = JSON.stringify({ spreadsheet: { ...spreadsheet, sheets }, properties: runtime.state.properties.document[SPREADSHEET_ID] });
  const ids = new Map<string, string>();
  return json.replace(/(stu|res)-[0-9a-f]{12}/g, (id, prefix: string) => {
    if (!ids.has(id)) ids.set(id, `${prefix}-#${ids.size}`);
    return ids.get(id)!;
  });
}

function started(start: (typeof STARTS)[number]): LocalRuntime {
  const runtime = newRuntime();
  start.prepare(runtime);
  return runtime;
}

describe.each(STARTS)('set-up from $name', (start) => {
  const clean = started(start);
  const cleanRun = clean.run('setupClass');
  const calls = callCount(cleanRun.record.calls);
  const expected = workspaceOf(clean);

  it('is unchanged by a second run', () => {
    runOk(clean, 'setupClass');
    expect(workspaceOf(clean)).toBe(expected);
  });

  describe.each(KILL_OUTCOMES)('killed with $name', (outcome) => {
    it(`converges after a kill at each of its ${calls} service calls`, () => {
      const diverged: number[] = [];
      for (let call = 1; call <= calls; call += 1) {
        const runtime = started(start);
        const killed = runtime.run('setupClass', [], outcome.options(call));
        expect(killed.record.outcome).toBe('killed');
        runOk<SetupReport>(runtime, 'setupClass');
        if (workspaceOf(runtime) !== expected) diverged.push(call);
      }
      expect(diverged).toEqual([]);
    });
  });
});
