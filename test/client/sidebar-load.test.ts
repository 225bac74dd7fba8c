// Browser tests (fake server): loading in one call, busy state, readable errors with retry, set-up, roster problems.
import type { SidebarState } from '../../src/shared/rpc';
import { deferred, eventually, openFakeSidebar } from './fake-server';
import { setUpBrowserTests } from './harness';
import { sampleState } from './sample-state';

const browser = setUpBrowserTests();

describe('sidebar loading', () => {
  test('loads everything in one round trip and shows the selected student', async () => {
    const { page, calls, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState(), getSelectedStudent: () => sampleState().selected });
    await page.getByRole('heading', { name: 'Maya Okafor', exact: true }).waitFor();
    expect(await page.getByText('Signed in as teacher@example.edu').isVisible()).toBe(true);
    await page.waitForTimeout(500);
    expect(calls).toEqual([{ name: 'getSidebarState', args: [] }]);
    await close();
  });

  test('shows a busy state while the first call is in flight', async () => {
    const reply = deferred<SidebarState>();
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => reply.promise });
    await page.getByText('Loading your class…').waitFor();
    expect(await page.locator('main').getAttribute('aria-busy')).toBe('true');
    await page.getByRole('progressbar', { name: 'Working…' }).waitFor();
    reply.resolve(sampleState());
    await page.getByRole('heading', { name: 'Maya Okafor', exact: true }).waitFor();
    expect(await page.locator('main').getAttribute('aria-busy')).toBe('false');
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await close();
  });

  test('a failed load is shown as a readable alert, and Try again loads', async () => {
    let attempts = 0;
    const { page, callsTo, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => {
        attempts++;
        if (attempts === 1) throw new Error('Exception: Service Spreadsheets timed out while accessing document.');
        return sampleState();
      },
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Could not load Rapport. Exception: Service Spreadsheets timed out while accessing document.');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Maya Okafor', exact: true }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(callsTo('getSidebarState')).toHaveLength(2);
    await close();
  });
});

describe('set-up', () => {
  test('explains what is missing, sets up the class, then reloads the state', async () => {
    let setUp = false;
    const { page, calls, close } = await openFakeSidebar(browser(), {
      getSidebarState: () =>
        setUp
          ? sampleState()
          : sampleState({
              setupNeeded: true,
              selected: null,
              dashboard: null,
              structureProblems: [
                { tab: 'Resources', message: 'The Resources tab is missing.' },
                { tab: 'Check-ins', column: 'Follow-up date', message: 'The Check-ins tab has no “Follow-up date” column.' },
                { tab: 'Students', column: 'Email', message: 'A required column is missing.' },
              ],
            }),
      setupClass: () => {
        setUp = true;
        return { createdTabs: ['Students', 'Resources'], addedColumns: [{ tab: 'Check-ins', column: 'Follow-up date' }], unchangedTabs: [] };
      },
    });
    await page.getByRole('heading', { name: 'Set up your class' }).waitFor();
    const panel = page.locator('section.setup');
    expect(await panel.textContent()).toContain('Students, Resources, Check-ins and Sent log');
    expect(await panel.locator('li').allTextContents()).toEqual([
      'The Resources tab is missing.',
      'The Check-ins tab has no “Follow-up date” column.',
      'A required column is missing. (Students tab, column Email)',
    ]);
    expect(await page.getByRole('tab').count()).toBe(0);
    await page.getByRole('button', { name: 'Set up class' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Maya Okafor', exact: true }).waitFor();
    // The button went with its panel: the keyboard lands on the selected tab, not on the page body.
    await page.waitForFunction(() => document.activeElement?.id === 'tab-student');
    expect(await page.getByRole('status').textContent()).toBe('Rapport created the Students and Resources tabs; added Follow-up date (Check-ins).');
    expect(calls.map((call) => call.name)).toEqual(['getSidebarState', 'setupClass', 'getSidebarState']);
    expect(await page.getByRole('heading', { name: 'Set up your class' }).count()).toBe(0);
    await close();
  });

  test('a class whose tabs all exist but lack a column is told what to fix, not to set up the class from scratch', async () => {
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () =>
        sampleState({
          setupNeeded: true,
          selected: null,
          dashboard: null,
          structureProblems: [{ tab: 'Students', column: 'Email', message: 'The Students tab has no "Email" column. If you renamed it, change its header back to "Email".' }],
        }),
    });
    await page.getByRole('heading', { name: 'Your class sheet needs a fix' }).waitFor();
    const panel = page.locator('section.setup');
    expect(await panel.textContent()).not.toContain('Rapport keeps your class in four tabs');
    expect(await panel.textContent()).toContain('“Set up class” adds what is missing and leaves your own columns and tabs alone.');
    await close();
  });

  test('a failed set-up shows why and can be tried again', async () => {
    let attempts = 0;
    const { page, callsTo, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => sampleState({ setupNeeded: true, selected: null, dashboard: null }),
      setupClass: () => {
        attempts++;
        throw new Error('Lock timeout: another process was holding the lock for too long.');
      },
    });
    await page.getByRole('button', { name: 'Set up class' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Set-up did not finish. Lock timeout');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await eventually(() => callsTo('setupClass').length === 2);
    expect(attempts).toBe(2);
    await close();
  });
});

describe('roster problems', () => {
  test('are folded into "N rows need attention" and list row numbers when opened', async () => {
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () =>
        sampleState({
          rosterProblems: [
            { tab: 'Students', row: 7, column: 'Email', message: 'The email “maya@” is not a valid address.' },
            { tab: 'Students', row: 12, column: 'Email', message: 'Same email as row 4.' },
            { tab: 'Students', row: 12, column: 'Goals', message: 'Longer than 50,000 characters.' },
          ],
        }),
    });
    const summary = page.getByText('2 rows need attention');
    await summary.waitFor();
    const row7 = page.getByText('The email “maya@” is not a valid address.');
    expect(await row7.isVisible()).toBe(false);
    await summary.click();
    expect(await row7.isVisible()).toBe(true);
    expect(await page.locator('.roster-problems li').first().textContent()).toBe('Students row 7: The email “maya@” is not a valid address. (Email)');
    await close();
  });

  test('name their tab, so row 7 of Check-ins is not taken for row 7 of Students, and count as two rows', async () => {
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () =>
        sampleState({
          rosterProblems: [
            { tab: 'Students', row: 7, column: 'Email', message: 'No email address.' },
            { tab: 'Check-ins', row: 7, column: 'Date', message: 'No date.' },
          ],
        }),
    });
    await page.getByText('2 rows need attention').click();
    expect(await page.locator('.roster-problems li').allTextContents()).toEqual(['Students row 7: No email address. (Email)', 'Check-ins row 7: No date. (Date)']);
    await close();
  });
});
