// The local page's HTTP API: the page, the sidebar with its shim, google.script.run calls, selection, clock, forms, mail.
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { loadState } from '../../../src/local/runtime/persistence';
import { startLocalServer } from '../../../src/local/web/server';
import { GOOGLE_SCRIPT_SHIM } from '../../../src/local/web/sidebar-shim';
import { hourlyTrigger, sentEmail, surveyForm } from '../cli/fixtures';
import { postJson, serveDemo, type Served } from './harness';

let served: Served;
beforeEach(async () => {
  served = await serveDemo();
});
afterEach(async () => {
  await served.server.close();
});

const get = (path: string) => fetch(new URL(path, served.server.url));

describe('pages', () => {
  test('serves the page, its script and style', async () => {
    const page = await get('/');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<iframe id="sidebar" src="/sidebar"');
    expect((await get('/page.js')).status).toBe(200);
    expect((await get('/page.css')).status).toBe(200);
    expect((await get('/nope')).status).toBe(404);
  });

  test('/sidebar is the built Sidebar.html with the shim before its first script', async () => {
    const html = await (await get('/sidebar')).text();
    const shim = html.indexOf(GOOGLE_SCRIPT_SHIM);
    expect(shim).toBeGreaterThan(0);
    expect(html.indexOf('<script>', shim + GOOGLE_SCRIPT_SHIM.length)).toBeGreaterThan(shim);
  });

  test('answers only requests addressed to this machine (no DNS rebinding)', async () => {
    const { port } = new URL(served.server.url);
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/api/state', headers: { Host: `evil.example:${port}` } }, (response) => resolve(response.statusCode ?? 0))
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });
});

describe('starting', () => {
  test('a port already in use is named, with the way to pick another', async () => {
    const port = Number(new URL(served.server.url).port);
    await expect(startLocalServer({ runtime: served.runtime, port })).rejects.toThrow(
      `Port ${port} is already in use (is Rapport already running?): pick another with PORT, e.g. PORT=${port + 1} npm start.`,
    );
  });
});

describe('/api/state', () => {
  test('the tabs as the teacher sees them, the selection, clock, menus and executions', async () => {
    const state = (await (await get('/api/state')).json()) as {
      tabs: { name: string; rows: string[][] }[];
      active: { sheet: string; row: number };
      clock: { now: string; local: string };
      menus: unknown[];
      executions: { entryPoint: string }[];
    };
    const students = state.tabs.find((tab) => tab.name === 'Students')!;
    expect(students.rows[0]).toContain('First name');
    expect(students.rows).toHaveLength(61);
    expect(state.active).toEqual({ sheet: 'Students', row: 2 });
    expect(state.clock.now).toBe(new Date(served.runtime.state.clock.now).toISOString());
    expect(state.clock.local).toMatch(/2026/);
    expect(state.menus.length).toBeGreaterThan(0);
    expect(state.executions[0].entryPoint).toBe('setupClass');
  });
});

