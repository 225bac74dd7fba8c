// The google.script.run shim, run in a bare vm context with a recording fetch, and its injection into Sidebar.html.
import vm from 'node:vm';
import { GOOGLE_SCRIPT_SHIM, injectShim } from '../../../src/local/web/sidebar-shim';

interface Posted {
  url: string;
  body: { name: string; args: unknown[] };
}

/** A window with only what the shim uses; fetch answers with `reply` and records each request. */
function loadShim(reply: unknown, networkDown = false) {
  const posted: Posted[] = [];
  const messages: unknown[] = [];
  const parent = { postMessage: (message: unknown) => messages.push(message) };
  const window: Record<string, unknown> = { parent, location: { origin: 'http://127.0.0.1:1' } };
  const fetch = (url: string, init: { body: string }) => {
    posted.push({ url, body: JSON.parse(init.body) });
    if (networkDown) return Promise.reject(new Error('Failed to fetch'));
    return Promise.resolve({ json: () => Promise.resolve(reply) });
  };
  vm.runInContext(GOOGLE_SCRIPT_SHIM, vm.createContext({ window, fetch, Proxy, Object, Array, Error }));
  const google = window.google as { script: { run: Record<string, (...args: unknown[]) => unknown>; host: { close(): void; editor: { focus(): void } } } };
  return { google, posted, messages };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('google.script.run shim', () => {
  test('any function name posts {name, args} to /api/run; the success handler gets the value and the user object', async () => {
    const { google, posted, messages } = loadShim({ ok: true, value: { userEmail: 'teacher@example.edu' } });
    const results: unknown[] = [];
    const runner = google.script.run.withSuccessHandler((value: unknown, user: unknown) => results.push([value, user])) as unknown as Record<string, (...a: unknown[]) => unknown>;
    const withUser = runner.withUserObject({ row: 3 }) as unknown as Record<string, (...a: unknown[]) => unknown>;
    expect(withUser.getSidebarState(14, 'x')).toBeUndefined();
    await settle();
    expect(posted).toEqual([{ url: '/api/run', body: { name: 'getSidebarState', args: [14, 'x'] } }]);
    expect(results).toEqual([[{ userEmail: 'teacher@example.edu' }, { row: 3 }]]);
    expect(messages).toEqual([{ type: 'rapport:server-call' }]);
  });

  test('a failed call reaches the failure handler as an Error with the server\'s message', async () => {
    const { google } = loadShim({ ok: false, error: { message: 'Exception: Range not found' } });
    const failures: unknown[] = [];
    const runner = google.script.run.withFailureHandler((error: unknown) => failures.push(error)) as unknown as Record<string, () => void>;
    runner.setupClass();
    await settle();
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(Error);
    expect((failures[0] as Error).message).toBe('Exception: Range not found');
  });

  test('a server that does not answer reaches the failure handler too', async () => {
    const { google } = loadShim(null, true);
    const failures: Error[] = [];
    (google.script.run.withFailureHandler((error: Error) => failures.push(error)) as unknown as Record<string, () => void>).getSelectedStudent();
    await settle();
    await settle();
    expect(failures.map((e) => e.message)).toEqual(['The local server did not answer: Failed to fetch']);
  });

  test('handlers chain without sharing: each with* returns a new runner', () => {
    const { google } = loadShim({ ok: true });
    const base = google.script.run;
    const handled = base.withSuccessHandler(() => undefined);
    expect(handled).not.toBe(base);
    expect(typeof (handled as unknown as Record<string, unknown>).withFailureHandler).toBe('function');
  });

  test('a runner is not a promise nor JSON-serialisable into a call, and host.close / editor.focus do nothing', async () => {
    const { google, posted } = loadShim({ ok: true });
    expect((google.script.run as Record<string, unknown>).then).toBeUndefined();
    expect(JSON.stringify(google.script.run)).toBe('{}');
    await settle();
    expect(posted).toEqual([]);
    expect(() => google.script.host.close()).not.toThrow();
    expect(() => google.script.host.editor.focus()).not.toThrow();
  });
});

describe('injectShim', () => {
  test('puts the shim before the sidebar\'s first script', () => {
    const html = injectShim('<html><head><style>a{}</style></head><body><div id="app"></div><script>app()</script></body></html>');
    const shimAt = html.indexOf(GOOGLE_SCRIPT_SHIM);
    expect(shimAt).toBeGreaterThan(html.indexOf('<div id="app">'));
    expect(shimAt).toBeLessThan(html.indexOf('<script>app()</script>'));
  });

  test('a page without a script is an error', () => {
    expect(() => injectShim('<html></html>')).toThrow(/no <script>/);
  });
});
