// The local Session: who runs the execution, the script's time zone, and a temporary user key.
import { createHash } from 'node:crypto';
import type { ServiceContext } from '../runtime/context';

type Session = GoogleAppsScript.Base.Session;
type User = GoogleAppsScript.Base.User;

/** Session reference page: the temporary active-user key "rotates every 30 days". */
export const TEMPORARY_KEY_ROTATION_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Models Session for an execution run as `ctx.user`: the active and the effective user are both
 * that user (an installable trigger runs as, and is active for, its creator; the web UI runs as the
 * teacher). getScriptTimeZone is the script project's zone from `state.user.scriptTimeZone`,
 * which in general differs from the spreadsheet's (APPS_SCRIPT_FACTS.md, "Time").
 * Not modelled: getActiveUser().getEmail() returning '' across Workspace domains.
 */
export function createSession(ctx: ServiceContext): Pick<
  Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey' | 'getActiveUserLocale'
> {
  const user = () => userObject(ctx, ctx.user);
  return {
    getActiveUser() {
      ctx.exec.call('Session.getActiveUser');
      return user();
    },
    getEffectiveUser() {
      ctx.exec.call('Session.getEffectiveUser');
      return user();
    },
    getScriptTimeZone() {
      ctx.exec.call('Session.getScriptTimeZone');
      return ctx.state.user.scriptTimeZone;
    },
    /** Assumption: the local teacher's locale is English, matching the runtime's English messages. */
    getActiveUserLocale() {
      ctx.exec.call('Session.getActiveUserLocale');
      return 'en';
    },
    getTemporaryActiveUserKey() {
      ctx.exec.call('Session.getTemporaryActiveUserKey');
      return temporaryUserKey(ctx.user, ctx.state.clock.now);
    },
  };
}

/** A User (reference [C]): getEmail(), and its string form is the address, as Apps Script prints a User. */
export function userObject(ctx: ServiceContext, email: string): User {
  return {
    getEmail() {
      ctx.exec.call('Session.getEmail');
      return email;
    },
    toString: () => email,
  } as unknown as User;
}

/**
 * Models the key's documented properties: the same for one user within a 30-day period, different
 * for different users, and not revealing the email. The real format is opaque; this is base64.
 */
export function temporaryUserKey(email: string, now: number): string {
  const period = Math.floor(now / TEMPORARY_KEY_ROTATION_MS);
  return createHash('sha256').update(`${email}\n${period}`).digest('base64').slice(0, 43);
}
