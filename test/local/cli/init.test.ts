// `init`, `init --demo`, `--force` and `--help`.
import { existsSync } from 'node:fs';
import { loadState } from '../../../src/local/runtime/persistence';
import { bytes, cli, cliOk, tempStatePath } from './harness';

describe('init', () => {
  test('creates a workspace with the add-on installed: onInstall ran as the teacher and built the menu', () => {
    const path = tempStatePath();
    expect(cliOk(path, 'init')).toBe(`Created a workspace at ${path}.`);
    const state = loadState(path);
    expect(state.executions.map((e) => [e.entryPoint, e.outcome])).toEqual([['onInstall', 'ok']]);
    expect(state.ui.menus.length).toBeGreaterThan(0);
    expect(state.clock.now).toBeGreaterThan(0);
  });

  test('refuses to replace an existing workspace unless --force', () => {
    const path = tempStatePath();
    cliOk(path, 'init');
    cliOk(path, 'quota', '7');
    const before = bytes(path);
    const refused = cli(path, 'init', '--demo');
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`error: A workspace already exists at ${path}. Use --force to replace it.`);
    expect(bytes(path).equals(before)).toBe(true);
    cliOk(path, 'init', '--force');
    expect(loadState(path).mail.dailyQuota).toBe(100);
  });

  test('--now starts the virtual clock there (onInstall runs at that time); a bad --now is a usage error and writes nothing', () => {
    const path = tempStatePath();
    cliOk(path, 'init', '--now', '2027-01-04T15:00:00Z');
    expect(loadState(path).executions[0].startedAt).toBe('2027-01-04T15:00:00.000Z');
    const other = tempStatePath();
    const bad = cli(other, 'init', '--now', 'next tuesday');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^error: --now must be a date and time/);
    expect(existsSync(other)).toBe(false);
  });

  test('a --now at the edge of what a Date holds (where advance would fail) is refused; years 1900 to 9999 pass', () => {
    for (const edge of ['+275760-09-13T00:00:00Z', '+010000-01-01T00:00:00Z', '1899-12-31T23:59:59Z']) {
      const path = tempStatePath();
      const run = cli(path, 'init', '--now', edge);
      expect([run.code, run.err]).toEqual([2, `error: --now must be in the years 1900 to 9999 (got "${edge}").`]);
      expect(existsSync(path)).toBe(false);
    }
    const path = tempStatePath();
    cliOk(path, 'init', '--now', '9999-06-01T00:00:00Z');
    expect(cliOk(path, 'advance', '52w')).toMatch(/^No trigger was due\. The clock is now \+010000-05-30T/);
  });

  test('--demo seeds the demo class into the tabs by header', () => {
    const path = tempStatePath();
    expect(cliOk(path, 'init', '--demo')).toMatch(/with the demo class \(60 students, 30 resources, \d+ check-ins\)\.$/);
    const students = JSON.parse(cliOk(path, 'sheet', 'Students', '--json')) as { values: unknown[][] };
    const header = students.values[0] as string[];
    expect(students.values).toHaveLength(61);
    const row = (id: string) => students.values.find((r) => r[header.indexOf('ID')] === id)!;
    expect(row('stu-004')[header.indexOf('Last name')]).toBe("O'Connor");
    expect(row('stu-004')[header.indexOf('Email')]).toBe('liam.oconnor@students.example.edu');
    const resources = JSON.parse(cliOk(path, 'sheet', 'Resources', '--json')) as { values: unknown[][] };
    expect(resources.values).toHaveLength(31);
    const checkIns = JSON.parse(cliOk(path, 'sheet', 'Check-ins', '--json')) as { values: unknown[][] };
    expect(checkIns.values.length).toBeGreaterThan(30);
  });
});

describe('--help', () => {
  test('lists every command with its usage', () => {
    const path = tempStatePath();
    const help = cliOk(path, '--help');
    for (const command of ['init', 'call', 'sheet', 'select', 'import', 'submit-form', 'advance', 'outbox', 'quota', 'calls']) {
      expect(help).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(help).toContain('--state PATH');
    expect(cliOk(path, 'call', '-h')).toBe(help);
  });
});
