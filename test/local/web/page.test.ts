// The local page in chromium: the real sidebar loads through the shim, calls the runtime, follows a clicked row.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadState } from '../../../src/local/runtime/persistence';
import { requireTab } from '../../../src/local/demo/by-header';
import { writeCell } from '../../../src/local/services/spreadsheet/state-access';
import { launchChromium } from '../../helpers/browser';
import { sentEmail, surveyForm } from '../cli/fixtures';
import { serveDemo, type Served } from './harness';

// Each test drives a real browser; under a full parallel run it can take several times its usual few seconds.
jest.setTimeout(60_000);

const HOSTILE = '<img src=x onerror="document.title=\'pwned\'">';

let browser: Browser;
let served: Served;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

beforeEach(async () => {
  served = await serveDemo();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
});
afterEach(async () => {
  await context.close();
  await served.server.close();
});

const sidebar = () => page.frameLocator('#sidebar');
const gridRow = (n: number) => page.locator('table.grid tbody tr').nth(n - 1);

test('the sidebar loads in a 300 px frame, calls the runtime, and follows the row the teacher clicks', async () => {
  await page.goto(served.server.url);
  expect(await page.locator('#sidebar').evaluate((frame) => frame.getBoundingClientRect().width)).toBe(300);
  // The sidebar's first server call (getSidebarState) ran in the runtime and its card shows row 2's student.
  await sidebar().getByText('Aaliyah Johnson').first().waitFor();
  expect(served.runtime.state.executions.some((e) => e.entryPoint === 'getSidebarState' && e.outcome === 'ok')).toBe(true);
  expect(await gridRow(2).getAttribute('class')).toBe('selected');

  await gridRow(5).click();
  await page.locator('table.grid tbody tr.selected th').filter({ hasText: /^5$/ }).waitFor();
  expect(await page.locator('table.grid tbody tr.selected').count()).toBe(1);
  await sidebar().getByText("Liam O'Connor").first().waitFor({ timeout: 15_000 });
  expect(loadState(served.statePath).spreadsheets['sheet-1'].active.row).toBe(5);
  // The page heard about the sidebar's calls and lists them among the executions.
  await page.locator('#executions').getByText('getSelectedStudent').first().waitFor();
});

test('a scrolled grid keeps its header row, corner included, above the rows', async () => {
  await page.goto(served.server.url);
  await gridRow(40).waitFor();
  await page.locator('#tab-panel').evaluate((panel) => {
    panel.scrollTop = 600;
  });
  const covering = await page.locator('table.grid thead tr').evaluate((header) =>
    Array.from(header.children).slice(0, 3).map((cell) => {
      const box = cell.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === cell;
    }),
  );
  expect(covering).toEqual([true, true, true]);
});

test('google.script.run in the sidebar frame: success value, failure Error, user object', async () => {
  await page.goto(served.server.url);
  const frame = page.frame({ url: /\/sidebar$/ })!;
  await frame.waitForFunction(() => typeof (window as unknown as { google?: unknown }).google === 'object');
  const outcome = await frame.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => Record<string, (...a: unknown[]) => unknown>> } } }).google.script.run;
        const results: unknown[] = [];
        // Either call may answer first: wait for both, not for the array's length.
        const done = () => results[0] !== undefined && results[1] !== undefined && resolve(results);
        (run.withSuccessHandler((value: unknown, user: unknown) => {
          results[0] = [(value as { userEmail: string }).userEmail, user];
          done();
        }) as unknown as Record<string, (...a: unknown[]) => Record<string, (...a: unknown[]) => void>>)
          .withUserObject('tag')
          .getSidebarState(14);
        (run.withFailureHandler((error: unknown) => {
          results[1] = [error instanceof Error, (error as Error).message];
          done();
        }) as unknown as Record<string, () => void>).noSuchFunction();
      }),
  );
  expect(outcome).toEqual([
    ['teacher@example.edu', 'tag'],
    [true, 'Script function not found: noSuchFunction'],
  ]);
});

test('student text is shown as text, and an email body runs no script', async () => {
  const { state } = served.runtime;
  writeCell(requireTab(state, 'Students'), 3, 2, HOSTILE, 'America/New_York');
  state.mail.outbox.push({ ...sentEmail(state), htmlBody: `<p>Hi</p><script>parent.document.title = 'pwned'</script><img src=x onerror="parent.document.title='pwned'">` });
  await page.goto(served.server.url);
  await gridRow(3).getByText(HOSTILE).waitFor();
  expect(await page.locator('table.grid img').count()).toBe(0);
  await page.locator('#outbox').getByRole('button', { name: /Three things for you, Maya/ }).click();
  const mailFrame = page.locator('#mail-body');
  expect(await mailFrame.getAttribute('sandbox')).toBe('');
  await page.frameLocator('#mail-body').getByText('Hi').waitFor();
  await page.waitForTimeout(300);
  expect(await page.title()).not.toBe('pwned');
});

test('clock controls advance the virtual clock; the form panel submits a response as a student', async () => {
  served.runtime.state.forms['form-1'] = surveyForm();
  await page.goto(served.server.url);
  const before = served.runtime.state.clock.now;
  await page.getByRole('button', { name: '+1 day' }).click();
  await page.getByText(/\+1 day: no trigger was due\./).waitFor();
  expect(served.runtime.state.clock.now).toBeGreaterThanOrEqual(before + 86_400_000);

  await page.getByLabel('Student email').fill('maya@students.example.edu');
  await page.getByLabel('What are you interested in?').fill('tide pools');
  await page.getByLabel('Which kinds of resources help you?').selectOption(['video', 'podcast']);
  await page.getByRole('button', { name: 'Submit as this student' }).click();
  await page.getByText(/^Submitted\./).waitFor();
  expect(served.runtime.state.forms['form-1'].responses.map((r) => r.answers)).toEqual([{ '101': 'tide pools', '102': ['video', 'podcast'] }]);
});

test('the page itself has no accessibility violations (the sidebar has its own axe tests)', async () => {
  await page.goto(served.server.url);
  await gridRow(3).waitFor();
  const results = await new AxeBuilder({ page }).exclude('#sidebar').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
