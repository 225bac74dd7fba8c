// Starts the local page's server on a free port over a copy of one demo workspace.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserializeState, serializeState } from '../../../src/local/runtime/persistence';
import { LocalRuntime } from '../../../src/local/runtime/runtime';
import { createWorkspace } from '../../../src/local/demo/workspace';
import { startLocalServer, type LocalServer } from '../../../src/local/web/server';
import { TEST_NOW } from '../../helpers/runtime';

let demoText: string | null = null;

export interface Served {
  runtime: LocalRuntime;
  server: LocalServer;
  statePath: string;
}

/** A demo workspace (seeded once per test file, then copied) served on port 0 with a temporary state file. */
export async function serveDemo(): Promise<Served> {
  demoText ??= serializeState(createWorkspace({ now: TEST_NOW, demo: true }).runtime.state);
  const runtime = new LocalRuntime(deserializeState(demoText, 'demo'));
  const statePath = join(mkdtempSync(join(tmpdir(), 'rapport-web-')), 'workspace.json');
  const server = await startLocalServer({ runtime, statePath, port: 0 });
  return { runtime, server, statePath };
}

export async function postJson(server: LocalServer, path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(new URL(path, server.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}
