// End-to-end browser tests of set-up from the sidebar: a new sheet, and a sheet that lost a required column.
import { boundSpreadsheet, headerRow, requireTab } from '../../src/local/demo/by-header';
import { writeCell } from '../../src/local/services/spreadsheet/state-access';
import { setUpBrowserTests } from './harness';
import { openLocalSidebar } from './local-sidebar';

const browser = setUpBrowserTests();

const tabNames = (sidebar: Awaited<ReturnType<typeof openLocalSidebar>>) => boundSpreadsheet(sidebar.runtime.state).sheets.map((sheet) => sheet.name);

describe('set-up from the sidebar', () => {
  test('a new sheet offers "Set up class", which creates the tabs and opens the class', async () => {
    const sidebar = await openLocalSidebar(browser(), { demo: false });
    try {
      const { page } = sidebar;
      await page.goto(sidebar.sidebarUrl);
      await page.getByRole('heading', { name: 'Set up your class' }).waitFor();
      expect(tabNames(sidebar)).not.toContain('Students');
      await page.getByRole('button', { name: 'Set up class' }).click();
      await page.getByRole('tab', { name: 'Student' }).waitFor();
      expect(await page.getByRole('status').textContent()).toMatch(/^Rapport created the .*Students/);
      expect(tabNames(sidebar)).toEqual(expect.arrayContaining(['Students', 'Resources', 'Check-ins', 'Sent log']));
      // The new class has no students yet: the card says how to add them rather than asking for a row that does not exist.
      await page.getByText('No students yet. Add your students to the Students tab, one per row').waitFor();
    } finally {
      await sidebar.close();
    }
  });

  test('a renamed required column is named with its tab, and set-up adds it back', async () => {
    const sidebar = await openLocalSidebar(browser());
    try {
      const { page, runtime } = sidebar;
      const sheet = requireTab(runtime.state, 'Students');
      writeCell(sheet, 1, headerRow(sheet).indexOf('Email') + 1, 'E-mail address', boundSpreadsheet(runtime.state).timeZone);
      await page.goto(sidebar.sidebarUrl);
      const panel = page.locator('section.setup');
      await panel.waitFor();
      const text = String(await panel.textContent());
      expect(text).toContain('Students');
      expect(text).toContain('Email');
      await page.getByRole('button', { name: 'Set up class' }).click();
      await panel.waitFor({ state: 'detached' });
      expect(headerRow(requireTab(runtime.state, 'Students'))).toEqual(expect.arrayContaining(['E-mail address', 'Email']));
    } finally {
      await sidebar.close();
    }
  });
});
