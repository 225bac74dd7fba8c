// The add-on's entry points: every export here becomes a top-level function in dist/Code.js; arguments are shape-checked first.
import type {
  CheckInInput, ResourceInput, Result, ScheduleInput, SendingState, SetupReport, SidebarSettings, SidebarState, StudentCard,
  SurveyChaseReport, SurveyQuestion, SurveyState, EmailPreview, EmailSettingsInput, EmailSettingsView, LibraryGapsView, TestEmailReport,
} from '../shared/rpc';
import { gapsOfLibrary, previewFor, sendTestFor } from './email/preview';
import { readEmailSettings, writeEmailSettings } from './email/settings';
import { describeSetup } from '../core/setup-summary';
import { ENTRY_POINT_SHAPES as SHAPES } from '../core/contract-shapes';
import { argumentsFit, withArguments } from './checked-arguments';
import { addResourceToLibrary } from './add-resource';
import { logCheckInForStudent } from './log-check-in';
import { buildMenu, openSidebar } from './menu';
import { approveCycleFor, readSendingState, recordFailedTick, resolveUnknownSendFor, saveScheduleFor, scheduleTick, sendNowFor, skipPlannedStudentFor, swapPlannedPickFor, takeOverScheduleFor } from './sending/sending-actions';
import { runSetup } from './setup';
import { readSelectedStudent, readSidebarState, saveSidebarSettingsFor, selectStudentById } from './sidebar';
import { chaseNonResponders } from './survey/chase';
import { createSurveyForm } from './survey/create';
import { resolveSurveyConflictFor } from './survey/resolve';
import { readSurveyState } from './survey/state';
import { SUBMIT_LOCK_WAIT_MS, syncResponses } from './survey/sync';

/** Simple trigger; may run in AuthMode.NONE, so it only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/** Runs once when the add-on is installed from the Marketplace; the menu must appear at once. */
export function onInstall(_e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu();
}

export function showSidebar(): void {
  openSidebar();
}

/** Creates what the class needs (tabs, columns, validation, protection); a second run changes nothing. */
export function setupClass(): SetupReport {
  return runSetup();
}

