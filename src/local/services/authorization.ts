// What an execution's authorization mode lets the basic services do (editor add-on authorization lifecycle).
import type { AuthMode, ServiceContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { noPermission } from './spreadsheet/messages';

const RANK: Record<AuthMode, number> = { NONE: 0, LIMITED: 1, FULL: 2 };

/** Properties need no scope today; script.storage is the one they used to need, named in the AuthMode message [U]. */
export const PROPERTIES_SCOPE = 'https://www.googleapis.com/auth/script.storage';

/**
 * Throws Apps Script's permission message when the execution runs in a weaker mode than `minimum`.
 * Facts: the AuthMode reference's own example reads document properties only outside NONE
 * ("doesn't work in AuthMode.NONE") [C]; sending mail touches the user's data, which only FULL
 * allows (editor add-on authorization guide) [C]. So do triggers and forms: in NONE and LIMITED
 * "You do not have permission to call ScriptApp.newTrigger / ScriptApp.getProjectTriggers /
 * FormApp.create" with the script.scriptapp or forms scope, as scripts' reports quote it [P]
 * (APPS_SCRIPT_FACTS.md, "Authorization"). The message format is SpreadsheetApp's [C format].
 */
export function requireAuthMode(ctx: ServiceContext, minimum: Exclude<AuthMode, 'NONE'>, method: string, scope: string): void {
  if (RANK[ctx.authMode] < RANK[minimum]) throw appsScriptError(noPermission(method, scope));
}
