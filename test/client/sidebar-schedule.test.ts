// Browser tests (fake server): the Email tab's schedule controls and the cycle's progress, axe-clean.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { CycleView, Result, ScheduleInput, SendingState } from '../../src/shared/rpc';
import { eventually, openFakeSidebar } from './fake-server';
import { setUpBrowserTests } from './harness';
import { sampleState } from './sample-state';

const browser = setUpBrowserTests();

function sendingState(overrides: Partial<SendingState> = {}): SendingState {
  return { schedule: null, nextRunAt: null, nextRunLocal: null, owner: null, you: 'teacher@example.edu', timeZone: 'America/New_York', cycle: null, runNotes: [], ...overrides };
}

const CYCLE: CycleView = {
  id: 'Cycle 2026-11-23 10:00',
  status: 'sending',
  counts: { planned: 10, sent: 12, skipped: 1, failed: 1, unknown: 2 },
  unknown: [{ studentId: 'stu-7', email: 'ana@students.example.edu' }, { studentId: 'stu-9', email: '<b>bo</b>@students.example.edu' }],
  problem: 'The daily email quota is used up; sending continues when it resets.',
  startedAt: '2026-11-23T15:00:00.000Z',
  finishedAt: null,
};

async function openEmail(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Email' }).click();
  await page.getByRole('heading', { name: 'Schedule' }).waitFor();
}

async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('the schedule panel', () => {
  test('turns the schedule on with the chosen weeks, weekday, hour and review, and shows the next run in the sheet’s zone', async () => {
    const saved: ScheduleInput[] = [];
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => sampleState(),
      getSendingState: () => sendingState(),
      saveSchedule: (input) => {
        saved.push(input);
        return { ok: true, value: sendingState({ schedule: { ...input, paused: false, reviewBeforeSending: input.reviewBeforeSending ?? false }, owner: 'teacher@example.edu', nextRunAt: '2026-11-27T12:00:00.000Z', nextRunLocal: 'Friday 27 November 2026, 07:00' }) };
      },
    });
    await openEmail(page);
    await page.getByText('No schedule yet.').waitFor();
    await page.getByLabel('Every', { exact: true }).selectOption('3');
    await page.getByLabel('On', { exact: true }).selectOption('Friday');
    await page.getByLabel('At', { exact: true }).selectOption('7');
    await page.getByLabel('Let me review the plan before it is sent').check();
    await expectAxeClean(page);
    await page.getByRole('button', { name: 'Turn on schedule' }).click();
    await page.getByText('Next run: Friday 27 November 2026, 07:00 (America/New_York)').waitFor();
    expect(saved).toEqual([{ everyWeeks: 3, weekday: 'Friday', hour: 7, paused: false, reviewBeforeSending: true }]);
    expect(await page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);
    await close();
  });

  test('shows the cycle’s progress, resolves an unknown send, asks before a second round, and lets a co-teacher take over', async () => {
    const resolved: unknown[][] = [];
    const sendNow: unknown[] = [];
    const { page, close } = await openFakeSidebar(browser(), {
      getSidebarState: () => sampleState(),
      getSendingState: () => sendingState({ owner: 'co@example.edu', cycle: CYCLE, runNotes: [{ at: '2026-11-23T16:00:00.000Z', message: 'A previous run stopped before it finished.' }] }),
      resolveUnknownSend: (studentId, choice) => {
        resolved.push([studentId, choice]);
        return { ok: true, value: sendingState({ cycle: { ...CYCLE, unknown: CYCLE.unknown.slice(1) }, message: 'It will be sent on the next run (or Send now).' }) };
      },
      sendNow: (options): Result<SendingState> => {
        sendNow.push(options ?? null);
        if (!options) return { ok: false, problems: [{ message: 'A cycle (Cycle 2026-11-23 10:00) finished less than a day ago. Send a new round to every student anyway?' }] };
        return { ok: true, value: sendingState({ cycle: { ...CYCLE, id: 'Cycle 2026-11-23 17:00', status: 'done', unknown: [], problem: null } }) };
      },
      takeOverSchedule: () => ({ ok: true, value: sendingState({ owner: 'teacher@example.edu', cycle: CYCLE }) }),
    });
    await openEmail(page);
    await page.getByText("The schedule runs from co@example.edu's account").waitFor();
    expect(await page.getByText('16 of 26 students done').isVisible()).toBe(true);
    expect(await page.locator('.unknown-send .student-name').allTextContents()).toEqual(['ana@students.example.edu', '<b>bo</b>@students.example.edu']);
    await expectAxeClean(page);
    await page.getByRole('button', { name: 'Take over the schedule' }).click();
    await page.getByText("The schedule runs from co@example.edu's account").waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Resend to ana@students.example.edu' }).click();
    await eventually(() => resolved.length === 1);
    expect(resolved).toEqual([['stu-7', 'resend']]);
    await page.getByText('It will be sent on the next run (or Send now).').first().waitFor();
    await page.getByRole('button', { name: /Continue sending now|Send now/ }).click();
    await page.getByText('finished less than a day ago').waitFor();
    await page.getByRole('button', { name: 'Send a new round anyway' }).click();
    await page.getByRole('heading', { name: 'Cycle 2026-11-23 17:00: Finished' }).waitFor();
    expect(sendNow).toEqual([null, { again: true }]);
    await expectAxeClean(page);
    await close();
  });
});
