// Logger and console: output recorded per execution in the workspace state (capped), never on the host's stdout.
import { createConsole, createLogger, LOG_CAP } from '../../../src/local/services/logger';
import { anotherExecution, newServiceContext, ZERO_LATENCY } from '../helpers/service-context';

describe('Logger', () => {
  it('records Logger.log in the state, filling %s and %d in order and showing objects as JSON', () => {
    const ctx = newServiceContext();
    const logger = createLogger(ctx);
    logger.log('plain').log('sent %s of %d (100%%)', 'three', 3).log({ cycle: 2 });
    expect(ctx.state.logs.map((entry) => entry.message)).toEqual(['plain', 'sent three of 3 (100%)', '{"cycle":2}']);
    expect(ctx.state.logs[0]).toMatchObject({ source: 'Logger', level: 'log', executionId: ctx.exec.id });
  });

  it('getLog returns this execution\'s Logger lines with a timestamp in the script\'s zone; clear empties them', () => {
    const ctx = newServiceContext({ latency: ZERO_LATENCY });
    const other = anotherExecution(ctx);
    createLogger(other).log('from another execution');
    createConsole(ctx).log('console is not part of it');
    const logger = createLogger(ctx);
    logger.log('tick');
    expect(logger.getLog()).toBe('26-11-23 09:00:00:000 EST INFO: tick\n');
    logger.clear();
    expect(logger.getLog()).toBe('');
    expect(createLogger(other).getLog()).toContain('from another execution');
  });

  it('keeps only the newest entries', () => {
    const ctx = newServiceContext();
    const logger = createLogger(ctx);
    for (let i = 0; i < LOG_CAP + 5; i += 1) logger.log(`line ${i}`);
    expect(ctx.state.logs).toHaveLength(LOG_CAP);
    expect(ctx.state.logs[0].message).toBe('line 5');
  });
});

describe('console', () => {
  it('records log, info, warn and error with their levels and Node-style formatting', () => {
    const ctx = newServiceContext();
    const output = createConsole(ctx);
    output.log('a', 1, { b: 2 });
    output.info('info %d', 7);
    output.warn('careful');
    output.error('broken');
    expect(ctx.state.logs.map(({ level, message, source }) => [source, level, message])).toEqual([
      ['console', 'log', 'a 1 { b: 2 }'],
      ['console', 'info', 'info 7'],
      ['console', 'warn', 'careful'],
      ['console', 'error', 'broken'],
    ]);
    expect(ctx.exec.calls).toEqual({ 'console.log': 1, 'console.info': 1, 'console.warn': 1, 'console.error': 1 });
  });

  it('never writes to the host\'s stdout or stderr', () => {
    const spies = [
      jest.spyOn(process.stdout, 'write'),
      jest.spyOn(process.stderr, 'write'),
      ...(['log', 'info', 'warn', 'error'] as const).map((method) => jest.spyOn(console, method)),
    ];
    try {
      const ctx = newServiceContext();
      const output = createConsole(ctx);
      output.log('quiet');
      output.info('quiet');
      output.warn('quiet');
      output.error('quiet');
      createLogger(ctx).log('quiet');
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('time and timeEnd measure virtual time', () => {
    const ctx = newServiceContext({ latency: { ...ZERO_LATENCY, 'MailApp.sendEmail': 400 } });
    const output = createConsole(ctx);
    output.time('batch');
    ctx.exec.call('MailApp.sendEmail');
    output.timeEnd('batch');
    expect(ctx.state.logs.map((entry) => entry.message)).toEqual(['batch: 400ms']);
  });
});