describe('/api/run (google.script.run)', () => {
  test('runs an entry point and returns its value; the workspace is saved', async () => {
    expect(existsSync(served.statePath)).toBe(false);
    const { status, json } = await postJson(served.server, '/api/run', { name: 'getSidebarState', args: [14] });
    expect(status).toBe(200);
    expect(json).toMatchObject({ ok: true, value: { userEmail: 'teacher@example.edu' } });
    expect(loadState(served.statePath).executions.at(-1)!.entryPoint).toBe('getSidebarState');
  });

  test('a function that returns nothing succeeds with null', async () => {
    expect((await postJson(served.server, '/api/run', { name: 'onOpen', args: [] })).json).toEqual({ ok: true, value: null });
  });

  test('a failed execution comes back as an Error-like {message}', async () => {
    // Every service call now costs 7 virtual minutes, so the first one passes Apps Script's 6-minute limit.
    for (const method of Object.keys(served.runtime.latency)) served.runtime.latency[method] = 7 * 60_000;
    const { json } = await postJson(served.server, '/api/run', { name: 'getSidebarState', args: [14] });
    expect(json).toEqual({ ok: false, error: { message: 'Exceeded maximum execution time' } });
  });

  test('only the bundle\'s entry points are callable', async () => {
    expect((await postJson(served.server, '/api/run', { name: 'RapportAddOn', args: [] })).json).toEqual({ ok: false, error: { message: 'Script function not found: RapportAddOn' } });
    expect(existsSync(served.statePath)).toBe(false);
  });

  test('malformed requests are 400s that change nothing', async () => {
    expect((await postJson(served.server, '/api/run', { name: 5 })).status).toBe(400);
    expect((await postJson(served.server, '/api/run', [1, 2])).status).toBe(400);
    const notJson = await fetch(new URL('/api/run', served.server.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: { message: 'The request body is not valid JSON.' } });
    const formPost = await fetch(new URL('/api/run', served.server.url), { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"onOpen","args":[]}' });
    expect(formPost.status).toBe(400);
    expect(existsSync(served.statePath)).toBe(false);
  });
});

describe('/api/select, /api/advance, /api/submit-form', () => {
  test('select moves the active range to a row, and rejects an unknown tab', async () => {
    expect((await postJson(served.server, '/api/select', { tab: 'Students', row: 7 })).json).toEqual({ ok: true });
    const spreadsheet = served.runtime.state.spreadsheets[served.runtime.state.activeSpreadsheetId!];
    expect(spreadsheet.active).toMatchObject({ sheet: 'Students', row: 7, column: 1 });
    expect(loadState(served.statePath).spreadsheets[spreadsheet.id].active.row).toBe(7);
    const bad = await postJson(served.server, '/api/select', { tab: 'Nope', row: 2 });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ error: { message: expect.stringMatching(/^No tab named "Nope"/) } });
  });

  test('advance moves the clock and reports the executions fired', async () => {
    served.runtime.state.triggers.push(hourlyTrigger(served.runtime.state));
    const before = served.runtime.state.clock.now;
    const { json } = await postJson(served.server, '/api/advance', { ms: 3_600_000 });
    expect((json as { executions: { entryPoint: string }[] }).executions.map((e) => e.entryPoint)).toEqual(['trigger:onOpen']);
    expect(served.runtime.state.clock.now).toBeGreaterThanOrEqual(before + 3_600_000);
    expect((await postJson(served.server, '/api/advance', { ms: -5 })).status).toBe(400);
  });

  test('submit-form records a student\'s response; a bad one is a 400', async () => {
    served.runtime.state.forms['form-1'] = surveyForm();
    const ok = await postJson(served.server, '/api/submit-form', { formId: 'form-1', response: { email: 'maya@students.example.edu', 'What are you interested in?': 'kelp forests' } });
    expect(ok.json).toEqual({ executions: [] });
    expect(served.runtime.state.forms['form-1'].responses).toHaveLength(1);
    const missing = await postJson(served.server, '/api/submit-form', { formId: 'form-1', response: { email: 'sam@students.example.edu' } });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({ error: { message: expect.stringMatching(/requires an answer to: "What are you interested in\?"/) } });
  });
});

describe('/api/mail', () => {
  test('serves a sent email\'s HTML with a sandboxing content security policy', async () => {
    served.runtime.state.mail.outbox.push(sentEmail(served.runtime.state));
    const response = await get('/api/mail/mail-1');
    expect(response.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
    expect(await response.text()).toBe('<p>Hi Maya</p><script>alert(1)</script>');
    expect((await get('/api/mail/mail-2')).status).toBe(404);
    expect((await get('/api/mail/%E0%A4%A')).status).toBe(404);
  });

  test('a plain-text email is shown escaped', async () => {
    served.runtime.state.mail.outbox.push({ ...sentEmail(served.runtime.state), htmlBody: undefined, body: 'Hi <b>Maya</b> & co' });
    expect(await (await get('/api/mail/mail-1')).text()).toContain('Hi &#60;b&#62;Maya&#60;/b&#62; &#38; co');
  });
});
