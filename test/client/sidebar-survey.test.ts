// The Survey panel in the real sidebar over the local runtime: create the Form, see who answered, resolve a conflict; axe-clean.
import AxeBuilder from '@axe-core/playwright';
import { submitFormResponse } from '../../src/local/runtime/scheduler';
import { setUpBrowserTests } from './harness';
import { localSidebarPerTest, tabRecords } from './local-sidebar';

const browser = setUpBrowserTests();
const sidebar = localSidebarPerTest(browser);

test('creates the survey, shows a response per section, and resolves a conflict with the student\'s answer', async () => {
  const { page, runtime } = sidebar;
  await page.goto(sidebar.sidebarUrl);
  await page.getByRole('tab', { name: 'Survey' }).click();
  await page.getByLabel('Question 1', { exact: true }).waitFor();
  expect(await new AxeBuilder({ page }).include('.survey-panel').analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  await page.getByRole('button', { name: 'Remove question 10' }).click();
  await page.getByLabel('Question 11', { exact: true }).waitFor({ state: 'detached' });
  await page.getByLabel('Question 9', { exact: true }).fill('Dream jobs?');
  await page.locator('#survey-q2-required').check();
  await page.locator('#survey-q2-kind').selectOption('text');
  await page.getByRole('button', { name: 'Move question 9 up' }).click();
  await page.getByRole('button', { name: 'Create the Form' }).click();
  await page.getByRole('status').getByText('Survey created.').waitFor();
  const [formId] = Object.keys(runtime.state.forms);
  const items = runtime.state.forms[formId].items;
  expect(items.map((i) => i.title)).not.toContain('Is anything coming up in your life you would like us to know about?');
  expect(items[7]).toMatchObject({ title: 'Dream jobs?' });
  expect(items[2]).toMatchObject({ title: 'What brought you to this class?', required: true, type: 'TEXT' });

  const [ana] = tabRecords(runtime, 'Students').filter((r) => String(r['Career path']) !== '');
  submitFormResponse(runtime, formId, { email: String(ana.Email).toUpperCase(), answers: { 'First name': String(ana['First name']), 'Last name': String(ana['Last name']), 'Dream jobs?': 'marine biologist', 'What brought you to this class?': 'My friend' } });
  await page.getByRole('button', { name: 'Check for new responses' }).click();
  await page.getByText(`${String(ana.Section)}: 1 of`).waitFor();
  const name = `${String(ana['First name'])} ${String(ana['Last name'])}`;
  await page.getByText(`${name} · Career path`).waitFor();
  expect(await new AxeBuilder({ page }).include('.survey-panel').analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
  await page.getByRole('button', { name: 'Use their answer' }).click();
  await page.getByRole('status').getByText(`Career path now holds ${name}'s answer.`).waitFor();
  expect(tabRecords(runtime, 'Students').find((r) => r.row === ana.row)?.['Career path']).toBe('marine biologist');
  expect(await page.getByText(`${name} · Career path`).count()).toBe(0);
});
