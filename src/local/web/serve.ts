// Entry of `npm start`: opens (or on first run creates) the demo workspace and serves the local page until Ctrl-C.
// PORT picks the port (default 8787); RAPPORT_STATE the workspace file (default .rapport/workspace.json).
import { existsSync } from 'node:fs';
import { createWorkspace, DEFAULT_STATE_PATH, ensureStateFolder, openWorkspace, saveWorkspace } from '../demo/workspace';
import { assertSavable } from '../runtime/persistence';
import type { LocalRuntime } from '../runtime/runtime';
import { openSpreadsheet } from '../runtime/scheduler';
import { acquireWorkspaceLock } from '../demo/workspace-lock';
import { startLocalServer, type LocalServer } from './server';

const DEFAULT_PORT = 8787;

/** The saved workspace, or on first run a new demo one (the same path as `cli init --demo`), saved at once. */
function openOrCreate(statePath: string): LocalRuntime {
  if (existsSync(statePath)) {
    const runtime = openWorkspace(statePath);
    console.log(`Loaded the workspace from ${statePath}.`);
    return runtime;
  }
  const { runtime } = createWorkspace({ now: Date.now(), demo: true });
  saveWorkspace(statePath, runtime.state);
  console.log(`Created a demo workspace at ${statePath}.`);
  return runtime;
}

async function main(): Promise<void> {
  const statePath = process.env.RAPPORT_STATE ?? DEFAULT_STATE_PATH;
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (got "${process.env.PORT}").`);

  ensureStateFolder(statePath);
  // The page saves after every change: a file it could not save to is refused now, not at the first click,
  // and a CLI command saving the same file meanwhile (which the page would overwrite) is refused by the lock.
  assertSavable(statePath);
  const release = acquireWorkspaceLock(statePath, { holder: 'npm start', longLived: true });
  let runtime: LocalRuntime;
  let server: LocalServer;
  try {
    runtime = openOrCreate(statePath);
    // Starting the page is the teacher opening the class sheet: onOpen builds the menu, as in Sheets.
    for (const run of openSpreadsheet(runtime)) {
      if (run.record.outcome !== 'ok') console.error(`${run.record.entryPoint} ended ${run.record.outcome}: ${run.error}`);
    }
    server = await startLocalServer({ runtime, statePath, port });
  } catch (error) {
    release();
    throw error;
  }
  console.log(`Rapport is running at ${server.url} (Ctrl-C to stop)`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    saveWorkspace(statePath, runtime.state);
    release();
    server.close().then(
      () => {
        console.log(`\n${signal}: saved ${statePath} and stopped.`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error(`Could not close the server cleanly: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
