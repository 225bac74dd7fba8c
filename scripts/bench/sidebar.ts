// The benchmark's browser measure: the real sidebar opened in Chromium over the local server, counting its server round trips and the bytes they bring until the student's card shows.
import type { LocalRuntime } from '../../src/local/runtime/runtime';
import { startLocalServer } from '../../src/local/web/server';
import { launchChromium } from '../../test/helpers/browser';

export interface SidebarMeasure {
  roundTrips: number;
  payloadBytes: number;
}

/** Opens the sidebar (300 px, as in Sheets) and counts google.script.run calls (the local server's /api/run) until the card shows. */
export async function measureSidebarOpen(runtime: LocalRuntime): Promise<SidebarMeasure> {
  const server = await startLocalServer({ runtime, port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    const replies: Promise<number>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/run') replies.push(response.body().then((body) => body.length));
    });
    await page.goto(new URL('sidebar', server.url).href);
    await page.locator('#student-card-heading').waitFor({ timeout: 120_000 });
    const sizes = await Promise.all(replies);
    return { roundTrips: sizes.length, payloadBytes: sizes.reduce((a, b) => a + b, 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}
