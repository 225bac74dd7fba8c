// The real entry point as a process: stdout, stderr and the exit code reach the shell.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempStatePath } from './harness';

const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function run(...args: string[]) {
  return spawnSync(TSX, [join(ROOT, 'src/local/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

test('a successful command exits 0 and prints on stdout', () => {
  const path = tempStatePath();
  const result = run('init', '--state', path);
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe(`Created a workspace at ${path}.\n`);
  expect(result.status).toBe(0);
  expect(existsSync(path)).toBe(true);
});

test('a wrong command exits non-zero with one line on stderr and nothing on stdout', () => {
  const result = run('frobnicate', '--state', tempStatePath());
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe('error: Unknown command "frobnicate". Run with --help to list the commands.\n');
});
