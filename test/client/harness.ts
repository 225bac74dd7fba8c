// The set-up every sidebar browser-test file shares: one chromium for the file, and a timeout that survives a loaded machine.
import type { Browser } from 'playwright-core';
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
