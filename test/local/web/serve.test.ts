// `npm start`'s server process: creates the demo workspace on first run, loads it after, stops cleanly on a signal.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadState } from '../../../src/local/runtime/persistence';
import { cli, demoWorkspace } from '../cli/harness';

// Each test starts tsx processes that compile the CLI or server first: on a busy 2-core machine that alone can pass 30 s.
jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Stopped {
  code: number | null;
  output: string;
}

/** Starts serve.ts, waits for its URL, lets `use` talk to it, then sends `signal` and waits for the exit. */
async function runServer(statePath: string, signal: NodeJS.Signals, use: (url: string) => Promise<void>): Promise<Stopped> {
  const child = spawn(TSX, [join(ROOT, 'src/local/web/serve.ts')], { cwd: ROOT, env: { ...process.env, PORT: '0', RAPPORT_STATE: statePath } });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Rapport is running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => reject(new Error(`serve.ts exited early: ${output}`)));
  });
  await use(url);
  child.kill(signal);
  return { code: await exited, output };
}

test('first run creates and saves the demo workspace; Ctrl-C saves and exits 0; the next run loads it', async () => {
  const statePath = join(mkdtempSync(join(tmpdir(), 'rapport-serve-')), 'workspace.json');
  const first = await runServer(statePath, 'SIGINT', async (url) => {
    expect(existsSync(statePath)).toBe(true);
    const reply = await fetch(new URL('/api/select', url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tab: 'Students', row: 9 }) });
    expect(reply.status).toBe(200);
  });
  expect(first.output).toContain(`Created a demo workspace at ${statePath}.`);
  expect(first.output).toContain('SIGINT: saved');
  expect(first.code).toBe(0);
  const saved = loadState(statePath);
  expect(saved.spreadsheets[saved.activeSpreadsheetId!].active.row).toBe(9);
  // Starting the page opened the sheet: the simple onOpen ran and built the menu.
  expect(saved.executions.filter((e) => e.entryPoint === 'simple:onOpen').map((e) => e.outcome)).toEqual(['ok']);

  const second = await runServer(statePath, 'SIGTERM', async (url) => {
    const state = (await (await fetch(new URL('/api/state', url))).json()) as { active: { row: number } };
    expect(state.active.row).toBe(9);
  });
  expect(second.output).toContain(`Loaded the workspace from ${statePath}.`);
  expect(second.code).toBe(0);
});

test('a corrupt state file stops the server before it starts, with a one-line error, and is left as it was', () => {
  const statePath = join(mkdtempSync(join(tmpdir(), 'rapport-serve-')), 'workspace.json');
  writeFileSync(statePath, '{"version": 1, "clock":');
  const result = spawnSync(TSX, [join(ROOT, 'src/local/web/serve.ts')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORT: '0', RAPPORT_STATE: statePath } });
  expect(result.status).toBe(1);
  expect(result.stderr.startsWith(`error: The state file ${statePath} is not valid JSON`)).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stdout).not.toContain('Rapport is running');
  expect(readFileSync(statePath, 'utf8')).toBe('{"version": 1, "clock":');
  expect(existsSync(`${statePath}.lock`)).toBe(false);
});

test('while it runs, a CLI command that would save the same file is refused at once (the page would overwrite it); reading still works', async () => {
  const statePath = join(mkdtempSync(join(tmpdir(), 'rapport-serve-')), 'workspace.json');
  const stopped = await runServer(statePath, 'SIGINT', async () => {
    const before = readFileSync(statePath);
    const refused = cli(statePath, 'quota', '5');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^error: The workspace .* is in use by npm start \(pid \d+\): stop it first \(Ctrl-C\), or use another state file\./);
    expect(readFileSync(statePath).equals(before)).toBe(true);
    expect(cli(statePath, 'outbox').out).toBe('The outbox is empty.');
  });
  expect(stopped.code).toBe(0);
  expect(existsSync(`${statePath}.lock`)).toBe(false);
  expect(cli(statePath, 'quota', '5').code).toBe(0);
});

test('a read-only state file stops the server before it starts, instead of failing every later save', () => {
  const statePath = join(mkdtempSync(join(tmpdir(), 'rapport-serve-')), 'workspace.json');
  copyFileSync(demoWorkspace(), statePath);
  chmodSync(statePath, 0o444);
  const before = readFileSync(statePath);
  const result = spawnSync(TSX, [join(ROOT, 'src/local/web/serve.ts')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORT: '0', RAPPORT_STATE: statePath } });
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(`error: The state file ${statePath} is read-only, so nothing was saved. Make it writable (chmod u+w) or use another file.\n`);
  expect(readFileSync(statePath).equals(before)).toBe(true);
  expect(existsSync(`${statePath}.lock`)).toBe(false);
});
