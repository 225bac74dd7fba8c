// Browser tests (fake server): the connections dashboard, its window, and choosing a student from it.
import type { SidebarSettings, SidebarState } from '../../src/shared/rpc';
import { openFakeSidebar } from './fake-server';
import { setUpBrowserTests } from './harness';
import { sampleCard, sampleDashboard, sampleState } from './sample-state';

const browser = setUpBrowserTests();

const stateFor = (windowDays = 14): SidebarState => sampleState({ dashboard: sampleDashboard({ windowDays }), settings: { checkInWindowDays: windowDays } });

/** A fake server that keeps the class's window, as the settings store does, and draws the state with it. */
function classWindowServer() {
  let saved = 14;
  return {
    getSidebarState: () => stateFor(saved),
    saveSidebarSettings: (settings: Partial<SidebarSettings>) => {
      saved = settings.checkInWindowDays ?? saved;
      return { ok: true as const, value: stateFor(saved) };
    },
  };
}

describe('connections dashboard', () => {
  test('each section shows "connected of students (percent)" as text and as a labelled bar', async () => {
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => stateFor() });
    await page.getByRole('tab', { name: 'Class' }).click();
    const bar = page.getByRole('img', { name: 'Period 2: 12 of 20 (60%) connected with in the last 14 days' });
    await bar.waitFor();
    expect(await bar.locator('.bar-fill').getAttribute('style')).toBe('width: 60%;');
    expect(await page.getByText('3 of 18 (17%)').isVisible()).toBe(true);
    await close();
  });

  test('at 300 px a long section name wraps while its share stays on one line, and nothing is wider than the sidebar', async () => {
    const sections = Array.from({ length: 8 }, (_, i) => ({ section: `Period ${i + 1}`, students: 30, connected: 28, share: 28 / 30 }));
    sections[7].section = 'Period 8 — Advanced Placement Environmental Science (double block)';
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState({ dashboard: sampleDashboard({ sections }) }) });
    await page.getByRole('tab', { name: 'Class' }).click();
    const values = page.locator('.bar-value');
    expect(await values.count()).toBe(8);
    // A range over the text has one rectangle per line it is laid out on.
    const lines = await values.evaluateAll((spans) =>
      spans.map((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
      }),
    );
    expect(lines).toEqual(Array(8).fill(1));
    expect(await values.last().textContent()).toBe('28 of 30 (93%)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(300);
    await close();
  });

  test('shows events and follow-ups this week, with a nudge to celebrate', async () => {
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => stateFor() });
    await page.getByRole('tab', { name: 'Class' }).click();
    const week = page.locator('section', { has: page.getByRole('heading', { name: 'This week' }) });
    expect(await week.textContent()).toContain('Something to celebrate this week');
    expect(await week.locator('h3').allTextContents()).toEqual(['Celebrate', 'Follow up']);
    expect(await week.locator('li').allTextContents()).toEqual(['Thu, Nov 26 Maya Okafor Soccer regional final', 'Tue, Nov 24 Leo Park Ask about the robotics club']);
    await close();
  });

  test('choosing a student celebrating this week selects their row and opens their card, so the teacher can log it', async () => {
    const { page, callsTo, close } = await openFakeSidebar(browser(), { getSidebarState: () => stateFor(), selectStudent: () => sampleCard() });
    await page.getByRole('tab', { name: 'Class' }).click();
    const week = page.locator('section', { has: page.getByRole('heading', { name: 'This week' }) });
    await week.getByRole('button', { name: 'Thu, Nov 26 Maya Okafor Soccer regional final' }).click();
    await page.getByRole('heading', { name: 'Log a check-in with Maya Okafor' }).waitFor();
    expect(callsTo('selectStudent').map((call) => call.args)).toEqual([['stu-maya']]);
    expect(await page.evaluate('document.activeElement.id')).toBe('student-card-heading');
    await close();
  });

  test('a new window is saved for the class with one call that answers the new state, and the next sidebar opens with it', async () => {
    const { page, callsTo, close } = await openFakeSidebar(browser(), classWindowServer());
    await page.getByRole('tab', { name: 'Class' }).click();
    const days = page.getByLabel('Connected within the last (days)');
    await days.fill('30');
    await days.press('Enter');
    await page.getByText('last 30 days', { exact: false }).first().waitFor();
    expect(await page.getByRole('status').textContent()).toBe('The Class tab now counts the last 30 days, for everyone who uses this sheet.');
    expect(callsTo('saveSidebarSettings').map((call) => call.args)).toEqual([[{ checkInWindowDays: 30 }]]);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('tab', { name: 'Class' }).click();
    expect(await page.getByLabel('Connected within the last (days)').inputValue()).toBe('30');
    expect(callsTo('getSidebarState').map((call) => call.args)).toEqual([[], []]);
    await close();
  });

  test("an impossible window is refused next to the field with core's message, without a call", async () => {
    const { page, callsTo, close } = await openFakeSidebar(browser(), classWindowServer());
    await page.getByRole('tab', { name: 'Class' }).click();
    await page.getByLabel('Connected within the last (days)').fill('367');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('The check-in window is a whole number of days from 1 to 366.').waitFor();
    expect(await page.getByLabel('Connected within the last (days)').getAttribute('aria-invalid')).toBe('true');
    expect(callsTo('saveSidebarSettings')).toHaveLength(0);
    await close();
  });

  test("the server's refusal lands on the field too, and a damaged setting is named above the tabs", async () => {
    const problem = { message: "Rapport's sidebar settings (document property rapport.settings.sidebar) could not be read: it is not valid JSON." };
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => sampleState({ settingsProblems: [problem] }),
      saveSidebarSettings: () => ({ ok: false, problems: [{ column: 'Check-in window', message: 'Refused by the server.' }] }),
    });
    await page.getByText(problem.message).waitFor();
    await page.getByRole('tab', { name: 'Class' }).click();
    await page.getByLabel('Connected within the last (days)').fill('20');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('#window-days-problems').getByText('Refused by the server.').waitFor();
    await close();
  });

  test('choosing a student longest without a check-in selects their row and shows their card, focused', async () => {
    const leo = sampleCard({ id: 'stu-leo', row: 30, name: 'Leo Park', lastCheckIn: null, daysSinceCheckIn: null });
    const { page, callsTo, close } = await openFakeSidebar(browser(), { getSidebarState: () => stateFor(), selectStudent: () => leo });
    await page.getByRole('tab', { name: 'Class' }).click();
    const longest = page.locator('section', { has: page.getByRole('heading', { name: 'Longest without a check-in' }) });
    const choice = longest.getByRole('button', { name: /Leo Park/ });
    expect(await choice.textContent()).toContain('Period 4 · no check-in yet');
    await choice.click();
    await page.getByRole('heading', { name: 'Leo Park', exact: true }).waitFor();
    expect(callsTo('selectStudent').map((call) => call.args)).toEqual([['stu-leo']]);
    expect(await page.getByRole('tab', { name: 'Student' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate('document.activeElement.id')).toBe('student-card-heading');
    expect(await page.getByRole('status').textContent()).toBe('Selected Leo Park (row 30).');
    await close();
  });

  test('a class with no students yet says how to add them, on both tabs, instead of asking for a row or drawing empty lists', async () => {
    const empty = sampleDashboard({ sections: [], longestWithout: [], dueThisWeek: [] });
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => sampleState({ selected: null, dashboard: empty }) });
    await page.getByText('No students yet. Add your students to the Students tab, one per row').waitFor();
    expect(await page.getByText("Select a student's row in the Students tab.").count()).toBe(0);
    await page.getByRole('tab', { name: 'Class' }).click();
    await page.getByText('No students on the roster yet: add them to the Students tab, one per row.').waitFor();
    expect(await page.getByRole('img').count()).toBe(0);
    // An empty roster is not a class where "everyone has had a check-in".
    expect(await page.getByText('Everyone has had a check-in.').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Longest without a check-in' }).count()).toBe(0);
    await close();
  });
});

describe('tabs', () => {
  test('arrow keys, Home and End move between tabs, and only the selected panel shows', async () => {
    const { page, close } = await openFakeSidebar(browser(), { getSidebarState: () => stateFor() });
    const student = page.getByRole('tab', { name: 'Student' });
    await student.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Class' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tabpanel').getAttribute('id')).toBe('panel-class');
    await page.keyboard.press('End');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Email');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Student');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: 'Email' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: 'Survey' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await student.getAttribute('aria-selected')).toBe('true');
    await close();
  });
});
