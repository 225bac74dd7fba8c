// Overlapping executions: a job interleaved at a service-call boundary; waitLock waits for the holder.
import { callsOfFirstExecution, runOverlapping } from '../../../src/local/runtime/overlap';
import type { LocalRuntime } from '../../../src/local/runtime/runtime';
import { runtimeWithBundle } from '../helpers/bundle';

const BUNDLE = `
function props() { return PropertiesService.getDocumentProperties(); }
/** Read, then write: without a lock, two of these side by side can lose an update. */
function unsafeCount(name) {
  var n = Number(props().getProperty('count') || 0);
  props().setProperty('count', String(n + 1));
  props().setProperty('log', (props().getProperty('log') || '') + name);
}
/** The same under the document lock. */
function safeCount(name) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(30000);
  unsafeCount(name);
  lock.releaseLock();
}
/** Holds the lock for a long time. */
function slowHolder() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(1000);
  Utilities.sleep(60000);
  props().setProperty('slow', 'done');
}
function impatient() { LockService.getDocumentLock().waitLock(5000); return 'got it'; }
function sleeper() { Utilities.sleep(200000); return 'slept'; }
`;

const run = (entryPoint: string, arg?: string) => (runtime: LocalRuntime) => runtime.run(entryPoint, arg === undefined ? [] : [arg]);
const property = (runtime: LocalRuntime, key: string) => runtime.state.properties.document['sheet-1']?.[key];

describe('runOverlapping', () => {
  it('lets a race lose an update without a lock, at some boundary of a sweep', () => {
    const base = runtimeWithBundle(BUNDLE);
    const calls = callsOfFirstExecution(base, run('unsafeCount', 'A'));
    const counts = new Set<string | undefined>();
    for (let atCall = 1; atCall <= calls; atCall += 1) {
      const runtime = base.fork();
      runOverlapping(runtime, run('unsafeCount', 'A'), run('unsafeCount', 'B'), { atCall });
      counts.add(property(runtime, 'count'));
    }
    expect(counts).toEqual(new Set(['1', '2']));
  });

  it('under the document lock, never loses an update: the second waits for the holder and runs after its release', () => {
    const base = runtimeWithBundle(BUNDLE);
    const calls = callsOfFirstExecution(base, run('safeCount', 'A'));
    const logs = new Set<string | undefined>();
    for (let atCall = 1; atCall <= calls; atCall += 1) {
      const runtime = base.fork();
      const result = runOverlapping(runtime, run('safeCount', 'A'), run('safeCount', 'B'), { atCall });
      expect(property(runtime, 'count')).toBe('2');
      expect([result.first, result.second].map((r) => r.record.outcome)).toEqual(['ok', 'ok']);
      logs.add(property(runtime, 'log'));
    }
    expect(logs).toEqual(new Set(['BA', 'AB']));
  });

  it('fails a waitLock whose timeout passes before the holder lets go, with Apps Script\'s message', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    const result = runOverlapping(runtime, run('slowHolder'), run('impatient'), { atCall: 3 });
    expect(result.second.error).toBe('Exception: Lock timeout: another process was holding the lock for too long.');
    expect(property(runtime, 'slow')).toBe('done');
  });

  it('is deterministic for a seed, and reports where the second job started', () => {
    const once = (seed: number) => {
      // Script code's own running time is real time, different on every run: left out so that the clocks compare.
      const runtime = runtimeWithBundle(BUNDLE, { scriptTime: { factor: 0 } });
      const result = runOverlapping(runtime, run('unsafeCount', 'A'), run('unsafeCount', 'B'), { seed });
      return [result.atCall, property(runtime, 'log'), runtime.state.clock.now];
    };
    expect(once(7)).toEqual(once(7));
    expect(once(7)[0]).toBeGreaterThanOrEqual(1);
  });

  it('leaves the interleaved job\'s time out of the first execution\'s 6-minute limit', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    const result = runOverlapping(runtime, run('sleeper'), run('sleeper'), { atCall: 1 });
    expect([result.first.value, result.second.value]).toEqual(['slept', 'slept']);
  });

  it('runs the second job after the first when the first ends before the boundary', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    const result = runOverlapping(runtime, run('unsafeCount', 'A'), run('unsafeCount', 'B'), { atCall: 99 });
    expect(result.atCall).toBeNull();
    expect(property(runtime, 'log')).toBe('AB');
  });
});
