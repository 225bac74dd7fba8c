// Set-up converges: killed after any of its service calls, the next set-up leaves exactly the state a clean set-up leaves.
import type { LocalRuntime } from '../../src/local/runtime/runtime';
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

/** The workspace's spreadsheet and document properties, with generated ids numbered in order of appearance (UUIDs differ run to run). */
function workspaceOf(runtime: LocalRuntime): string {
  const json = JSON.stringify({ spreadsheet: spreadsheetOf(runtime), properties: runtime.state.properties.document[SPREADSHEET_ID] });
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
    // Known defect, open in issue 8: when a kill keeps the buffered writes of a set-up that adopted a
    // teacher's own Students tab, the next set-up formats that tab's original columns (First name,
    // Email) as plain text, which a clean set-up does not, so the states differ. `it.failing` keeps
    // the sweep running and turns red the day the two agree, so the marker cannot outlive the fix.
    const knownDivergence = start.name === "a teacher's own Students tab" && outcome.name.endsWith('buffered writes kept');
    (knownDivergence ? it.failing : it)(`converges after a kill at each of its ${calls} service calls`, () => {
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