/** The menu's "Set up class": runs set-up and says what it did in a toast, or why it could not in an alert. */
export function setupClassFromMenu(): void {
  let summary: string;
  try {
    summary = describeSetup(runSetup());
  } catch (error) {
    SpreadsheetApp.getUi().alert(`Rapport could not set up the class. ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  SpreadsheetApp.getActiveSpreadsheet().toast(summary, 'Rapport', 10);
}

export function getSidebarState(): SidebarState {
  return readSidebarState();
}

export function getSelectedStudent(): StudentCard | null {
  return readSelectedStudent();
}

export function selectStudent(studentId: string): StudentCard | null {
  return argumentsFit(SHAPES.selectStudent, [studentId]) ? selectStudentById(studentId) : null;
}

export function logCheckIn(input: CheckInInput): Result<SidebarState> {
  return withArguments(SHAPES.logCheckIn, [input], () => logCheckInForStudent(input));
}

/** The sidebar's settings (the check-in window) are the class's, kept in the sheet for every co-teacher. */
export function saveSidebarSettings(settings: Partial<SidebarSettings>): Result<SidebarState> {
  return withArguments(SHAPES.saveSidebarSettings, [settings], () => saveSidebarSettingsFor(settings));
}

export function addResource(input: ResourceInput): Result<{ id: string; row: number }> {
  return withArguments(SHAPES.addResource, [input], () => addResourceToLibrary(input));
}

/** The schedule, its owner, the next run (in the spreadsheet's zone) and the current cycle's progress. */
export function getSendingState(): SendingState {
  return readSendingState();
}

/** Every N weeks (1-8) on a weekday at an hour, in the spreadsheet's zone; pause and review before sending. */
export function saveSchedule(input: ScheduleInput): Result<SendingState> {
  return withArguments(SHAPES.saveSchedule, [input], () => saveScheduleFor(input));
}

export function takeOverSchedule(): Result<SendingState> {
  return takeOverScheduleFor();
}

/** Continues the cycle under way, or starts one (asking first within a day of the last: `{ again: true }`). */
export function sendNow(options?: { again?: boolean }): Result<SendingState> {
  return withArguments(SHAPES.sendNow, [options], () => sendNowFor(options));
}

export function approveCycle(): Result<SendingState> {
  return approveCycleFor();
}

export function resolveUnknownSend(studentId: string, choice: 'resend' | 'drop'): Result<SendingState> {
  return withArguments(SHAPES.resolveUnknownSend, [studentId, choice], () => resolveUnknownSendFor(studentId, choice));
}

/** Review before sending: this student gets no email this cycle. */
export function skipPlannedStudent(studentId: string): Result<SendingState> {
  return withArguments(SHAPES.skipPlannedStudent, [studentId], () => skipPlannedStudentFor(studentId));
}

/** Review before sending: one pick replaced by another active resource. */
export function swapPlannedPick(studentId: string, fromResourceId: string, toResourceId: string): Result<SendingState> {
  return withArguments(SHAPES.swapPlannedPick, [studentId, fromResourceId, toResourceId], () => swapPlannedPickFor(studentId, fromResourceId, toResourceId));
}

/** The hourly time-driven trigger's handler: all due sending work. A failure is recorded for the sidebar, then rethrown for the execution log. */
export function onScheduleTick(_e?: GoogleAppsScript.Events.TimeDriven): void {
  try {
    scheduleTick();
  } catch (error) {
    recordFailedTick(error);
    throw error;
  }
}

/** Creates the survey Form; no argument means the default questions. The sidebar's request id makes a retry answer with the survey it made. */
export function createSurvey(questions?: SurveyQuestion[], requestId?: string): Result<{ formId: string; url: string }> {
  return withArguments(SHAPES.createSurvey, [questions, requestId], () => createSurveyForm(questions, requestId));
}

export function getSurveyState(): SurveyState {
  return readSurveyState();
}

/** Merges every survey response not merged yet (those that came while the trigger was missing or failing); a second run changes nothing. */
export function syncSurveyResponses(): Result<{ merged: number; more: boolean }> {
  return syncResponses();
}

/**
 * The spreadsheet's form-submit trigger (installed by createSurvey). It merges every response not
 * merged yet from the Forms themselves, not the row in the event: two responses arriving together
 * both land, whichever execution runs first. A failure is thrown so that it shows in the
 * executions log; the response stays in the Form for the next run or sync.
 */
export function onSurveySubmit(_e?: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const result = syncResponses(SUBMIT_LOCK_WAIT_MS);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join(' '));
}

export function emailSurveyToNonResponders(): Result<SurveyChaseReport> {
  return chaseNonResponders();
}

export function resolveSurveyConflict(studentId: string, column: string, decision: 'accept' | 'dismiss'): Result<SurveyState> {
  return withArguments(SHAPES.resolveSurveyConflict, [studentId, column, decision], () => resolveSurveyConflictFor(studentId, column, decision));
}

/** The Email panel's template, news and picks per email, with the placeholders it may use. */
export function getEmailSettings(): EmailSettingsView {
  return readEmailSettings();
}

/** Saves the email settings whole, or refuses them with a problem per bad placeholder or field. */
export function saveEmailSettings(input: EmailSettingsInput): Result<EmailSettingsView> {
  return writeEmailSettings(input);
}

/** A student's email exactly as the next cycle would send it, or why they would be skipped. */
export function previewEmail(studentId: string): EmailPreview {
  return previewFor(studentId);
}

/** Sends a student's preview to the teacher's own address (never to the student). */
export function sendTestEmail(studentId: string): Result<TestEmailReport> {
  return sendTestFor(studentId);
}

/** Interests and careers with nothing new in the library, and the students the next cycle would skip. */
export function getLibraryGaps(): LibraryGapsView {
  return gapsOfLibrary();
}
