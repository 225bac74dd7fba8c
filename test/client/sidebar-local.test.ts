// End-to-end browser tests: the real sidebar on the local server, over the built add-on and the demo class.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { selectRow } from '../../src/local/cli/selection';
import { boundSpreadsheet, requireTab, headerRow } from '../../src/local/demo/by-header';
import { writeCell } from '../../src/local/services/spreadsheet/state-access';
import { setUpBrowserTests } from './harness';
import { demoStudents, localSidebarPerTest, tabRecords } from './local-sidebar';
import { HOSTILE_NAME } from './sample-state';
import { screenshotSidebar } from './sidebar-screenshot';

const browser = setUpBrowserTests();
const sidebar = localSidebarPerTest(browser);

const cardHeading = (page: Page) => page.locator('#student-card-heading');

async function openAt(row: number): Promise<void> {
  selectRow(sidebar.runtime.state, 'Students', row);
  await sidebar.page.goto(sidebar.sidebarUrl);
}

describe('the real sidebar with the demo class', () => {
  test("shows the card of the selected student's row, and follows the selection", async () => {
    const [first, second] = demoStudents(sidebar.runtime);
    await openAt(first.row);
    await cardHeading(sidebar.page).waitFor();
    expect(await cardHeading(sidebar.page).textContent()).toBe(first.name);
    expect(await sidebar.page.locator('.student-card .meta').first().textContent()).toContain(first.section);
    selectRow(sidebar.runtime.state, 'Students', second.row);
    await sidebar.page.getByRole('heading', { name: second.name, exact: true }).waitFor({ timeout: 15_000 });
  });

  test('logging a check-in adds a row to the Check-ins tab and moves the dashboard', async () => {
    const { page, runtime } = sidebar;
    await openAt(1);
    await page.getByText("Select a student's row in the Students tab").waitFor();
    await page.getByRole('tab', { name: 'Class' }).click();
    const choice = page.locator('.student-buttons button').first();
    const name = String(await choice.locator('.student-name').textContent());
    const student = demoStudents(runtime).find((candidate) => candidate.name === name)!;
    const barBefore = String(await page.getByRole('img', { name: new RegExp(`^${student.section}:`) }).getAttribute('aria-label'));
    const checkInsBefore = tabRecords(runtime, 'Check-ins').length;

    await choice.click();
    await page.getByRole('heading', { name, exact: true }).waitFor();
    expect(boundSpreadsheet(runtime.state).active).toMatchObject({ sheet: 'Students', row: student.row });

    await page.getByText('celebration', { exact: true }).click();
    await page.getByLabel('Note').fill('Congratulations on the science fair ribbon!');
    await page.getByRole('button', { name: 'Log check-in' }).click();
    await page.getByRole('status').getByText(`Check-in with ${name} logged.`).waitFor();

    const checkIns = tabRecords(runtime, 'Check-ins');
    expect(checkIns).toHaveLength(checkInsBefore + 1);
    expect(checkIns[checkIns.length - 1]).toMatchObject({ 'Student ID': student.id, Kind: 'celebration', Note: 'Congratulations on the science fair ribbon!' });
    expect(await page.locator('.student-card').textContent()).toContain('celebration (today)');

    await page.getByRole('tab', { name: 'Class' }).click();
    const barAfter = String(await page.getByRole('img', { name: new RegExp(`^${student.section}:`) }).getAttribute('aria-label'));
    const connected = (label: string) => Number(/: (\d+) of/.exec(label)![1]);
    expect(connected(barAfter)).toBe(connected(barBefore) + 1);
    expect(await page.locator('.student-buttons .student-name').allTextContents()).not.toContain(name);
  });

  test("the server's own checks show next to the field and nothing is written", async () => {
    const { page, runtime } = sidebar;
    await openAt(demoStudents(runtime)[0].row);
    await cardHeading(page).waitFor();
    const checkInsBefore = tabRecords(runtime, 'Check-ins').length;
    await page.getByLabel('Note').fill('Plan the make-up lab');
    await page.getByLabel('Follow up on (optional)').fill('2020-01-06');
    await page.getByRole('button', { name: 'Log check-in' }).click();
    await page.locator('#check-in-follow-up-problems').getByText('The follow-up date is in the past.').waitFor();
    expect(await page.getByLabel('Note').inputValue()).toBe('Plan the make-up lab');
    expect(tabRecords(runtime, 'Check-ins')).toHaveLength(checkInsBefore);
  });

  test('a resource added in the sidebar lands in the Resources tab', async () => {
    const { page, runtime } = sidebar;
    await openAt(1);
    await page.getByRole('tab', { name: 'Resources' }).click();
    await page.getByLabel('Title').fill('NOAA Ocean Explorer');
    await page.getByLabel('Link').fill('https://oceanexplorer.noaa.gov/rapport-test');
    await page.getByLabel('Type').selectOption('video');
    await page.getByLabel('Tags').fill('oceans, marine biology');
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByRole('status').getByText(/^Added “NOAA Ocean Explorer” to Resources \(row \d+\)\.$/).waitFor();
    expect(tabRecords(runtime, 'Resources').at(-1)).toMatchObject({ Title: 'NOAA Ocean Explorer', URL: 'https://oceanexplorer.noaa.gov/rapport-test', Type: 'video' });
    await page.getByLabel('Title').fill('Same link again');
    await page.getByLabel('Link').fill('https://oceanexplorer.noaa.gov/rapport-test');
    await page.getByLabel('Tags').fill('oceans');
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.locator('#resource-url-problems').getByText(/already in the library/).waitFor();
  });

  test('a hostile name is shown as text and no script runs', async () => {
    const { page, runtime } = sidebar;
    const [student] = demoStudents(runtime);
    const sheet = requireTab(runtime.state, 'Students');
    writeCell(sheet, student.row, headerRow(sheet).indexOf('First name') + 1, HOSTILE_NAME, boundSpreadsheet(runtime.state).timeZone);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openAt(student.row);
    await cardHeading(page).waitFor();
    expect(await cardHeading(page).textContent()).toContain(HOSTILE_NAME);
    await page.getByRole('tab', { name: 'Class' }).click();
    await page.waitForTimeout(300);
    expect(await page.locator('#app img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('axe-core reports no violations on any tab', async () => {
    const { page, runtime } = sidebar;
    await openAt(demoStudents(runtime)[0].row);
    await cardHeading(page).waitFor();
    for (const tab of ['Student', 'Class', 'Resources', 'Email']) {
      await page.getByRole('tab', { name: tab }).click();
      if (tab === 'Email') await page.getByRole('heading', { name: 'Schedule' }).waitFor();
      // The Email tab's preview is an empty sandbox where no script runs, axe's included; axe would wait for it until it times out.
      const results = await new AxeBuilder({ page }).exclude('iframe.email-frame').analyze();
      expect(results.violations.map((violation) => `${tab}: ${violation.id}`)).toEqual([]);
    }
  });

  test('a check-in can be logged with the keyboard alone', async () => {
    const { page, runtime } = sidebar;
    const [student] = demoStudents(runtime);
    await openAt(student.row);
    await cardHeading(page).waitFor();
    const focusedId = () => page.evaluate('document.activeElement.id || document.activeElement.textContent');
    for (let presses = 0; presses < 15 && (await focusedId()) !== 'check-in-note'; presses++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('check-in-note');
    await page.keyboard.type('Checked in about the group project');
    for (let presses = 0; presses < 8 && (await focusedId()) !== 'Log check-in'; presses++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`Check-in with ${student.name} logged.`).waitFor();
    const last = tabRecords(runtime, 'Check-ins').at(-1);
    expect(last).toMatchObject({ 'Student ID': student.id, Kind: 'one-on-one', Note: 'Checked in about the group project' });
  });

  test('the screenshot for the README is a PNG of the sidebar', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rapport-shot-')), 'sidebar.png');
    await screenshotSidebar(sidebar, file);
    expect(readFileSync(file).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
