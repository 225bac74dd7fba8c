// The OAuth scopes each service method the runtime offers needs, and the check of a call against the manifest's oauthScopes.
import { appsScriptError } from './errors';
import { noPermission } from '../services/spreadsheet/messages';

const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPE = {
  currentSpreadsheet: `${AUTH}spreadsheets.currentonly`,
  anySpreadsheet: `${AUTH}spreadsheets`,
  currentForm: `${AUTH}forms.currentonly`,
  forms: `${AUTH}forms`,
  sendMail: `${AUTH}script.send_mail`,
  triggers: `${AUTH}script.scriptapp`,
  containerUi: `${AUTH}script.container.ui`,
  email: `${AUTH}userinfo.email`,
} as const;

const SPREADSHEET_UI = ['showSidebar', 'showModalDialog', 'showModelessDialog', 'alert', 'prompt'].map((name) => `SpreadsheetApp.${name}`);
const SPREADSHEET_MENUS = ['getUi', 'createAddonMenu', 'createMenu', 'addItem', 'addSeparator', 'addSubMenu', 'addToUi'].map((name) => `SpreadsheetApp.${name}`);
const NO_SCOPE_SERVICES = ['Session', 'PropertiesService', 'CacheService', 'LockService', 'Utilities', 'HtmlService', 'Logger', 'console'].map((name) => `${name}.*`);

/**
 * Which scopes each service method needs, by the name the execution counts it under
 * (`Service.method`, or `Service.*` for the rest of a service): any one of the listed scopes allows
 * it; an empty list needs none. Sources: the reference pages' "Authorization" sections [C] —
 * SpreadsheetApp (spreadsheets.currentonly or spreadsheets; openById, openByUrl and create only
 * spreadsheets), FormApp (create and open: forms), MailApp (script.send_mail), ScriptApp's triggers
 * (script.scriptapp), Session.getActiveUser/getEffectiveUser (userinfo.email), Ui's sidebar and
 * dialogs (script.container.ui); Properties, Cache, Lock, Utilities, HtmlService output, Logger and
 * console need none. Menus need none, since an add-on builds its menu in AuthMode.NONE (AuthMode
 * reference) [C]; alert and prompt are taken to need script.container.ui [U]. Methods of objects a
 * service hands out (a Form's, a Range's) follow their service's line [U].
 */
const METHODS_BY_SCOPES: ReadonlyArray<[readonly string[], readonly string[]]> = [
  [[SCOPE.currentSpreadsheet, SCOPE.anySpreadsheet], ['SpreadsheetApp.*']],
  [[SCOPE.anySpreadsheet], ['SpreadsheetApp.openById', 'SpreadsheetApp.openByUrl', 'SpreadsheetApp.create']],
  [[SCOPE.containerUi], SPREADSHEET_UI],
  [[SCOPE.currentForm, SCOPE.forms], ['FormApp.*']],
  [[SCOPE.forms], ['FormApp.create', 'FormApp.openById', 'FormApp.openByUrl']],
  [[SCOPE.sendMail], ['MailApp.*']],
  [[SCOPE.triggers], ['ScriptApp.*']],
  [[SCOPE.email], ['Session.getActiveUser', 'Session.getEffectiveUser', 'Session.getEmail']],
  [[], [...SPREADSHEET_MENUS, 'ScriptApp.getScriptId', 'ScriptApp.getAuthorizationInfo', ...NO_SCOPE_SERVICES]],
];

/** The table above by method name. */
export const SCOPES_BY_METHOD: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  METHODS_BY_SCOPES.flatMap(([scopes, methods]) => methods.map((method) => [method, scopes])),
);

/** The scopes that allow a method (any one suffices); a method of a service the table does not know is a runtime defect. */
export function scopesFor(method: string): readonly string[] {
  const scopes = SCOPES_BY_METHOD[method] ?? SCOPES_BY_METHOD[`${method.slice(0, method.indexOf('.'))}.*`];
  if (!scopes) throw new Error(`The local runtime's scope table (src/local/runtime/scopes.ts) has no entry for ${method}.`);
  return scopes;
}

/**
 * Throws Apps Script's authorization error when the manifest's `oauthScopes` grant none of the
 * scopes `method` needs: `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.
 * Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly ||
 * https://www.googleapis.com/auth/spreadsheets)`, one scope without the parentheses (live output
 * quoted in public scripts' error logs and notes) [C]. `granted` null means the manifest sets no
 * `oauthScopes`: Apps Script then finds the scopes by scanning the code, so every call is allowed
 * (editor add-on scopes guide) [C]. Newer live messages append a "For more information" link [P];
 * the runtime leaves it out.
 */
export function checkScope(method: string, granted: ReadonlySet<string> | null): void {
  if (!granted) return;
  const needed = scopesFor(method);
  if (needed.length > 0 && !needed.some((scope) => granted.has(scope))) throw appsScriptError(noPermission(method, needed));
}
