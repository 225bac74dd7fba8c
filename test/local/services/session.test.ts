// Session: the execution's user, the script's time zone, and a temporary key that rotates every 30 days.
import { createSession, TEMPORARY_KEY_ROTATION_MS } from '../../../src/local/services/session';
import { anotherExecution, laterExecution, newServiceContext } from '../helpers/service-context';

describe('Session', () => {
  it('reports the execution\'s user as both the active and the effective user', () => {
    const session = createSession(newServiceContext({ user: 'co@example.edu' }));
    expect(session.getActiveUser().getEmail()).toBe('co@example.edu');
    expect(session.getEffectiveUser().getEmail()).toBe('co@example.edu');
  });

  it('returns the script\'s time zone, which may differ from the spreadsheet\'s', () => {
    const ctx = newServiceContext();
    ctx.state.user.scriptTimeZone = 'Europe/Paris';
    expect(createSession(ctx).getScriptTimeZone()).toBe('Europe/Paris');
    expect(ctx.state.spreadsheets['sheet-1'].timeZone).toBe('America/New_York');
  });

  it('gives a temporary key that is stable for a user, differs between users, hides the email and rotates', () => {
    const ctx = newServiceContext({ user: 'teacher@example.edu' });
    const key = createSession(ctx).getTemporaryActiveUserKey();
    expect(createSession(ctx).getTemporaryActiveUserKey()).toBe(key);
    expect(createSession(anotherExecution(ctx, 'co@example.edu')).getTemporaryActiveUserKey()).not.toBe(key);
    expect(key).not.toContain('teacher');
    expect(createSession(laterExecution(ctx, TEMPORARY_KEY_ROTATION_MS)).getTemporaryActiveUserKey()).not.toBe(key);
  });

  it('counts calls by method name', () => {
    const ctx = newServiceContext();
    createSession(ctx).getActiveUser().getEmail();
    expect(ctx.exec.calls).toMatchObject({ 'Session.getActiveUser': 1, 'Session.getEmail': 1 });
  });
});
