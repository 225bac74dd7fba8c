// Opens the real dist/Sidebar.html from the local page server, over a fresh runtime seeded with the demo class.
import type { Browser, Page } from 'playwright-core';
import { headerRow, requireTab } from '../../src/local/demo/by-header';
import { createWorkspace } from '../../src/local/demo/workspace';
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import type { CellValue } from '../../src/local/runtime/state';
import { readValues } from '../../src/local/services/spreadsheet/state-access';
import { startLocalServer, type LocalServer } from '../../src/local/web/server';
import { TEST_NOW } from '../helpers/runtime';
import { openIsolatedPage } from './harness';

export interface LocalSidebar {
  runtime: LocalRuntime;
  page: Page;
  /** The sidebar's address on the local server (the page the teacher's browser would load). */
  sidebarUrl: string;
  close(): Promise<void>;
}

/** A workspace (the demo class unless `demo: false`) behind a local server, and a 300 px page for its sidebar (not yet loaded). */
export async function openLocalSidebar(browser: Browser, options: { demo?: boolean } = {}): Promise<LocalSidebar> {
  const { runtime } = createWorkspace({ now: TEST_NOW, demo: options.demo ?? true });
  const server: LocalServer = await startLocalServer({ runtime, port: 0 });
  const { context, page } = await openIsolatedPage(browser);
  return {
    runtime,
    page,
    sidebarUrl: new URL('sidebar', server.url).href,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** A tab's rows as records by header, each with its 1-based sheet row. */
export function tabRecords(runtime: LocalRuntime, tab: string): (Record<string, CellValue> & { row: number })[] {
  const sheet = requireTab(runtime.state, tab);
  const headers = headerRow(sheet);
  return readValues(sheet)
    .slice(1)
    .map((values, index) => ({ ...Object.fromEntries(headers.map((header, column) => [header, values[column] ?? ''])), row: index + 2 }));
}

export interface DemoStudent {
  id: string;
  row: number;
  name: string;
  section: string;
}

export function demoStudents(runtime: LocalRuntime): DemoStudent[] {
  return tabRecords(runtime, 'Students').map((record) => ({
    id: String(record['ID']),
    row: record.row,
    name: `${String(record['First name'])} ${String(record['Last name'])}`.trim(),
    section: String(record['Section']),
  }));
}

/** Opens a fresh local sidebar before each test and closes it after; the object returned always reads the current one. */
export function localSidebarPerTest(browser: () => Browser): LocalSidebar {
  let current: LocalSidebar | null = null;
  beforeEach(async () => {
    current = await openLocalSidebar(browser());
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  const now = (): LocalSidebar => {
    if (!current) throw new Error('The local sidebar exists only inside a test.');
    return current;
  };
  return {
    get runtime() {
      return now().runtime;
    },
    get page() {
      return now().page;
    },
    get sidebarUrl() {
      return now().sidebarUrl;
    },
    close: () => now().close(),
  };
}
