// Writes docs/sidebar.png: the real sidebar with the demo class, a student selected. Run `npm run screenshot` (it builds first).
import { join } from 'node:path';
import { selectRow } from '../../src/local/cli/selection';
import { launchChromium } from '../helpers/browser';
import { demoStudents, openLocalSidebar, tabRecords, type LocalSidebar } from './local-sidebar';

/** Selects the demo student with the latest check-in (a fuller card), opens the sidebar and saves a PNG of it. */
export async function screenshotSidebar(sidebar: LocalSidebar, file: string): Promise<void> {
  const students = demoStudents(sidebar.runtime);
  const latest = tabRecords(sidebar.runtime, 'Check-ins').at(-1);
  const student = students.find((candidate) => candidate.id === String(latest?.['Student ID'])) ?? students[0];
  selectRow(sidebar.runtime.state, 'Students', student.row);
  await sidebar.page.goto(sidebar.sidebarUrl);
  await sidebar.page.locator('#student-card-heading').waitFor();
  await sidebar.page.screenshot({ path: file, fullPage: true });
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  const sidebar = await openLocalSidebar(browser);
  try {
    const file = join(__dirname, '..', '..', 'docs', 'sidebar.png');
    await screenshotSidebar(sidebar, file);
    console.log(`wrote ${file}`);
  } finally {
    await sidebar.close();
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
