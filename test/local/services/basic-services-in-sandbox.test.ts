// The basic services as a bundle sees them: globals of the sandbox, fed by the runtime, with the sandbox's Date.
import { runtimeWithBundle } from '../helpers/bundle';

const BUNDLE = `
function useBasics() {
  var now = new Date();
  var stamp = Utilities.formatDate(now, Session.getScriptTimeZone(), "yyyy-MM-dd HH:mm z");
  Logger.log('ran at %s', stamp);
  console.info('info line');
  PropertiesService.getDocumentProperties().setProperty('lastRun', now.getTime());
  CacheService.getUserCache().put('stamp', stamp);
  MailApp.sendEmail('ana@school.org', 'Hi', 'Body');
  var lock = LockService.getDocumentLock();
  return {
    stamp: stamp,
    locked: lock.tryLock(0),
    remaining: MailApp.getRemainingDailyQuota(),
    user: Session.getActiveUser().getEmail(),
    uuid: Utilities.getUuid(),
  };
}
`;

describe('basic services inside an execution', () => {
  it('are the sandbox\'s globals, read the virtual clock, and record into the workspace', () => {
    const runtime = runtimeWithBundle(BUNDLE);
    const result = runtime.run('useBasics', [], { user: 'co@example.edu' });

    expect(result.record.outcome).toBe('ok');
    expect(result.value).toMatchObject({
      stamp: '2026-11-23 09:00 EST',
      locked: true,
      remaining: 99,
      user: 'co@example.edu',
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const { state } = runtime;
    expect(state.logs.map((entry) => [entry.source, entry.message])).toEqual([
      ['Logger', 'ran at 2026-11-23 09:00 EST'],
      ['console', 'info line'],
    ]);
    expect(state.properties.document['sheet-1'].lastRun).toMatch(/^\d+$/);
    expect(state.cache['user:co@example.edu'].stamp.value).toBe('2026-11-23 09:00 EST');
    expect(state.mail.outbox).toMatchObject([{ from: 'co@example.edu', to: ['ana@school.org'] }]);
    expect(runtime.locks.size).toBe(0);
    expect(result.record.calls).toMatchObject({ 'Utilities.formatDate': 1, 'MailApp.sendEmail': 1, 'LockService.tryLock': 1 });
  });
});
