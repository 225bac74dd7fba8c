// Browser tests (fake server): the card follows the selection, and a check-in is logged in two clicks.
import type { Page } from 'playwright-core';
import type { CheckInInput, Result, SidebarState, StudentCard } from '../../src/shared/rpc';
import { deferred, eventually, openFakeSidebar } from './fake-server';
import { setUpBrowserTests } from './harness';
import { sampleCard, sampleDashboard, sampleState } from './sample-state';

const browser = setUpBrowserTests();

const LEO = sampleCard({ id: 'stu-leo', row: 30, name: 'Leo Park', section: 'Period 4', interests: ['robotics'], lastCheckIn: null, daysSinceCheckIn: null });
const cardHeading = (page: Page) => page.locator('#student-card-heading');

/** Makes the page report itself hidden (another browser tab in front), as Chrome does. */
async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
  await page.evaluate(`Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' });
    document.dispatchEvent(new Event('visibilitychange'));`);
}

describe('student card', () => {
  test('shows the profile as text: interests as chips, goals, events, last check-in and days since, resources sent', async () => {
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState() });
    await cardHeading(page).waitFor();
    expect(await page.getByRole('list', { name: 'Interests' }).getByRole('listitem').allTextContents()).toEqual(['marine biology', 'soccer', 'composting']);
    const card = page.locator('.student-card');
    const text = await card.textContent();
    for (const expected of ['Period 2 · Grade 10 · row 5', 'Understand how ecosystems recover', 'Point me to summer programs', 'Thu, Nov 26 Soccer regional final', 'Mon, Nov 2, greeting (21 days ago)']) {
      expect(text).toContain(expected);
    }
    const link = card.getByRole('link', { name: 'Ocean Literacy Principles' });
    expect(await link.getAttribute('href')).toBe('https://oceanliteracy.example.org/');
    expect(await link.getAttribute('target')).toBe('_blank');
    await close();
  });

  test('shows the empty state when no student row is selected', async () => {
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState({ selected: null }) });
    await page.getByText("Select a student's row in the Students tab").waitFor();
    expect(await page.getByRole('button', { name: 'Log check-in' }).count()).toBe(0);
    await close();
  });

  test('follows the selection by polling every 3 s, and pauses while the document is hidden', async () => {
    let selected: StudentCard | null = sampleCard();
    const { page, callsTo, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState(), getSelectedStudent: () => selected }, { fakeClock: true });
    await cardHeading(page).waitFor();
    selected = LEO;
    // Playwright's installed clock also flows with real time, so counts are compared, not fixed.
    await page.clock.runFor(3000);
    await page.getByRole('heading', { name: 'Leo Park', exact: true }).waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);

    await setVisibility(page, 'hidden');
    await page.waitForTimeout(100);
    const pollsWhenHidden = callsTo('getSelectedStudent').length;
    await page.clock.runFor(30_000);
    expect(callsTo('getSelectedStudent')).toHaveLength(pollsWhenHidden);

    selected = sampleCard();
    await setVisibility(page, 'visible');
    await page.getByRole('heading', { name: 'Maya Okafor', exact: true }).waitFor();
    expect(callsTo('getSelectedStudent').length).toBeGreaterThan(pollsWhenHidden);
    await close();
  });

  test('never starts a poll while another call is in flight', async () => {
    const slow = deferred<StudentCard | null>();
    const { page, callsTo, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState(), getSelectedStudent: () => slow.promise }, { fakeClock: true });
    await cardHeading(page).waitFor();
    await page.clock.runFor(3000);
    await eventually(() => callsTo('getSelectedStudent').length === 1);
    await page.clock.runFor(30_000);
    expect(callsTo('getSelectedStudent')).toHaveLength(1);
    slow.resolve(LEO);
    await page.getByRole('heading', { name: 'Leo Park', exact: true }).waitFor();
    await close();
  });

  test('a failed poll says so, and the alert clears when the next poll succeeds', async () => {
    let failing = true;
    const { page, close } = await openFakeSidebar(
      browser(),
      {
        getSidebarState: () => sampleState(),
        getSelectedStudent: () => {
          if (failing) throw new Error('Exception: Service Spreadsheets failed while accessing document.');
          return LEO;
        },
      },
      { fakeClock: true },
    );
    await cardHeading(page).waitFor();
    await page.clock.runFor(3000);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Could not read the selected row. Exception: Service Spreadsheets failed');
    expect(await cardHeading(page).textContent()).toBe('Maya Okafor');
    failing = false;
    await page.clock.runFor(3000);
    await page.getByRole('heading', { name: 'Leo Park', exact: true }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await close();
  });

  test('a poll that answers after a choice on the dashboard does not bring the old card back', async () => {
    const stalePoll = deferred<StudentCard | null>();
    // Like the real server: once selectStudent has moved the selection, later polls read Leo's row.
    let selectionMoved = false;
    const { page, callsTo, close } = await openFakeSidebar(
      browser(),
      {
        getSidebarState: () => sampleState(),
        getSelectedStudent: () => (selectionMoved ? LEO : stalePoll.promise),
        selectStudent: () => {
          selectionMoved = true;
          return LEO;
        },
      },
      { fakeClock: true },
    );
    await cardHeading(page).waitFor();
    await page.clock.runFor(3000);
    await eventually(() => callsTo('getSelectedStudent').length === 1);
    await page.getByRole('tab', { name: 'Class' }).click();
    await page.getByRole('button', { name: /^Leo Park/ }).click();
    await page.getByRole('heading', { name: 'Leo Park', exact: true }).waitFor();
    stalePoll.resolve(sampleCard());
    await page.waitForTimeout(300);
    expect(await cardHeading(page).textContent()).toBe('Leo Park');
    await close();
  });

  test('Refresh reads the selection at once, with a busy button that keeps keyboard focus', async () => {
    const reply = deferred<StudentCard | null>();
    const { page, callsTo, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState(), getSelectedStudent: () => reply.promise });
    await cardHeading(page).waitFor();
    const refresh = page.getByRole('button', { name: 'Refresh' });
    await refresh.focus();
    await page.keyboard.press('Enter');
    expect(await refresh.getAttribute('aria-disabled')).toBe('true');
    await page.getByRole('progressbar').waitFor();
    // A second press while busy starts nothing, and focus has not fallen to the page body.
    await page.keyboard.press('Enter');
    expect(callsTo('getSelectedStudent')).toHaveLength(1);
    reply.resolve(LEO);
    await page.getByRole('heading', { name: 'Leo Park', exact: true }).waitFor();
    expect(await refresh.getAttribute('aria-disabled')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Refresh');
    await close();
  });
});

