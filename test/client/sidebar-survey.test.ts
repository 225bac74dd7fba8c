// The Survey panel in the real sidebar over the local runtime: create the Form, see who answered, resolve a conflict; axe-clean.
import AxeBuilder from '@axe-core/playwright';
import { DEFAULT_QUESTIONS, SURVEY_COLUMNS } from '../../src/core/survey/questions';
import { readSurveyStore } from '../../src/core/survey/survey-store';
import { submitFormResponse } from '../../src/local/runtime/scheduler';
import type { SurveyState } from '../../src/shared/rpc';
import { eventually, openFakeSidebar } from './fake-server';
import { setUpBrowserTests } from './harness';
import { localSidebarPerTest, tabRecords } from './local-sidebar';
import { sampleState } from './sample-state';

const browser = setUpBrowserTests();
const UUID = /^[0-9a-f-]{36}$/;
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
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByLabel('Question 11', { exact: true }).fill('Favourite book?');
  await page.getByRole('button', { name: 'Create the Form' }).click();
  await page.getByRole('status').getByText('Survey created.').waitFor();
  const [formId] = Object.keys(runtime.state.forms);
  const properties = runtime.state.properties.document[runtime.state.activeSpreadsheetId!];
  expect(readSurveyStore(properties).surveys.map((s) => [s.formId, s.requestId])).toEqual([[formId, expect.stringMatching(UUID)]]);
  const items = runtime.state.forms[formId].items;
  expect(items.map((i) => i.title)).not.toContain('Is anything coming up in your life you would like us to know about?');
  expect(items[7]).toMatchObject({ title: 'Dream jobs?' });
  expect(items[2]).toMatchObject({ title: 'What brought you to this class?', required: true, type: 'TEXT' });
  expect(items[10]).toMatchObject({ title: 'Favourite book?', type: 'PARAGRAPH_TEXT' });
  await page.getByText('Answers kept in the Form only (no column): "Favourite book?".').waitFor();

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

test('a create whose answer was lost is tried again as the same request; an edited draft is a new one', async () => {
  const before: SurveyState = {
    structureProblems: [], problems: [], survey: null, earlier: [], sections: [], conflicts: [], notices: [],
    defaultQuestions: DEFAULT_QUESTIONS.map((q) => ({ ...q, choices: [...q.choices] })),
    columns: SURVEY_COLUMNS.map((c) => ({ ...c, kinds: [...c.kinds] })),
  };
  const requestIds: (string | undefined)[] = [];
  const { page, close } = await openFakeSidebar(browser(), {
    getSidebarState: () => sampleState(),
    getSurveyState: () => before,
    createSurvey: (_questions, requestId) => {
      requestIds.push(requestId);
      if (requestIds.length <= 3) throw new Error('Exceeded maximum execution time');
      return { ok: true, value: { formId: 'form-1', url: 'https://docs.google.com/forms/d/e/form-1/viewform' } };
    },
  });
  await page.getByRole('tab', { name: 'Survey' }).click();
  const alert = page.getByRole('alert');
  await page.getByRole('button', { name: 'Create the Form' }).click();
  await eventually(() => requestIds.length === 1);
  await alert.getByRole('button', { name: 'Try again' }).waitFor();
  await page.getByRole('button', { name: 'Create the Form' }).click();
  await eventually(() => requestIds.length === 2);
  await alert.getByRole('button', { name: 'Try again' }).waitFor();
  await alert.getByRole('button', { name: 'Try again' }).click();
  await eventually(() => requestIds.length === 3);
  await alert.getByRole('button', { name: 'Try again' }).waitFor();
  await page.getByLabel('Question 1', { exact: true }).fill('Your first name');
  await page.getByRole('button', { name: 'Create the Form' }).click();
  await page.getByRole('status').getByText('Survey created.').waitFor();
  expect(requestIds[0]).toMatch(UUID);
  expect(requestIds.slice(1, 3)).toEqual([requestIds[0], requestIds[0]]);
  expect(requestIds[3]).toMatch(UUID);
  expect(requestIds[3]).not.toBe(requestIds[0]);
  await close();
});
