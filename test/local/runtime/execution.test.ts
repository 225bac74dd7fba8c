// The execution model: virtual time, the 6-minute kill, call counts, fault injection, buffered writes.
import { ExecutionKilled, MESSAGES } from '../../../src/local/runtime/errors';
import { Execution, EXECUTION_LIMIT_MS } from '../../../src/local/runtime/execution';

function newExecution(options: { failAt?: number; latency?: Record<string, number> } = {}) {
  const clock = { now: 1_000_000 };
  const exec = new Execution(1, { entryPoint: 'test', clock, latency: options.latency ?? { '*': 10 }, failAt: options.failAt });
  return { clock, exec };
}

describe('Execution', () => {
  it('counts calls per method and charges each its latency on the virtual clock', () => {
    const { clock, exec } = newExecution({ latency: { 'SpreadsheetApp.getValues': 100, '*': 1 } });
    exec.call('SpreadsheetApp.getValues');
    exec.call('SpreadsheetApp.getValues');
    exec.call('Session.getScriptTimeZone');
    expect(exec.calls).toEqual({ 'SpreadsheetApp.getValues': 2, 'Session.getScriptTimeZone': 1 });
    expect(clock.now).toBe(1_000_000 + 201);
  });

  it('is killed with Apps Script\'s message past 6 minutes of virtual time, and stays dead', () => {
    const { exec } = newExecution({ latency: { '*': 60_000 } });
    for (let i = 0; i < 6; i += 1) exec.call('MailApp.sendEmail');
    expect(() => exec.call('MailApp.sendEmail')).toThrow(ExecutionKilled);
    expect(exec.killed).toBe(MESSAGES.timeLimit);
    expect(MESSAGES.timeLimit).toBe('Exceeded maximum execution time');
    expect(() => exec.call('Session.getActiveUser')).toThrow(MESSAGES.timeLimit);
    expect(EXECUTION_LIMIT_MS).toBe(360_000);
  });

  it('kills the Nth call when a fault is injected, and not before', () => {
    const { exec } = newExecution({ failAt: 3 });
    exec.call('a.b');
    exec.call('a.b');
    expect(() => exec.call('PropertiesService.setProperty')).toThrow(/Injected fault at service call 3 \(PropertiesService.setProperty\)/);
    expect(exec.killed).toMatch(/Injected fault/);
  });

  it('holds deferred writes until flush, in order', () => {
    const { exec } = newExecution();
    const written: number[] = [];
    exec.defer(() => written.push(1));
    exec.defer(() => written.push(2));
    expect(written).toEqual([]);
    expect(exec.pendingWrites).toBe(2);
    exec.flush();
    expect(written).toEqual([1, 2]);
    expect(exec.pendingWrites).toBe(0);
  });

  it('discards unflushed writes when killed: the worst case crash-safety must survive', () => {
    const { exec } = newExecution({ failAt: 2 });
    const written: string[] = [];
    exec.call('SpreadsheetApp.setValues');
    exec.defer(() => written.push('row'));
    expect(() => exec.call('MailApp.sendEmail')).toThrow(ExecutionKilled);
    exec.flush();
    expect(written).toEqual([]);
  });
});
