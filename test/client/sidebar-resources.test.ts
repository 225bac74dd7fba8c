// Browser tests (fake server): adding a resource, with validation messages next to the fields.
import type { Page } from 'playwright-core';
import type { ResourceInput } from '../../src/shared/rpc';
import { openFakeSidebar } from './fake-server';
import { setUpBrowserTests } from './harness';
import { sampleState } from './sample-state';

const browser = setUpBrowserTests();

/** The Resources panel also lists the library's gaps (sidebar-email.test.ts): none here. */
const NO_GAPS = { getLibraryGaps: () => ({ topics: [], skipped: [] }) };

async function openResources(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Resources' }).click();
  await page.getByRole('heading', { name: 'Add a resource' }).waitFor();
}

describe('adding a resource', () => {
  test('a title, an http(s) link and a tag are required before any call', async () => {
    const { page, callsTo, close } = await openFakeSidebar(browser(), { ...NO_GAPS, getSidebarState: () => sampleState() });
    await openResources(page);
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByText('Give the resource a title.').waitFor();
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Add at least one tag (topics or careers, separated by commas).').isVisible()).toBe(true);
    await page.getByLabel('Title').fill('Free robotics kit');
    await page.getByLabel('Link').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByText('The link must start with http:// or https:// and name a web site.').waitFor();
    expect(await page.getByText('Give the resource a title.').count()).toBe(0);
    expect(await page.getByLabel('Link').getAttribute('aria-describedby')).toBe('resource-url-hint resource-url-problems');
    expect(callsTo('addResource')).toHaveLength(0);
    await close();
  });

  test("sends the form, clears it on success and confirms; the server's problems show by their field", async () => {
    const received: ResourceInput[] = [];
    const { page, close } = await openFakeSidebar(browser(), {
      ...NO_GAPS,
      getSidebarState: () => sampleState(),
      addResource: (input) => {
        received.push(input);
        if (received.length === 1) return { ok: false, problems: [{ tab: 'Resources', column: 'URL', message: 'This link is already in the library (row 12).' }] };
        return { ok: true, value: { id: 'res-31', row: 32 } };
      },
    });
    await openResources(page);
    await page.getByLabel('Title').fill('NOAA Ocean Explorer');
    await page.getByLabel('Link').fill('https://oceanexplorer.noaa.gov/');
    await page.getByLabel('Type').selectOption('video');
    await page.getByLabel('Level').selectOption('challenge');
    await page.getByLabel('Tags').fill('oceans, marine biology');
    await page.getByLabel('Description').fill('Dives, live.');
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByText('This link is already in the library (row 12).').waitFor();
    expect(await page.getByLabel('Link').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Title').inputValue()).toBe('NOAA Ocean Explorer');

    await page.getByLabel('Link').fill('https://oceanexplorer.noaa.gov/okeanos/');
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByText('Added “NOAA Ocean Explorer” to Resources (row 32).', { exact: true }).first().waitFor();
    expect(received[1]).toEqual({
      title: 'NOAA Ocean Explorer',
      url: 'https://oceanexplorer.noaa.gov/okeanos/',
      type: 'video',
      tags: 'oceans, marine biology',
      level: 'challenge',
      description: 'Dives, live.',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    // The link was edited after the refusal: a new request, not a retry of the first.
    expect(received[1].requestId).not.toBe(received[0].requestId);
    expect(await page.getByLabel('Title').inputValue()).toBe('');
    expect(await page.getByLabel('Link').inputValue()).toBe('');
    expect(await page.getByLabel('Type').inputValue()).toBe('article');
    expect(await page.getByRole('status').textContent()).toBe('Added “NOAA Ocean Explorer” to Resources (row 32).');
    await close();
  });

  test('a failed call keeps everything typed and can be tried again, as the same request', async () => {
    const requestIds: (string | undefined)[] = [];
    const { page, close } = await openFakeSidebar(browser(), {
      ...NO_GAPS,
      getSidebarState: () => sampleState(),
      addResource: (input) => {
        requestIds.push(input.requestId);
        if (requestIds.length === 1) throw new Error('Lock timeout: another process was holding the lock for too long.');
        return { ok: true, value: { id: 'res-31', row: 32 } };
      },
    });
    await openResources(page);
    await page.getByLabel('Title').fill('Kid Scientist podcast');
    await page.getByLabel('Link').fill('https://example.org/kid-scientist');
    await page.getByLabel('Tags').fill('biology');
    await page.getByRole('button', { name: 'Add resource' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Could not add the resource; what you typed is kept. Lock timeout');
    expect(await page.getByLabel('Title').inputValue()).toBe('Kid Scientist podcast');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('status').getByText('Added “Kid Scientist podcast” to Resources (row 32).').waitFor();
    expect(requestIds[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIds[1]).toBe(requestIds[0]);
    await close();
  });
});
