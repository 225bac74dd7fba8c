// Hostile input in Chromium (issue 12): every email of a hostile cycle rendered with dialog, console and request listeners, and the real sidebar drawing hostile students and resources as text.
import type { Page } from 'playwright-core';
import { splitList } from '../../src/core/cells';
import { selectRow } from '../../src/local/cli/selection';
import { appendByHeader } from '../../src/local/demo/by-header';
import { renderEmails } from '../helpers/email-rendering';
import { hostileInputs, hostileSample, trimmedCorpus } from '../helpers/hostile-corpus';
import { emailsToRender, runHostileCycle } from '../helpers/hostile-cycle';
import { setUpBrowserTests } from './harness';
import { localSidebarPerTest } from './local-sidebar';

const browser = setUpBrowserTests();

describe('every email of a hostile cycle in Chromium', () => {
  test('the check itself sees a script run, a remote load, foreign markup and a value missing from the text', async () => {
    const unescaped = [
      { label: 'script', htmlBody: '<p>Hi <img src=x onerror="alert(1)"></p>' },
      { label: 'remote', htmlBody: '<p><img src="https://evil.example/pixel.png"></p>' },
      { label: 'missing', htmlBody: '<p>Hi &lt;b&gt;</p>', shows: '<i>' },
    ];
    const { findings } = await renderEmails(browser(), unescaped);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dialog "1"/),
        expect.stringMatching(/^request to https:\/\/evil\.example\/pixel\.png/),
        'script: elements IMG',
        'remote: elements IMG',
        'missing: does not show "<i>" as text',
      ]),
    );
  });

  test('runs no script, loads nothing remote, and shows each hostile value as text', async () => {
    const report = runHostileCycle(hostileInputs(hostileSample(64)));
    const emails = emailsToRender(report);
    const rendered = await renderEmails(browser(), emails);
    expect(rendered.findings).toEqual([]);
    expect(rendered.rendered).toBe(report.testEmails.length + report.cycleEmails.length);
    // The check can fail: a value that no email shows would be a finding.
    expect(emails.filter((email) => email.shows !== undefined).length).toBeGreaterThan(emails.length / 2);
  }, 120_000);
});

/** Strings that can sit in one Interests cell as separate entries (no separators) and fit the card whole. */
function interestStrings(): string[] {
  const fitting = trimmedCorpus(hostileSample(4)).filter((text) => text.length <= 80 && splitList(text).length === 1 && splitList(text)[0] === text);
  const chosen: string[] = [];
  let length = 0;
  for (const text of fitting) {
    if (length + text.length + 2 > 4_500) break;
    chosen.push(text);
    length += text.length + 2;
  }
  return chosen;
}

const SIDEBAR_ORIGIN = /^http:\/\/127\.0\.0\.1:\d+\//;

/** Records dialogs, console messages, page errors, and every request that leaves the local server (aborted). */
async function watch(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (SIDEBAR_ORIGIN.test(url) || /^(data|about):/.test(url)) return route.continue();
    seen.push(`request ${url}`);
    return route.abort();
  });
  page.on('dialog', (dialog) => {
    seen.push(`dialog ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => seen.push(`console ${message.type()} ${message.text()}`));
  page.on('pageerror', (error) => seen.push(`page error ${error.message}`));
  return seen;
}

describe('the real sidebar with hostile students and resources', () => {
  const sidebar = localSidebarPerTest(browser);

  test('shows the card, the resources sent, the dashboard and the email preview as text, with no script and no remote load', async () => {
    const { page, runtime } = sidebar;
    const interests = interestStrings();
    const titles = interestStrings().slice(0, 20);
    const name = '<img src="https://evil.example/pixel.png" onerror=alert("name")>';
    appendByHeader(runtime.state, 'Students', [
      {
        ID: 'stu-hostile',
        'First name': name,
        'Last name': '\u202Egnp.exe',
        Email: 'hostile@school.example',
        Section: '<b>P1</b>',
        Interests: interests.join(', '),
        Goals: '<script>alert("goals")</script>',
        'Career path': '=HYPERLINK("https://evil.example","x") 👩🏽‍🔬',
      },
    ]);
    const urls = ['javascript:alert("link")', 'https://evil.example/page', 'data:text/html,<script>alert(1)</script>'];
    appendByHeader(
      runtime.state,
      'Sent log',
      titles.map((title, i) => ({ 'Sent at': `2026-11-${String(10 + (i % 10)).padStart(2, '0')} 09:00`, Cycle: 'c1', 'Student ID': 'stu-hostile', 'Resource ID': `res-h${i}`, 'Resource title': title, URL: urls[i % urls.length], Status: 'sent' })),
    );
    const seen = await watch(page);
    const row = runtime.state.spreadsheets[runtime.state.activeSpreadsheetId!].sheets.find((s) => s.name === 'Students')!.cells.findIndex((cells) => cells?.some((c) => c?.v === 'stu-hostile')) + 1;
    selectRow(runtime.state, 'Students', row);
    await page.goto(sidebar.sidebarUrl);
    const heading = page.locator('#student-card-heading');
    await heading.waitFor();
    expect(await heading.textContent()).toBe(`${name} \u202Egnp.exe`);
    expect(await page.getByRole('list', { name: 'Interests' }).getByRole('listitem').allTextContents()).toEqual(interests);
    expect(await page.locator('.student-card dd').allTextContents()).toEqual(expect.arrayContaining(['<script>alert("goals")</script>', '=HYPERLINK("https://evil.example","x") 👩🏽‍🔬']));
    const sent = await page.locator('.student-card .plain-list li > :first-child').allTextContents();
    expect(sent.sort()).toEqual([...titles].sort());
    expect(await page.locator('#app a[href^="javascript"], #app a[href^="data"]').count()).toBe(0);
    const foreign = '#app img, #app svg, #app script, #app b, #app object';
    expect(await page.locator(foreign).count()).toBe(0);
    await page.getByRole('tab', { name: 'Class' }).click();
    await page.getByRole('button', { name: `${name} \u202Egnp.exe` }).first().waitFor();
    expect(await page.locator(foreign).count()).toBe(0);
    await page.getByRole('tab', { name: 'Email' }).click();
    const frame = page.locator('iframe.email-frame');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const preview = await frame.contentFrame().locator('body').textContent();
    expect(preview).toContain(name);
    await page.waitForTimeout(300);
    expect(await page.locator(foreign).count()).toBe(0);
    expect(await frame.contentFrame().locator('img, script, svg, iframe').count()).toBe(0);
    expect(seen).toEqual([]);
  });
});
