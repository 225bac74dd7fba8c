// docs/PRIVACY.md's claims about the built add-on: the scopes are exactly the documented ones, and dist/Code.js calls no other server, evaluates no code and builds no HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanScript, type ScriptScan } from '../helpers/script-scan';

const root = join(__dirname, '..', '..');
const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';

/** The scopes in PRIVACY.md's table: the first cell of each row under "## The permissions", in backticks. */
function documentedScopes(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith('The permissions'));
  if (!section) throw new Error('docs/PRIVACY.md has no "## The permissions" section');
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => /^\|\s*`([^`]+)`\s*\|/.exec(line)?.[1])
    .filter((scope): scope is string => scope !== undefined);
}

/** The scopes named on the README's "Scopes:" line, as short names. */
function readmeScopes(markdown: string): string[] {
  const line = markdown.split('\n').find((l) => l.startsWith('Scopes: '));
  if (!line) throw new Error('README.md has no "Scopes: " line');
  return [...line.matchAll(/`([^`]+)`/g)].map((m) => SCOPE_PREFIX + m[1]);
}

const manifestScopes = (path: string): string[] => [...JSON.parse(readFileSync(join(root, path), 'utf8')).oauthScopes].sort();

describe('the scopes', () => {
  const documented = documentedScopes(readFileSync(join(root, 'docs/PRIVACY.md'), 'utf8'));

  it('PRIVACY.md lists each scope once, with its reason', () => {
    expect(documented.length).toBeGreaterThan(0);
    expect(new Set(documented).size).toBe(documented.length);
    for (const scope of documented) expect(scope.startsWith(SCOPE_PREFIX)).toBe(true);
  });

  it('appsscript.json, as written and as built, asks for exactly the documented scopes', () => {
    expect(manifestScopes('appsscript.json')).toEqual([...documented].sort());
    expect(manifestScopes('dist/appsscript.json')).toEqual([...documented].sort());
  });

  it("the README's Scopes line names the same ones", () => {
    expect(readmeScopes(readFileSync(join(root, 'README.md'), 'utf8')).sort()).toEqual([...documented].sort());
  });

  it('the table reader sees a scope row and ignores the header and other tables', () => {
    const sample = '## The permissions\n| scope | why |\n|---|---|\n| `https://www.googleapis.com/auth/forms` | the survey |\n\n## Elsewhere\n| `https://www.googleapis.com/auth/drive` | no |\n';
    expect(documentedScopes(sample)).toEqual(['https://www.googleapis.com/auth/forms']);
  });
});

/** Apps Script services through which code could reach another server or a database, or that Rapport's scopes do not cover. */
const OUTSIDE_SERVICES = ['UrlFetchApp', 'Jdbc', 'GmailApp', 'DriveApp', 'DocumentApp', 'CalendarApp', 'ContactsApp'];
/** Ways to run code made from a string. */
const CODE_FROM_STRINGS = ['eval', 'Function'];

/** What a script does that the privacy page says it never does. */
function serverViolations(scan: ScriptScan): string[] {
  const found: string[] = [];
  for (const service of OUTSIDE_SERVICES) {
    if (scan.identifiers.has(service) || scan.properties.has(service) || scan.strings.some((s) => s.includes(service))) found.push(service);
  }
  for (const name of CODE_FROM_STRINGS) if (scan.callees.has(name)) found.push(`${name}(...)`);
  if (scan.dynamicImports > 0) found.push('import()');
  // HTML built in code could carry a remote script; the sidebar comes from its own file, checked by the browser test.
  for (const builder of ['createHtmlOutput', 'createTemplate', 'createTemplateFromFile']) if (scan.properties.has(builder)) found.push(builder);
  return found;
}

describe('dist/Code.js', () => {
  it('reaches no other server, runs no code made from strings, builds no HTML', () => {
    expect(serverViolations(scanScript(readFileSync(join(root, 'dist/Code.js'), 'utf8')))).toEqual([]);
  });

  it('writes no log lines: no Logger, no console', () => {
    const { identifiers } = scanScript(readFileSync(join(root, 'dist/Code.js'), 'utf8'));
    expect(['Logger', 'console'].filter((name) => identifiers.has(name))).toEqual([]);
  });

  it('the check finds each of those however it is written', () => {
    const probes: [string, string[]][] = [
      ['UrlFetchApp.fetch("https://x.example")', ['UrlFetchApp']],
      ['globalThis["UrlFetchApp"].fetch(u)', ['UrlFetchApp']],
      ['eval("1")', ['eval(...)']],
      ['new Function("return 1")()', ['Function(...)']],
      ['globalThis.eval("1")', ['eval(...)']],
      ['import("https://x.example/m.js")', ['import()']],
      ['HtmlService.createHtmlOutput("<script src=x></script>")', ['createHtmlOutput']],
      ['// UrlFetchApp in a comment is no call\nHtmlService.createHtmlOutputFromFile("Sidebar")', []],
    ];
    for (const [source, expected] of probes) expect({ source, found: serverViolations(scanScript(source)) }).toEqual({ source, found: expected });
  });
});
