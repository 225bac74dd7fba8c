// appsscript.json's oauthScopes are enforced: a call whose scope the manifest lacks fails with Apps Script's authorization error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCOPE, SCOPES_BY_METHOD, scopesFor } from '../../../src/local/runtime/scopes';
import { createAppsScriptGlobals } from '../../../src/local/runtime/globals';
import { runtimeWithBundle } from '../helpers/bundle';
import { newServiceContext } from '../helpers/service-context';

const BUNDLE = `
function openOther() { return SpreadsheetApp.openById('sheet-1').getName(); }
function activeName() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
function send() { MailApp.sendEmail('parent@example.org', 'Hello', 'Body'); }
function trigger() { ScriptApp.newTrigger('activeName').timeBased().everyHours(1).create(); }
function form() { return FormApp.create('Survey').getTitle(); }
function who() { return Session.getActiveUser().getEmail(); }
function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>hi</p>')); }
function menu() { SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'sidebar').addToUi(); }
function store() { PropertiesService.getScriptProperties().setProperty('k', 'v'); return CacheService.getScriptCache() !== null; }
function fetchSomething() { return UrlFetchApp.fetch('https://example.org'); }
function urlFetchType() { return typeof UrlFetchApp; }
`;

const RAPPORT_MANIFEST = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };

function runtimeGranting(...oauthScopes: string[]) {
  return runtimeWithBundle(BUNDLE, { manifest: { timeZone: 'America/New_York', oauthScopes } });
}

const denied = (method: string, scopes: string) => `Exception: You do not have permission to call ${method}. Required permissions: ${scopes}`;

describe('manifest scopes', () => {
  it('refuses openById under spreadsheets.currentonly, naming the full spreadsheets scope; the bound spreadsheet stays open', () => {
    const runtime = runtimeGranting(SCOPE.currentSpreadsheet);
    expect(runtime.run('openOther').error).toBe(denied('SpreadsheetApp.openById', 'https://www.googleapis.com/auth/spreadsheets'));
    expect(runtime.run('activeName').value).toBe('My class');
  });

  it('lists the alternatives when any of several scopes would do', () => {
    const runtime = runtimeGranting(SCOPE.sendMail);
    expect(runtime.run('activeName').error).toBe(
      denied('SpreadsheetApp.getActiveSpreadsheet', '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)'),
    );
    expect(runtimeGranting(SCOPE.anySpreadsheet).run('openOther').value).toBe('My class');
  });

  it('refuses mail, triggers, forms, the user\'s address and sidebars without their scopes, and does nothing', () => {
    const runtime = runtimeGranting(SCOPE.currentSpreadsheet);
    expect(runtime.run('send').error).toBe(denied('MailApp.sendEmail', SCOPE.sendMail));
    expect(runtime.state.mail.outbox).toEqual([]);
    expect(runtime.run('trigger').error).toBe(denied('ScriptApp.newTrigger', SCOPE.triggers));
    expect(runtime.state.triggers).toEqual([]);
    expect(runtime.run('form').error).toBe(denied('FormApp.create', SCOPE.forms));
    expect(runtime.state.forms).toEqual({});
    expect(runtime.run('who').error).toBe(denied('Session.getActiveUser', SCOPE.email));
    expect(runtime.run('sidebar').error).toBe(denied('SpreadsheetApp.showSidebar', SCOPE.containerUi));
    expect(runtime.state.ui.sidebar).toBeNull();
  });

  it('needs no scope for menus, properties, caches, HtmlService output', () => {
    const runtime = runtimeGranting();
    expect(runtime.run('menu').record.outcome).toBe('ok');
    expect(runtime.state.ui.menus).toHaveLength(1);
    expect(runtime.run('store').value).toBe(true);
  });

  it('allows every call when the manifest sets no oauthScopes (Apps Script then finds them in the code)', () => {
    const runtime = runtimeWithBundle(BUNDLE, { manifest: { timeZone: 'America/New_York' } });
    expect(runtime.run('openOther').value).toBe('My class');
    expect(runtime.run('send').record.outcome).toBe('ok');
  });

  it("grants Rapport's own manifest everything the add-on uses, and not openById", () => {
    const runtime = runtimeWithBundle(BUNDLE, { manifest: RAPPORT_MANIFEST });
    for (const entryPoint of ['activeName', 'send', 'trigger', 'form', 'who', 'sidebar', 'menu', 'store']) {
      expect([entryPoint, runtime.run(entryPoint).record.outcome]).toEqual([entryPoint, 'ok']);
    }
    expect(runtime.run('openOther').error).toBe(denied('SpreadsheetApp.openById', SCOPE.anySpreadsheet));
  });

  it('has no UrlFetchApp: Rapport fetches nothing, and its manifest has no external_request scope', () => {
    const runtime = runtimeWithBundle(BUNDLE, { manifest: RAPPORT_MANIFEST });
    expect(runtime.run('urlFetchType').value).toBe('undefined');
    expect(runtime.run('fetchSomething').error).toBe('ReferenceError: UrlFetchApp is not defined');
    expect(RAPPORT_MANIFEST.oauthScopes).not.toContain('https://www.googleapis.com/auth/script.external_request');
  });

  it('maps every service the sandbox offers in one table, and refuses to guess for an unknown one', () => {
    const services = Object.keys(createAppsScriptGlobals(newServiceContext())).filter((name) => name !== 'Date' && name !== 'Intl');
    for (const service of services) expect([service, `${service}.*` in SCOPES_BY_METHOD]).toEqual([service, true]);
    expect(scopesFor('PropertiesService.getScriptProperties')).toEqual([]);
    expect(scopesFor('SpreadsheetApp.getValues')).toEqual([SCOPE.currentSpreadsheet, SCOPE.anySpreadsheet]);
    expect(() => scopesFor('UrlFetchApp.fetch')).toThrow('has no entry for UrlFetchApp.fetch');
  });
});
