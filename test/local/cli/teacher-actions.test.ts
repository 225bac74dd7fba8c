// `init --time-zone`, `edit` and `open`: what the teacher does in Sheets itself, driven from the CLI.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/local/cli/cli';
import { loadState } from '../../../src/local/runtime/persistence';
import { TEST_NOW } from '../../helpers/runtime';
import { cliOk, demoWorkspace, editState, tempStatePath } from './harness';

/** The CLI over a throwaway bundle (Code.js written to a new folder), for an add-on with an onEdit. */
function cliWithBundle(source: string, statePath: string, ...args: string[]): { code: number; out: string } {
  const bundleDir = mkdtempSync(join(tmpdir(), 'rapport-bundle-'));
  writeFileSync(join(bundleDir, 'Code.js'), source);
  const out: string[] = [];
  const code = runCli([...args, '--state', statePath], { io: { out: (t) => out.push(t), err: (t) => out.push(t) }, now: () => TEST_NOW, runtime: { bundleDir } });
  return { code, out: out.join('\n') };
}

describe('init --time-zone', () => {
  test("sets the spreadsheet's and the script's zone before the add-on is installed, in Intl's spelling", () => {
    const path = tempStatePath();
    cliOk(path, 'init', '--time-zone', 'europe/paris');
    const state = loadState(path);
    expect(state.user.scriptTimeZone).toBe('Europe/Paris');
    expect(state.spreadsheets[state.activeSpreadsheetId!].timeZone).toBe('Europe/Paris');
  });

  test('the demo class is seeded in that zone: the add-on reports it', () => {
    const path = tempStatePath();
    cliOk(path, 'init', '--demo', '--time-zone', 'Asia/Tokyo');
    expect(JSON.parse(cliOk(path, 'call', 'getSendingState'))).toMatchObject({ timeZone: 'Asia/Tokyo' });
  });
});

describe('edit', () => {
  test('types into a cell as the teacher: the text is parsed as typed input', () => {
    const path = demoWorkspace();
    expect(cliOk(path, 'edit', 'Students', 'z1', '00123')).toBe('Typed into Students!Z1.');
    expect(cliOk(path, 'edit', 'Students', 'Z2', "'00123")).toBe('Typed into Students!Z2.');
    const { values } = JSON.parse(cliOk(path, 'sheet', 'Students', '--json')) as { values: unknown[][] };
    expect([values[0][25], values[1][25]]).toEqual([123, '00123']);
  });

  test("runs the add-on's onEdit with the edit event and prints the execution", () => {
    const path = tempStatePath();
    const bundle = 'function onInstall(e) {}\nfunction onEdit(e) { Logger.log(e.range.getA1Notation() + "=" + e.value + " was " + e.oldValue + " by " + e.user.getEmail()); }';
    expect(cliWithBundle(bundle, path, 'init').code).toBe(0);
    cliWithBundle(bundle, path, 'edit', 'Sheet1', 'B3', 'first');
    const run = cliWithBundle(bundle, path, 'edit', 'Sheet1', 'B3', '1,234.5');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Typed into Sheet1!B3\.\n#\d+ \S+ simple:onEdit: ok \(\d+ service calls\)$/);
    expect(loadState(path).logs.at(-1)?.message).toBe('B3=1234.5 was first by teacher@example.edu');
  });
});

describe('open', () => {
  test("opens the spreadsheet as the teacher: the add-on's onOpen builds the menu, as npm start does", () => {
    const path = demoWorkspace();
    editState(path, (state) => {
      state.ui.menus = [];
    });
    expect(cliOk(path, 'open')).toMatch(/^Opened the spreadsheet\.\n#\d+ \S+ simple:onOpen: ok \(\d+ service calls?\)$/);
    expect(loadState(path).ui.menus.length).toBeGreaterThan(0);
  });

  test('then fires installable open triggers as their owners', () => {
    const path = demoWorkspace();
    editState(path, (state) => {
      state.triggers.push({ uid: 'open-1', handler: 'getSidebarState', owner: 'coteacher@example.edu', sourceId: state.activeSpreadsheetId!, eventType: 'ON_OPEN' });
    });
    const lines = cliOk(path, 'open').split('\n');
    expect(lines.slice(1).map((line) => line.replace(/^#\d+ \S+ /, '').replace(/ \(.*$/, ''))).toEqual(['simple:onOpen: ok', 'trigger:getSidebarState: ok']);
  });
});
