// Opens the built dist/Sidebar.html in chromium with google.script.run answered by test code in Node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ServerApi, ServerFunctionName } from '../../src/shared/rpc';
import { openIsolatedPage } from './harness';

/** A handler may return a value or a promise, or throw to make the call fail as a server error would. */
export type FakeHandlers = { [K in ServerFunctionName]?: (...args: Parameters<ServerApi[K]>) => ReturnType<ServerApi[K]> | Promise<ReturnType<ServerApi[K]>> };

export interface FakeCall {
  name: string;
  args: unknown[];
}

export interface FakeSidebar {
  page: Page;
  /** Every call the sidebar made, in order. */
  calls: FakeCall[];
  callsTo(name: ServerFunctionName): FakeCall[];
  /** Closes the page with its context (closing only the page would leave the context behind). */
  close(): Promise<void>;
}

/** An origin of its own, so the page has localStorage as the real sidebar's iframe does. */
const SIDEBAR_URL = 'https://sidebar.rapport.test/';

/**
 * google.script.run as the page sees it: a chainable runner whose handlers are called
 * asynchronously with a JSON copy of the result, or with an Error-like object on failure.
 */
const FAKE_GOOGLE_SCRIPT_RUN = `
(() => {
  function runner(onSuccess, onFailure) {
    return new Proxy({}, {
      get(_target, name) {
        if (name === 'withSuccessHandler') return (handler) => runner(handler, onFailure);
        if (name === 'withFailureHandler') return (handler) => runner(onSuccess, handler);
        if (typeof name !== 'string') return undefined;
        return (...args) => {
          window.__rapportFakeCall(name, JSON.parse(JSON.stringify(args))).then((reply) => {
            if (reply.ok) onSuccess && onSuccess(reply.value);
            else onFailure && onFailure({ name: 'ScriptError', message: reply.message });
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();
`;

export interface FakeSidebarOptions {
  width?: number;
  /** Installs Playwright's fake clock, so a test moves timers (the selection poll) with page.clock.runFor. */
  fakeClock?: boolean;
}

export async function openFakeSidebar(browser: Browser, handlers: FakeHandlers, options: FakeSidebarOptions = {}): Promise<FakeSidebar> {
  const { context, page } = await openIsolatedPage(browser, options.width);
  if (options.fakeClock) await page.clock.install();
  const calls: FakeCall[] = [];
  await page.exposeFunction('__rapportFakeCall', async (name: string, args: unknown[]) => {
    calls.push({ name, args });
    const handler = (handlers as Record<string, ((...a: unknown[]) => unknown) | undefined>)[name];
    if (!handler) return { ok: false, message: `No fake for ${name}` };
    try {
      const value = await handler(...args);
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(FAKE_GOOGLE_SCRIPT_RUN);
  const html = readFileSync(join(__dirname, '..', '..', 'dist', 'Sidebar.html'), 'utf8');
  await page.route(SIDEBAR_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(SIDEBAR_URL);
  return { page, calls, callsTo: (name) => calls.filter((call) => call.name === name), close: () => context.close() };
}

/** A promise the test resolves by hand, to hold a call in flight and look at the busy state. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Waits for a condition on Node-side state (calls received), polling briefly. */
export async function eventually(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
