// Bad input: one clear line on stderr, a non-zero exit, and a state file left exactly as it was.
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { surveyForm } from './fixtures';
import { bytes, cli, demoWorkspace, editState, tempStatePath } from './harness';

/** Runs a command that must fail, and checks the message and that the file did not change by a byte. */
function expectRefused(path: string, args: string[], code: number, message: RegExp): void {
  const before = bytes(path);
  const run = cli(path, ...args);
  expect(run.code).toBe(code);
  expect(run.err).toMatch(message);
  expect(run.err.split('\n')).toHaveLength(1);
  expect(run.out).toBe('');
  expect(bytes(path).equals(before)).toBe(true);
}

describe('bad input', () => {
  const path = demoWorkspace();

  test('a wrong command', () => {
    expectRefused(path, ['frobnicate'], 2, /^error: Unknown command "frobnicate"\. Run with --help to list the commands\.$/);
  });

  test('no command at all', () => {
    expectRefused(path, [], 2, /^error: No command given/);
  });

  test('an option the command does not take, and a wrong number of arguments', () => {
    expectRefused(path, ['sheet', 'Students', '--demo'], 2, /^error: sheet has no --demo option\. Usage: sheet <tab> \[--json\]$/);
    expectRefused(path, ['select', 'Students'], 2, /^error: Usage: select <tab> <row>$/);
  });

  test('an unknown entry point', () => {
    expectRefused(path, ['call', 'deleteEverything'], 1, /^error: Unknown entry point "deleteEverything"\. The add-on has: .*onOpen/);
  });

  test('bad JSON arguments', () => {
    expectRefused(path, ['call', 'onOpen', '{authMode: FULL}'], 2, /^error: Argument 1 is not valid JSON: \{authMode: FULL\}/);
    expectRefused(path, ['submit-form', '{"email":'], 2, /^error: The response is not valid JSON/);
  });

  test('a bad duration', () => {
    for (const duration of ['tomorrow', '0h', '2y', '-3d']) {
      expectRefused(path, ['advance', duration], 2, new RegExp(`^error: Bad duration "${duration}": use a whole number and a unit, e.g. 90m, 6h, 2d or 3w\\.$`));
    }
  });

  test('the usage of advance states its limit', () => {
    expectRefused(path, ['advance'], 2, /^error: Usage: advance <duration> .*\(duration: 90m, 6h, 2d, 3w; at most 366d\)$/);
  });

  test('a duration too long for one move of the clock', () => {
    for (const duration of ['367d', '53w', '100000w', '99999999999999999999w']) {
      expectRefused(path, ['advance', duration], 2, new RegExp(`^error: Duration "${duration}" is too long: advance at most a year \\(366d\\) at a time\\.$`));
    }
  });

  test('a bad --fail-at', () => {
    expectRefused(path, ['call', 'onOpen', '--fail-at', '0'], 2, /^error: --fail-at must be a whole number of at least 1/);
  });

  test('an unknown tab names the tabs that exist', () => {
    expectRefused(path, ['sheet', 'Studnets'], 1, /^error: No tab named "Studnets"\. The tabs are: .*"Students".*\.$/);
    expectRefused(path, ['select', 'Nope', '3'], 1, /^error: No tab named "Nope"/);
    const csv = join(dirname(path), 'one.csv');
    writeFileSync(csv, 'ID\nstu-100\n');
    expectRefused(path, ['import', 'Nope', csv], 1, /^error: No tab named "Nope"/);
  });

  test('a bad time zone is refused by name, for a new workspace and when replacing one', () => {
    for (const zone of ['Mars/Olympus_Mons', 'New York', '+05:00', '']) {
      const fresh = tempStatePath();
      const run = cli(fresh, 'init', '--demo', '--time-zone', zone);
      expect([run.code, run.err]).toEqual([2, `error: Unknown time zone "${zone}": give an IANA name such as America/New_York or Europe/Paris.`]);
      expect(existsSync(fresh)).toBe(false);
      expectRefused(path, ['init', '--force', '--time-zone', zone], 2, /^error: Unknown time zone ".*": give an IANA name/);
    }
  });

  test('edit: a tab that does not exist, a cell that is not one cell in A1 notation, a cell outside the tab', () => {
    expectRefused(path, ['edit', 'Studnets', 'B2', 'x'], 1, /^error: No tab named "Studnets"\. The tabs are: .*"Students".*\.$/);
    for (const a1 of ['B0', '2B', 'A1:B2', 'hello', 'Students!B2', '', 'ABCD1']) {
      expectRefused(path, ['edit', 'Students', a1, 'x'], 2, new RegExp(`^error: "${a1.replace(/[!:]/g, '\\$&')}" is not one cell in A1 notation: give a column and a row, e.g\\. B2\\.$`));
    }
    expectRefused(path, ['edit', 'Students', 'A5000', 'x'], 1, /^error: Cell A5000 is outside the Students tab, which has columns A to [A-Z]+ and rows 1 to \d+\.$/);
    expectRefused(path, ['edit', 'Students', 'ZZ2', 'x'], 1, /^error: Cell ZZ2 is outside the Students tab/);
  });

  test('a form id that does not exist, for form and submit-form', () => {
    const withForm = demoWorkspace();
    editState(withForm, (state) => {
      state.forms['form-1'] = surveyForm();
    });
    expectRefused(withForm, ['form', '--form', 'form-9'], 1, /^error: No form with id "form-9"\. The forms are: form-1\.$/);
    expectRefused(withForm, ['form', '--json', '--form', 'form-9'], 1, /^error: No form with id "form-9"/);
    expectRefused(withForm, ['submit-form', '--form', 'form-9', '{"email": "s@example.edu"}'], 1, /^error: No form with id "form-9"\. The forms are: form-1\.$/);
    expectRefused(path, ['submit-form', '--form', 'form-1', '{"email": "s@example.edu"}'], 1, /^error: No form with id "form-1"\. The forms are: \(none\)\.$/);
  });

  test('a row outside the tab', () => {
    expectRefused(path, ['select', 'Students', '0'], 2, /^error: The row must be a whole number of at least 1/);
    expectRefused(path, ['select', 'Students', '5000'], 1, /^error: Row 5000 is outside the Students tab, which has rows 1 to \d+\.$/);
  });

  test('a bad quota', () => {
    expectRefused(path, ['quota', 'lots'], 2, /^error: The quota must be a whole number of at least 0/);
  });

  test('a missing state file', () => {
    const missing = tempStatePath();
    const run = cli(missing, 'sheet', 'Students');
    expect(run.code).toBe(1);
    expect(run.err).toBe(`error: No workspace at ${missing}. Create one with: npm run --silent cli -- init --demo`);
  });

  test.each([
    ['not JSON', '{"version": 1, "clock": '],
    ['JSON but not a workspace', '{"hello": "world"}'],
    ['empty', ''],
  ])('a corrupt state file (%s) is reported and left byte-for-byte as it was', (_kind, content) => {
    const corrupt = tempStatePath();
    writeFileSync(corrupt, content);
    for (const args of [['sheet', 'Students'], ['call', 'onOpen'], ['advance', '1h'], ['quota', '5'], ['select', 'Students', '2']]) {
      expectRefused(corrupt, args, 1, new RegExp(`^error: The state file ${corrupt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not (valid JSON|a Rapport workspace)`));
    }
  });

  test('a state file from another version is named as such and left as it was', () => {
    const other = demoWorkspace();
    editState(other, (state) => {
      (state as { version: number }).version = 2;
    });
    for (const args of [['sheet', 'Students'], ['quota', '5']]) {
      expectRefused(other, args, 1, /^error: The state file .* is a version 2 workspace; this Rapport reads version 1\. Move it away, or replace it with: npm run --silent cli -- init --demo --force$/);
    }
  });

  test('a damaged workspace names its damaged parts instead of failing with a TypeError', () => {
    const damaged = tempStatePath();
    writeFileSync(damaged, '{"version": 1, "clock": {}, "spreadsheets": {}}');
    for (const args of [['outbox'], ['calls'], ['call', 'getSidebarState'], ['advance', '1h'], ['quota', '3']]) {
      expectRefused(damaged, args, 1, /^error: The state file .* is damaged: clock\.now, user, .*mail.* missing or of the wrong kind\./);
    }
  });

  test('a folder given as the state file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
    for (const args of [['sheet', 'Students'], ['init'], ['init', '--force']]) {
      const run = cli(folder, ...args);
      expect([run.code, run.err]).toEqual([1, `error: The state file ${folder} is a folder, not a file: name a file such as ${folder}/workspace.json.`]);
    }
  });

  test('a read-only state file is not replaced by a command that would save', () => {
    const readOnly = demoWorkspace();
    chmodSync(readOnly, 0o444);
    for (const args of [['quota', '5'], ['select', 'Students', '3'], ['call', 'getSidebarState'], ['init', '--force']]) {
      expectRefused(readOnly, args, 1, /^error: The state file .* is read-only, so nothing was saved\. Make it writable \(chmod u\+w\) or use another file\.$/);
    }
    expect(cli(readOnly, 'sheet', 'Students').code).toBe(0);
  });
});