describe('logging a check-in', () => {
  test('two clicks: a kind and "Log check-in"; the returned state replaces card and dashboard', async () => {
    const afterCheckIn = sampleState({
      selected: sampleCard({ lastCheckIn: { date: '2026-11-23', kind: 'celebration', note: 'Congrats on the final!' }, daysSinceCheckIn: 0 }),
      dashboard: sampleDashboard({ sections: [{ section: 'Period 2', students: 20, connected: 13, share: 0.65 }] }),
    });
    const { page, callsTo, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => sampleState(),
      logCheckIn: (): Result<SidebarState> => ({ ok: true, value: afterCheckIn }),
    });
    await cardHeading(page).waitFor();
    expect(await page.getByRole('radio', { name: 'one-on-one' }).isChecked()).toBe(true);
    await page.getByLabel('Note').fill('Congrats on the final!');
    await page.getByText('celebration', { exact: true }).click();
    await page.getByRole('button', { name: 'Log check-in' }).click();
    await page.getByRole('status').getByText('Check-in with Maya Okafor logged.').waitFor();
    expect(callsTo('logCheckIn')[0].args).toEqual([{ studentId: 'stu-maya', kind: 'celebration', note: 'Congrats on the final!' }]);
    expect(await page.locator('.student-card').textContent()).toContain('Mon, Nov 23, celebration (today)');
    expect(await page.getByLabel('Note').inputValue()).toBe('');
    await page.getByRole('tab', { name: 'Class' }).click();
    await page.getByText('13 of 20 (65%)').waitFor();
    await close();
  });

  test("the server's problems show next to their fields and the note is kept", async () => {
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => sampleState(),
      logCheckIn: (): Result<SidebarState> => ({
        ok: false,
        problems: [
          { tab: 'Check-ins', column: 'Kind', message: 'Choose a kind: one-on-one, greeting, family contact, celebration, other.' },
          { tab: 'Check-ins', column: 'Follow-up date', message: 'The follow-up date is in the past.' },
          { tab: 'Check-ins', message: 'The Check-ins tab is protected.' },
        ],
      }),
    });
    await cardHeading(page).waitFor();
    await page.getByLabel('Note').fill('Talked about the lab report');
    await page.getByLabel('Follow up on (optional)').fill('2026-11-01');
    await page.getByRole('button', { name: 'Log check-in' }).click();
    const followUp = page.getByLabel('Follow up on (optional)');
    await page.getByText('The follow-up date is in the past.').waitFor();
    expect(await followUp.getAttribute('aria-invalid')).toBe('true');
    expect(await followUp.getAttribute('aria-describedby')).toBe('check-in-follow-up-problems');
    expect(await page.getByRole('group', { name: 'Kind' }).getAttribute('aria-describedby')).toBe('check-in-kind-problems');
    expect(await page.locator('#check-in-kind-problems').textContent()).toContain('Choose a kind');
    expect(await page.getByRole('alert').textContent()).toContain('The Check-ins tab is protected.');
    expect(await page.getByLabel('Note').inputValue()).toBe('Talked about the lab report');
    await close();
  });

  test('a failed call keeps the typed note, and Try again sends it', async () => {
    let attempts = 0;
    const received: CheckInInput[] = [];
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => sampleState(),
      logCheckIn: (input): Result<SidebarState> => {
        attempts++;
        received.push(input);
        if (attempts === 1) throw new Error('Exceeded maximum execution time');
        return { ok: true, value: sampleState() };
      },
    });
    await cardHeading(page).waitFor();
    await page.getByLabel('Note').fill('Asked how the robotics build went');
    await page.getByRole('button', { name: 'Log check-in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Could not log the check-in; your note is kept. Exceeded maximum execution time');
    expect(await page.getByLabel('Note').inputValue()).toBe('Asked how the robotics build went');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('status').getByText('Check-in with Maya Okafor logged.').waitFor();
    expect(received.map((input) => input.note)).toEqual(['Asked how the robotics build went', 'Asked how the robotics build went']);
    await close();
  });

  test('a note longer than a cell holds is refused before any call', async () => {
    const { page, callsTo, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState() });
    await cardHeading(page).waitFor();
    await page.getByLabel('Note').fill('n'.repeat(60_000));
    await page.getByRole('button', { name: 'Log check-in' }).click();
    await page.getByText('This is 60,000 characters; a cell holds at most 50,000.').waitFor();
    expect(callsTo('logCheckIn')).toHaveLength(0);
    await close();
  });

  test('a draft stays with its student when the selection moves away and back', async () => {
    let selected: StudentCard | null = sampleCard();
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState(), getSelectedStudent: () => selected }, { fakeClock: true });
    await cardHeading(page).waitFor();
    await page.getByLabel('Note').fill('About Maya');
    selected = LEO;
    await page.clock.runFor(3000);
    await page.getByRole('heading', { name: 'Leo Park', exact: true }).waitFor();
    expect(await page.getByLabel('Note').inputValue()).toBe('');
    selected = sampleCard();
    await page.clock.runFor(3000);
    await page.getByRole('heading', { name: 'Maya Okafor', exact: true }).waitFor();
    expect(await page.getByLabel('Note').inputValue()).toBe('About Maya');
    await close();
  });

  test('a half-typed note survives the selection leaving the roster, and the empty card says it is kept', async () => {
    let selected: StudentCard | null = sampleCard();
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState(), getSelectedStudent: () => selected }, { fakeClock: true });
    await cardHeading(page).waitFor();
    await page.getByLabel('Note').fill('Asked about the regional final');
    // The teacher clicks the Resources tab of the sheet (or a header row): no student is selected.
    selected = null;
    await page.clock.runFor(3000);
    await page.getByText('Your unsent check-in for Maya Okafor is kept: select their row to finish.').waitFor();
    selected = sampleCard();
    await page.clock.runFor(3000);
    await cardHeading(page).waitFor();
    expect(await page.getByLabel('Note').inputValue()).toBe('Asked about the regional final');
    await close();
  });

  test("a problem or failure for one student's check-in is not shown on the next student's form", async () => {
    let selected: StudentCard | null = sampleCard();
    const { page, close } = await openFakeSidebar(
      browser(),
      {
        getSidebarState: () => sampleState(),
        getSelectedStudent: () => selected,
        logCheckIn: (): Result<SidebarState> => ({ ok: false, problems: [{ tab: 'Check-ins', column: 'Follow-up date', message: 'The follow-up date is in the past.' }] }),
      },
      { fakeClock: true },
    );
    await cardHeading(page).waitFor();
    await page.getByLabel('Follow up on (optional)').fill('2026-11-01');
    await page.getByRole('button', { name: 'Log check-in' }).click();
    await page.getByText('The follow-up date is in the past.').waitFor();
    selected = LEO;
    await page.clock.runFor(3000);
    await page.getByRole('heading', { name: 'Leo Park', exact: true }).waitFor();
    expect(await page.getByText('The follow-up date is in the past.').count()).toBe(0);
    expect(await page.getByLabel('Follow up on (optional)').getAttribute('aria-invalid')).toBeNull();
    selected = sampleCard();
    await page.clock.runFor(3000);
    await page.getByRole('heading', { name: 'Maya Okafor', exact: true }).waitFor();
    await page.getByText('The follow-up date is in the past.').waitFor();
    await close();
  });

  test('a half-typed follow-up date is refused next to its field, not silently dropped from the check-in', async () => {
    const { page, callsTo, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState() });
    await cardHeading(page).waitFor();
    await page.getByLabel('Follow up on (optional)').click();
    // Only the month: the input's value stays '' although the teacher has started a date.
    await page.keyboard.type('12');
    await page.getByRole('button', { name: 'Log check-in' }).click();
    await page.getByText('Finish the date (month, day and year), or clear it.').waitFor();
    expect(await page.getByLabel('Follow up on (optional)').getAttribute('aria-invalid')).toBe('true');
    expect(callsTo('logCheckIn')).toHaveLength(0);
    await close();
  });

  test('a very long goal or note shows its start with "Show all", so the check-in form stays within reach', async () => {
    const goals = `I want to ${'understand how reefs recover after bleaching and '.repeat(100)}`.trim();
    const note = 'n'.repeat(50_000);
    const card = sampleCard({ goals, lastCheckIn: { date: '2026-11-20', kind: 'one-on-one', note }, daysSinceCheckIn: 3 });
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState({ selected: card }) });
    await cardHeading(page).waitFor();
    const form = page.getByRole('heading', { name: 'Log a check-in with Maya Okafor' });
    expect(await form.evaluate((heading) => heading.getBoundingClientRect().top)).toBeLessThan(1500);
    expect(await page.locator('.quote').textContent()).toHaveLength(280 + '“…” Show all 50,000 characters'.length);
    const showGoals = page.getByRole('button', { name: `Show all ${goals.length.toLocaleString('en-US')} characters` });
    expect(await showGoals.getAttribute('aria-expanded')).toBe('false');
    await showGoals.click();
    const less = page.getByRole('button', { name: 'Show less' });
    expect(await less.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.facts dd', { has: less }).textContent()).toBe(`${goals} Show less`);
    await close();
  });
});
