// Script code's own running time counts toward the execution's virtual time and its 6-minute limit; time inside services does not.
import { MESSAGES } from '../../../src/local/runtime/errors';
import type { ScriptTimeOptions } from '../../../src/local/runtime/script-time';
import { runtimeWithBundle } from '../helpers/bundle';
import { ZERO_LATENCY } from '../helpers/service-context';

const SECOND = 1000;

const BUNDLE = `
function twoCalls() { PropertiesService.getScriptProperties().getProperty('a'); return 'done'; }
function heavyLoop(n) {
  SpreadsheetApp.getActiveSheet().getRange('A1').setValue('started');
  var total = 0;
  for (var i = 0; i < n; i += 1) total += Math.sqrt(i);
  return total > 0;
}
function keepsCalling() {
  for (var i = 0; i < 100; i += 1) {
    try { CacheService.getScriptCache(); } catch (e) { /* a script may catch the kill; it cannot carry on */ }
  }
  return 'carried on';
}
`;

/** A fake meter: each time the runtime reads it, another `stepMs` of real time has passed (machine speed plays no part). */
function steppingMeter(stepMs: number): ScriptTimeOptions['meter'] {
  let now = 0;
  return () => (now += stepMs);
}

function runtimeWith(scriptTime: ScriptTimeOptions) {
  return runtimeWithBundle(BUNDLE, { latency: ZERO_LATENCY, scriptTime });
}

describe('script time', () => {
  it('charges the stretches of script code between service calls, not the time inside services, scaled by the factor', () => {
    // twoCalls makes two service calls: three stretches of script code (before, between, after), two spans inside services.
    const runtime = runtimeWith({ meter: steppingMeter(10 * SECOND) });
    const before = runtime.state.clock.now;
    expect(runtime.run('twoCalls').value).toBe('done');
    expect(runtime.state.clock.now - before).toBe(30 * SECOND);

    const slower = runtimeWith({ meter: steppingMeter(10 * SECOND), factor: 2.5 });
    slower.run('twoCalls');
    expect(slower.state.clock.now - before).toBe(75 * SECOND);

    const uncounted = runtimeWith({ meter: steppingMeter(10 * SECOND), factor: 0 });
    uncounted.run('twoCalls');
    expect(uncounted.state.clock.now).toBe(before);
  });

  it("ends a loop that runs past 6 minutes with Apps Script's time-limit error and drops its buffered writes", () => {
    // Four stretches of 100 s: the last, the loop after the write, passes 6 minutes once the entry point returns.
    const runtime = runtimeWith({ meter: steppingMeter(100 * SECOND) });
    const result = runtime.run('heavyLoop', [10]);
    expect(Object.values(result.record.calls).reduce((a, b) => a + b)).toBe(3);
    expect(result.record.outcome).toBe('killed');
    expect(result.error).toBe(MESSAGES.timeLimit);
    expect(result.error).toBe('Exceeded maximum execution time');
    expect(runtime.state.spreadsheets['sheet-1'].sheets[0].cells).toEqual([]);
  });

  it('kills at the service call where the limit passes, and a catch in the script cannot carry on', () => {
    const runtime = runtimeWith({ meter: steppingMeter(50 * SECOND) });
    const result = runtime.run('keepsCalling');
    expect(result.record.outcome).toBe('killed');
    expect(result.error).toBe(MESSAGES.timeLimit);
    // Stretches of 50 s: the 8th (400 s in all) passes 6 minutes, before the 8th call is made.
    expect(result.record.calls).toEqual({ 'CacheService.getScriptCache': 7 });
  });

  it('with the real meter, a loop that burns real time moves the virtual clock forward', () => {
    const runtime = runtimeWithBundle(BUNDLE, { latency: ZERO_LATENCY });
    const before = runtime.state.clock.now;
    expect(runtime.run('heavyLoop', [20_000_000]).value).toBe(true);
    expect(runtime.state.clock.now).toBeGreaterThan(before);
  });
});
