// The global object of one execution's sandbox: Apps Script's services and nothing Node has.
import type { ServiceContext } from './context';
import { scriptDateClass } from './script-date';
import { zonedIntl } from './zoned-intl';
import { createSpreadsheetApp } from '../services/spreadsheet';
import { createHtmlService } from '../services/html-service';
import { createPropertiesService } from '../services/properties-service';
import { createLockService } from '../services/lock-service';
import { createCacheService } from '../services/cache-service';
import { createSession } from '../services/session';
import { createUtilities } from '../services/utilities';
import { createScriptApp } from '../services/script-app';
import { createMailApp } from '../services/mail-app';
import { createFormApp } from '../services/form-app';
import { createLogger, createConsole } from '../services/logger';

/**
 * Only what Apps Script provides: no require, process, setTimeout, fetch, Buffer or module.
 * Date is replaced so that `new Date()` reads the virtual clock and local time is the script's zone
 * (virtual-date.ts); Intl reuses formatters (cached-intl.ts) and defaults to the script's zone too.
 * Each service goes through `metered` (the runtime wraps them so script time pauses inside services:
 * metered-services.ts).
 */
export function createAppsScriptGlobals(ctx: ServiceContext, metered: <T>(service: T) => T = (service) => service): Record<string, unknown> {
  const services: Record<string, unknown> = {
    SpreadsheetApp: createSpreadsheetApp(ctx),
    HtmlService: createHtmlService(ctx),
    PropertiesService: createPropertiesService(ctx),
    LockService: createLockService(ctx),
    CacheService: createCacheService(ctx),
    Session: createSession(ctx),
    Utilities: createUtilities(ctx),
    ScriptApp: createScriptApp(ctx),
    MailApp: createMailApp(ctx),
    FormApp: createFormApp(ctx),
    Logger: createLogger(ctx),
    console: createConsole(ctx),
  };
  return {
    Date: scriptDateClass(ctx),
    Intl: zonedIntl(ctx.state.user.scriptTimeZone),
    ...Object.fromEntries(Object.entries(services).map(([name, service]) => [name, metered(service)])),
  };
}
