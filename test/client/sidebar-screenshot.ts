// Writes docs/sidebar.png: the real sidebar with the demo class, a student selected (npx tsx test/client/sidebar-screenshot.ts).
import { join } from 'node:path';
import { selectRow } from '../../src/local/cli/selection';
import { launchChromium } from '../helpers/browser';
import { demoStudents, openLocalSidebar, type LocalSidebar } from './local-sidebar';

/** Selects a demo student with events and check-ins to show, opens the sidebar and saves a PNG of it. */
export async function screenshotSidebar(sidebar: LocalSidebar, file: string): Promise<void> {
  const students = demoStudents(sidebar.runtime);
  selectRow(sidebar.runtime.state, 'Students', students[Math.min(3, students.length - 1)].row);
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
