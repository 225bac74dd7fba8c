// Guards for what made a year of hourly ticks slow, counted rather than timed: Intl formatters built, watchdog threads started.
import vm from 'node:vm';
import { SANDBOX_INTL } from '../../../src/local/runtime/cached-intl';
import { runOk } from '../../helpers/runtime';
import { runtimeWithBundle } from '../helpers/bundle';

const BUNDLE = `
function tick() {
  var now = new Date();
  var parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', hour: 'numeric', hourCycle: 'h23' }).formatToParts(now);
  return [Utilities.formatDate(now, 'America/New_York', 'yyyy-MM-dd HH:mm z'), Utilities.formatDate(now, 'GMT+2', 'HH:mm'), parts[0].value];
}`;

afterEach(() => jest.restoreAllMocks());

describe('executions after the first', () => {
  it('build no Intl formatter: the sandbox shares them, formatDate keeps zones and zone names', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    const built = jest.spyOn(Intl, 'DateTimeFormat');
    const first = runOk<string[]>(runtime, 'tick');
    const afterFirst = built.mock.calls.length;
    expect(first).toEqual(['2026-11-23 09:00 EST', '16:00', '15']);
    for (let i = 0; i < 20; i += 1) runOk(runtime, 'tick');
    expect(built.mock.calls.length).toBe(afterFirst);
  });

  it("run the bundle's top-level code without a watchdog thread: only the first evaluation has the real-time guard", () => {
    const runtime = runtimeWithBundle(BUNDLE);
    const evaluations = jest.spyOn(vm.Script.prototype, 'runInContext');
    for (let i = 0; i < 3; i += 1) runOk(runtime, 'tick');
    expect(evaluations.mock.calls.map(([, options]) => (options as vm.RunningScriptOptions | undefined)?.timeout)).toEqual([60_000, undefined, undefined]);
    const fork = runtime.fork();
    runOk(fork, 'tick');
    expect(evaluations.mock.calls.at(-1)?.[1]).toEqual({});
  });
});

describe('a shared formatter', () => {
  const host = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', dateStyle: 'full', timeStyle: 'long' });
  const instant = Date.UTC(2027, 2, 14, 1, 2, 3);

  it("remembers formatToParts per instant, handing out fresh parts equal to Intl's own", () => {
    const shared = new SANDBOX_INTL.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', dateStyle: 'full', timeStyle: 'long' });
    const parts = shared.formatToParts(instant);
    expect(parts).toEqual(host.formatToParts(instant));
    parts[0].value = 'edited';
    parts.pop();
    expect(shared.formatToParts(new Date(instant))).toEqual(host.formatToParts(instant));
  });

  it('passes anything but a valid instant to Intl as it is', () => {
    const shared = new SANDBOX_INTL.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', dateStyle: 'full', timeStyle: 'long' });
    expect(() => shared.formatToParts(new Date(NaN))).toThrow(RangeError);
    expect(shared.formatToParts('2027' as unknown as number)).toEqual(host.formatToParts(2027));
  });
});
