// The sandbox's Intl with the script's time zone as DateTimeFormat's default, as the sandbox's Date has it.
import { SANDBOX_INTL } from './cached-intl';

const byZone = new Map<string, typeof Intl>();

/**
 * Intl whose DateTimeFormat, given no `timeZone`, formats in the script's zone instead of the
 * machine's: Apps Script runs the script's JavaScript in its time zone (APPS_SCRIPT_FACTS.md, Time)
 * [P], and `Date#toLocaleString` already does so (virtual-date.ts). One object per zone, so
 * formatters stay shared (cached-intl.ts).
 */
export function zonedIntl(timeZone: string): typeof Intl {
  let intl = byZone.get(timeZone);
  if (!intl) {
    const DateTimeFormat = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
      return SANDBOX_INTL.DateTimeFormat(locales, { ...options, timeZone: options?.timeZone ?? timeZone });
    };
    DateTimeFormat.prototype = SANDBOX_INTL.DateTimeFormat.prototype;
    DateTimeFormat.supportedLocalesOf = SANDBOX_INTL.DateTimeFormat.supportedLocalesOf;
    intl = Object.freeze({ ...SANDBOX_INTL, DateTimeFormat }) as unknown as typeof Intl;
    byZone.set(timeZone, intl);
  }
  return intl;
}
