// A sidebar write killed after any call and retried with the same request id is saved exactly once, and the retry is told it was saved.
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { Result } from '../../src/shared/rpc';
import { callCount, KILL_OUTCOMES } from '../helpers/kill-outcomes';
import { runOk } from '../helpers/runtime';
import { addStudents, recordsOf, setUpClass } from './class-fixture';

const CHECK_IN = { studentId: 'stu-000002', kind: 'greeting', note: '- asked about hiking club', requestId: 'c7a1f0e2-5b8d-4c3e-9f6a-2d1b0e9c8a77' };
const RESOURCE = { title: 'Trail maps', url: 'https://maps.example.org/trails', type: 'tool', tags: 'hiking', level: 'intro', description: '', requestId: 'r-0001' };

const WRITES = [
  { entryPoint: 'logCheckIn', args: [CHECK_IN], tab: 'Check-ins' },
  { entryPoint: 'addResource', args: [RESOURCE], tab: 'Resources' },
];

function classOfThree(): LocalRuntime {
  const runtime = setUpClass();
  addStudents(runtime, 3);
  return runtime;
}

describe.each(WRITES)('$entryPoint with a request id', ({ entryPoint, args, tab }) => {
  it('answers a repeat of a saved request as saved, writing nothing more', () => {
    const runtime = classOfThree();
    const first = runOk<Result<unknown>>(runtime, entryPoint, ...args);
    const again = runOk<Result<unknown>>(runtime, entryPoint, ...args);
    expect(again).toEqual(first);
    expect(recordsOf(runtime, tab)).toHaveLength(1);
    expect(recordsOf(runtime, tab)[0]['Request ID']).toBe((args[0] as { requestId: string }).requestId);
  });

  describe.each(KILL_OUTCOMES)('killed with $name', (outcome) => {
    it('is saved exactly once whatever call the first try was killed at', () => {
      const calls = callCount(classOfThree().run(entryPoint, args).record.calls);
      const counts: number[] = [];
      for (let call = 1; call <= calls; call += 1) {
        const runtime = classOfThree();
        expect(runtime.run(entryPoint, args, outcome.options(call)).record.outcome).toBe('killed');
        expect(runOk<Result<unknown>>(runtime, entryPoint, ...args).ok).toBe(true);
        counts.push(recordsOf(runtime, tab).length);
      }
      expect(counts).toEqual(Array<number>(calls).fill(1));
    });
  });
});

it('refuses a request id of the wrong shape, writing nothing', () => {
  const runtime = classOfThree();
  const result = runOk<Result<unknown>>(runtime, 'logCheckIn', { ...CHECK_IN, requestId: '=cmd|x' });
  expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ column: 'Request ID' })] });
  expect(recordsOf(runtime, 'Check-ins')).toHaveLength(0);
});
