// What every sidebar browser test shares: one chromium per test file, a timeout that survives a loaded machine, and a page of its own per test.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';

/**
 * Call at the top level of a browser-test file: launches chromium before the file's tests, closes it after them,
 * and gives each test 60 s (chromium on a loaded machine, with the full suite running files in parallel, needs
 * more than jest's default). Returns the running browser for use inside tests and hooks. Tests still share no
 * page state: openFakeSidebar and openLocalSidebar each open a browser context of their own.
 */
export function setUpBrowserTests(): () => Browser {
  jest.setTimeout(60_000);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('chromium is not running yet: use the browser inside a test or hook');
    return browser;
  };
}

/** Sheets shows an add-on sidebar 300 px wide (HtmlService's sidebar width). */
const SIDEBAR_WIDTH = 300;

/**
 * A page in a browser context of its own, so no test sees another test's storage, cookies or pages, and
 * @axe-core/playwright can open its helper frames (it cannot from browser.newPage).
 * Close the context, not only the page, or the context stays behind.
 */
export async function openIsolatedPage(browser: Browser, width = SIDEBAR_WIDTH): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  return { context, page: await context.newPage() };
}
