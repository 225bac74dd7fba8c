// Lint proves the architecture's boundaries: each deliberately bad probe file, linted at a path inside src/, is refused by the rule meant for it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Every probe's lint messages, from one Node process running ESLint over them all. */
function lintAll(probes: { path: string; code: string }[]): string[][] {
  const output = execFileSync(process.execPath, [join(__dirname, 'lint-probes.mjs')], { input: JSON.stringify(probes), encoding: 'utf8' });
  return JSON.parse(output) as string[][];
}

const BAD: [string, string, string, RegExp][] = [
  ['core imports the server', 'src/core/probe.ts', "import { x } from '../server/main';\nexport const y = x;", /no-restricted-imports: .*core is pure/],
  ['core imports the contract', 'src/core/probe.ts', "import type { Problem } from '../shared/rpc';\nexport type P = Problem;", /no-restricted-imports: .*imports nothing from server, client or shared/],
  ['core imports the local runtime', 'src/core/probe.ts', "import { x } from '../local/runtime/runtime';\nexport const y = x;", /never bundled/],
  ['core imports fs without node:', 'src/core/probe.ts', "import { readFileSync } from 'fs';\nexport const y = readFileSync;", /no-restricted-imports: .*no Node modules/],
  ['core imports node:path', 'src/core/probe.ts', "import { join } from 'node:path';\nexport const y = join;", /no Node modules/],
  ['core names Apps Script types', 'src/core/probe.ts', 'export type S = GoogleAppsScript.Spreadsheet.Sheet;', /no-restricted-syntax: Apps Script types/],
  ['core reads process.env', 'src/core/probe.ts', 'export const tz = process.env.TZ;', /no-restricted-globals: .*reads no environment/],
  ['core reads the clock through globalThis', 'src/core/probe.ts', 'export const now = globalThis.Date.now();', /no-restricted-globals: .*no global object/],
  ['core reads the clock with new Date()', 'src/core/probe.ts', 'export const now = new Date();', /no clock/],
  ['core reads the clock with Date()', 'src/core/probe.ts', 'export const now = Date();', /no clock/],
  ['core keeps Date.now to call later', 'src/core/probe.ts', 'export const clock = Date.now;', /no clock/],
  ['core uses Math.random', 'src/core/probe.ts', 'export const id = Math.random();', /no-restricted-syntax: core is deterministic/],
  ['core uses performance', 'src/core/probe.ts', 'export const t = performance.now();', /no-restricted-globals: .*no clock/],
  ['core calls an Apps Script service', 'src/core/probe.ts', 'export const s = SpreadsheetApp.getActive();', /only in src\/server/],
  ['core touches the DOM', 'src/core/probe.ts', 'export const d = document.title;', /no DOM/],
  ['the server imports the sidebar', 'src/server/probe.ts', "import { App } from '../client/app';\nexport const y = App;", /no-restricted-imports: .*The server never imports the sidebar/],
  ['the server imports fs without node:', 'src/server/probe.ts', "import fs from 'fs';\nexport const y = fs;", /no Node modules/],
  ['the server reads process.env', 'src/server/probe.ts', 'export const k = process.env.KEY;', /no-restricted-globals: .*Apps Script has no process/],
  ['the sidebar imports the server', 'src/client/probe.ts', "import { onOpen } from '../server/main';\nexport const y = onOpen;", /only through src\/client\/rpc.ts/],
  ['the sidebar names Apps Script types', 'src/client/probe.ts', 'export type R = GoogleAppsScript.Spreadsheet.Range;', /Apps Script types/],
  ['the contract imports the server', 'src/shared/probe.ts', "import type { X } from '../server/main';\nexport type Y = X;", /contract imports types from core and nothing else/],
  ['the contract imports a package', 'src/shared/probe.ts', "import { h } from 'preact';\nexport const y = h;", /contract imports types from core and nothing else/],
  ['the contract imports a value from core', 'src/shared/probe.ts', "import { CHECK_IN_KINDS } from '../core/vocabulary';\nexport const y = CHECK_IN_KINDS;", /contract imports only types from core/],
  ['the contract re-exports a value from core', 'src/shared/probe.ts', "export { CHECK_IN_KINDS } from '../core/vocabulary';", /contract imports only types from core/],
  ['the contract names Apps Script types', 'src/shared/probe.ts', 'export type S = GoogleAppsScript.Spreadsheet.Sheet;', /Apps Script types/],
];

const GOOD: [string, string, string][] = [
    ['core with time as an argument', 'src/core/probe.ts', "import type { IsoDate } from './vocabulary';\nexport const at = (now: Date, day: IsoDate) => new Date(now.getTime()).toISOString() + day;"],
    ['the contract importing types from core', 'src/shared/probe.ts', "import type { Problem } from '../core/vocabulary';\nexport type { Result } from '../core/vocabulary';\nexport type P = Problem;"],
    ['the sidebar bundling core', 'src/client/probe.ts', "import { checkWindowDays } from '../core/dashboard';\nexport const y = checkWindowDays;"],
  ['the server using Apps Script', 'src/server/probe.ts', 'export const s = (): GoogleAppsScript.Spreadsheet.Spreadsheet => SpreadsheetApp.getActiveSpreadsheet();'],
];

describe('architecture boundaries', () => {
  const messages = lintAll([...BAD, ...GOOD].map(([, path, code]) => ({ path, code })));

  it.each(BAD.map((probe, i) => [...probe, messages[i]] as const))('lint refuses: %s', (_name, _path, _code, expected, found) => {
    expect(found.filter((m) => expected.test(m))).not.toEqual([]);
  });

  it.each(GOOD.map((probe, i) => [...probe, messages[BAD.length + i]] as const))('lint accepts %s', (_name, _path, _code, found) => {
    expect(found).toEqual([]);
  });
});
