// The real entry point as a process: stdout, stderr and the exit code reach the shell.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cliOk, demoWorkspace, tempStatePath } from './harness';

// Each test starts tsx processes that compile the CLI or server first: on a busy 2-core machine that alone can pass 30 s.
jest.setTimeout(120_000);

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

test('six CLI processes writing one workspace at once each keep their change, and the file stays loadable', async () => {
  const path = demoWorkspace();
  const notes = Array.from({ length: 6 }, (_, i) => `concurrent note ${i}`);
  const exits = await Promise.all(
    notes.map(
      (note) =>
        new Promise<number | null>((resolve) => {
          const args = ['call', 'logCheckIn', JSON.stringify({ studentId: 'stu-004', kind: 'greeting', note }), '14', '--state', path];
          spawn(TSX, [join(ROOT, 'src/local/cli/main.ts'), ...args], { cwd: ROOT, stdio: 'ignore' }).on('exit', resolve);
        }),
    ),
  );
  expect(exits).toEqual(notes.map(() => 0));
  const checkIns = JSON.parse(cliOk(path, 'sheet', 'Check-ins', '--json')) as { values: unknown[][] };
  const saved = checkIns.values.flat();
  for (const note of notes) expect(saved).toContain(note);
  expect(readdirSync(dirname(path))).toEqual(['workspace.json']);
});
